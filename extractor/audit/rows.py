"""A finding's JSON Lines row straight from its draft, without the pydantic Finding model.

records.to_json(Finding(...)) is what extractor writes for a finding; a batch needs only that
row, and the import of pydantic (0.1 s) was the largest part of what a batch's parent does
before it forks. `finding_row` writes the same row for every draft whose values are JSON's own
types (exact types: str, int, float, bool, None, lists of them), in the model's field order, as
Finding and FactRef dump them; any other draft goes through the model itself, so what is
written is always what the model would write.
"""
from __future__ import annotations

import hashlib
import math
from typing import Any

from ..records import ROW_ENCODER
from .model import Draft

VERDICTS = frozenset({"consistent", "inconsistent", "unverifiable"})
# Finding's and FactRef's declared fields in the models' order (records_models; a test holds them equal)
FINDING_FIELDS = ("id", "doc", "check", "verdict", "facts", "expected", "observed", "explanation")
FACT_REF_FIELDS = ("start", "end", "text", "id")
_SCALARS = (str, int, bool, type(None))


def finding_id(doc: str, d: Draft) -> str:
    spans = "|".join(f"{f['start']}-{f['end']}" for f in d.facts)
    return hashlib.sha1(f"{doc}\x1f{d.check}\x1f{spans}".encode()).hexdigest()[:16]


def finding_fields(doc: str, d: Draft) -> dict[str, Any]:
    """The keyword arguments of the Finding a draft makes."""
    return dict(id=finding_id(doc, d), doc=doc, check=d.check, verdict=d.verdict, facts=d.facts,
                expected=d.expected, observed=d.observed, explanation=d.explanation, **d.extra)


def _plain(v: object) -> bool:
    """A value the model's JSON dump leaves as it is (a finite float: pydantic writes no NaN)."""
    t = type(v)
    if t in _SCALARS:
        return True
    if t is float:
        return math.isfinite(v)  # type: ignore[arg-type]
    if t is list:
        return all(map(_plain, v))  # type: ignore[arg-type]
    return False


def _ref(f: object) -> dict | None:
    """A fact reference as FactRef dumps it (None where only the model can say)."""
    if type(f) is not dict:
        return None
    start, end, text, rid = f.get("start"), f.get("end"), f.get("text"), f.get("id")
    if (type(start) is not int or type(end) is not int or start < 0 or end < 0
            or type(text) not in (str, type(None)) or type(rid) not in (str, type(None))):
        return None
    row = {"start": start, "end": end, "text": text, "id": rid}
    for k, v in f.items():
        if k not in row:
            if type(k) is not str or not _plain(v):
                return None
            row[k] = v
    return row


def _row(fields: dict[str, Any]) -> dict | None:
    if (type(fields["id"]) is not str or type(fields["doc"]) is not str or type(fields["check"]) is not str
            or type(fields["explanation"]) is not str or type(fields["verdict"]) is not str
            or fields["verdict"] not in VERDICTS or type(fields["facts"]) is not list
            or not _plain(fields["expected"]) or not _plain(fields["observed"])):
        return None
    refs = [_ref(f) for f in fields["facts"]]
    if any(r is None for r in refs):
        return None
    row = {k: fields[k] for k in FINDING_FIELDS}
    row["facts"] = refs
    for k in fields.keys() - set(FINDING_FIELDS):
        if k.startswith("_") or not _plain(fields[k]):
            return None
    for k, v in fields.items():  # the extras, in the order they were given
        if k not in row:
            row[k] = v
    return row


def finding_row(doc: str, d: Draft) -> str:
    """The JSON Lines row of the Finding a draft makes, as records.to_json writes it."""
    fields = finding_fields(doc, d)
    row = _row(fields)
    if row is not None:
        return ROW_ENCODER.encode(row)
    from ..records import Finding, to_json
    return to_json(Finding(**fields))
