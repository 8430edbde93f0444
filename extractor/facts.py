"""From candidates on normalized text to validated fact records on the original text."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Iterable

from .metric import metric_for
from .numerals import to_json_number
from .page import Page
from .record import Record
from .records import NUMERIC_TYPES, fact_id
from .traditional import simplified_view
from .candidate import Candidate

if TYPE_CHECKING:
    from .records import Fact


def _json_value(v: object) -> object:
    return to_json_number(v) if isinstance(v, Decimal) else v


def to_record(page: Page, c: Candidate) -> Record:
    """The record of one candidate: raw offsets, original text, metric, article and sentence.
    The candidate's extra fields (a name's level, code, parent, aliases, role) are Record's own."""
    start, end = page.norm.to_raw(c.start, c.end)
    sentence = page.layout.sentence_at(c.start)
    numeric = c.type in NUMERIC_TYPES
    metric = c.metric
    if numeric and c.type != "date" and metric is None:
        metric = metric_for(page.text, c.start, c.end, c.unit, page.printed)
    text = page.norm.original[start:end]
    # a name's value is the name as written, less layout whitespace (CONTRACT): ＴＣＬ集团 stays full
    # width, though the rules read it in the normalized text as TCL集团
    value = _json_value(c.value) if numeric else "".join(text.split())
    if c.type == "place" and page.printed is not page.text:
        # a place on a page in traditional characters is named as the gazetteer names it (蘇聯 → 苏联),
        # so that a fact's place reads the same on any page; its text stays as printed
        value = simplified_view(value)
    return Record(
        id=fact_id(page.doc, c.type, start, end),
        doc=page.doc,
        type=c.type,
        start=start,
        end=end,
        text=text,
        value=value,
        unit=c.unit,
        qualifier=c.qualifier if numeric else None,
        value_max=_json_value(c.value_max),
        metric=metric,
        article=sentence.article if sentence else 0,
        paragraph=sentence.paragraph if sentence else 0,
        sentence=page.layout.sentence_text(sentence, page.printed) if sentence else "",
        rule=c.rule,
        norm_start=c.start,
        norm_end=c.end,
        **c.extra,
    )


def validate(records: Iterable[Record]) -> list[Fact]:
    """Pydantic-validated facts of the records' public fields (the norm offsets stay behind)."""
    from .records_models import Fact  # pydantic: imported by a run that makes Facts only
    return [Fact.model_validate(r.public()) for r in records]
