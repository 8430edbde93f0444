"""From candidates on normalized text to validated fact records on the original text."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from .metric import metric_for
from .numerals import to_json_number
from .page import Page
from .records import NUMERIC_TYPES, Fact, fact_id
from .rules.base import Candidate


def _json_value(v: object) -> object:
    return to_json_number(v) if isinstance(v, Decimal) else v


def to_record(page: Page, c: Candidate) -> dict:
    """The record of one candidate: raw offsets, original text, metric, article and sentence."""
    start, end = page.norm.to_raw(c.start, c.end)
    sentence = page.layout.sentence_at(c.start)
    rec = {
        "id": fact_id(page.doc, c.type, start, end),
        "doc": page.doc,
        "type": c.type,
        "start": start,
        "end": end,
        "text": page.original[start:end],
        "value": _json_value(c.value),
        "unit": c.unit,
        "qualifier": c.qualifier if c.type in NUMERIC_TYPES else None,
        "value_max": _json_value(c.value_max),
        "metric": c.metric,
        "article": sentence.article if sentence else 0,
        "paragraph": sentence.paragraph if sentence else 0,
        "sentence": page.text[sentence.start:sentence.end] if sentence else "",
        "rule": c.rule,
        "norm_start": c.start,
        "norm_end": c.end,
    }
    if c.type in NUMERIC_TYPES and c.type != "date" and rec["metric"] is None:
        rec["metric"] = metric_for(page.text, c.start, c.end, c.unit)
    rec.update(c.extra)
    return rec


def validate(records: Iterable[dict]) -> list[Fact]:
    """Pydantic-validated facts; norm offsets are internal and dropped."""
    out = []
    for r in records:
        r = {k: v for k, v in r.items() if not k.startswith("norm_")}
        out.append(Fact.model_validate(r))
    return out
