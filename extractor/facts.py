"""From candidates on normalized text to validated fact records on the original text."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from .metric import metric_for
from .numerals import to_json_number
from .page import Page
from .records import NUMERIC_TYPES, Fact, fact_id
from .candidate import Candidate

# Fact's fields: a record's other keys are the only ones that can be internal (norm_) keys
_FIELDS = frozenset(k for k in Fact.model_fields if not k.startswith("norm_"))


def _json_value(v: object) -> object:
    return to_json_number(v) if isinstance(v, Decimal) else v


def to_record(page: Page, c: Candidate) -> dict:
    """The record of one candidate: raw offsets, original text, metric, article and sentence."""
    start, end = page.norm.to_raw(c.start, c.end)
    sentence = page.layout.sentence_at(c.start)
    numeric = c.type in NUMERIC_TYPES
    rec = {
        "id": fact_id(page.doc, c.type, start, end),
        "doc": page.doc,
        "type": c.type,
        "start": start,
        "end": end,
        "text": page.norm.original[start:end],
        "value": _json_value(c.value),
        "unit": c.unit,
        "qualifier": c.qualifier if numeric else None,
        "value_max": _json_value(c.value_max),
        "metric": c.metric,
        "article": sentence.article if sentence else 0,
        "paragraph": sentence.paragraph if sentence else 0,
        "sentence": page.norm.text[sentence.start:sentence.end] if sentence else "",
        "rule": c.rule,
        "norm_start": c.start,
        "norm_end": c.end,
    }
    if numeric and c.type != "date" and c.metric is None:
        rec["metric"] = metric_for(page.norm.text, c.start, c.end, c.unit)
    if c.extra:
        rec.update(c.extra)
    return rec


def _public(record: dict) -> dict:
    """The record without its internal norm_ keys (a copy: the caller's record keeps them).
    Only the keys that are not Fact's fields need the prefix test: two or so, not twenty."""
    out = dict(record)
    for k in record.keys() - _FIELDS:
        if k.startswith("norm_"):
            del out[k]
    return out


def validate(records: Iterable[dict]) -> list[Fact]:
    """Pydantic-validated facts; norm offsets are internal and dropped."""
    return [Fact.model_validate(_public(r)) for r in records]
