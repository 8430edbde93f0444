"""cumulative (across documents): a running total reported `截至` a later date is not smaller.

A fact is cumulative when its clause says `累计` before it; its date is the date after `截至`
in its sentence (or its record's period). Facts of the same measure (type, unit, metric without
the cumulative words) and the same place, in different documents, are compared in date order:
the later total must reach the earlier one, within the tolerance.
"""
from __future__ import annotations

import re
from itertools import groupby
from typing import Iterable

from ..fact_types import SUMMABLE_TYPES
from ..clauses import BREAK_CLASS
from . import cues
from .model import Draft, as_number
from .tolerance import Interval, interval_of

_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _label(rec: dict) -> str:
    sentence = rec.get("sentence") or ""
    text = "".join((rec.get("text") or "").split())
    at = sentence.find(text) if text else -1
    if at < 0:
        return ""
    head = BREAK_CLASS.split(sentence[:at])[-1]
    return head


def _as_of(rec: dict, dates: list[dict]) -> str | None:
    sentence = rec.get("sentence") or ""
    for w in cues.words("cumulative", "as_of"):
        at = sentence.find(w)
        if at < 0:
            continue
        after = sentence[at + len(w):at + len(w) + 12]
        for d in dates:
            dtext = "".join((d.get("text") or "").split())
            if dtext and after.startswith(dtext) and _FULL_DATE.match(str(d.get("value"))):
                return str(d["value"])
    # a period `../2023-06` (up to a date) or `2023-06`
    period = str(rec.get("period") or "").split("..")[-1].strip("/")
    return period if _FULL_DATE.match(period) else None


def _place(rec: dict, places: list[dict]) -> str | None:
    if rec.get("place"):
        return str(rec["place"])
    same = [p for p in places if p.get("sentence") == rec.get("sentence") and p.get("start", 0) < rec.get("start", 0)]
    return str(same[-1]["value"]) if same else None


def _metric(rec: dict, label: str) -> str:
    """What is accumulated: the label after `累计` (`累计发放创业担保贷款` gives `发放创业担保贷款`)."""
    for w in cues.words("cumulative", "marker"):
        if w in label:
            label = label.split(w)[-1]
    label = re.sub(r"[\s\d年月日]", "", label).strip("为达到了")
    return label or re.sub(r"[\s\d]", "", rec.get("metric") or "")


def _ref(rec: dict) -> dict:
    ref = {"start": rec["start"], "end": rec["end"], "text": rec.get("text"), "doc": rec.get("doc")}
    if rec.get("id"):
        ref["id"] = rec["id"]
    return ref


_KEPT = ("start", "end", "text", "doc", "id", "value")


def may_take_part(row: str) -> bool:
    """Whether a fact row (a JSON line) can take part: a cumulative figure's label holds a marker
    word, and the dates and places it reads share its sentence, so a row without one cannot.
    Only these rows need be parsed."""
    return cues.pattern("cumulative", "marker").search(row) is not None


def cross_document(records: Iterable[dict]) -> list[Draft]:
    # records arrive grouped by document (a batch streams them from disk): read one document
    # at a time and keep only its cumulative points, so memory grows with those, not the batch
    series: dict[tuple, list[tuple[str, dict, Interval]]] = {}
    for _, group in groupby(records, key=lambda r: str(r.get("doc"))):
        recs = list(group)
        dates = [r for r in recs if r.get("type") == "date"]
        places = [r for r in recs if r.get("type") == "place"]
        for r in recs:
            if r.get("type") not in SUMMABLE_TYPES or "start" not in r or "end" not in r:
                continue
            label = _label(r)
            if not cues.contains_any(label, "cumulative", "marker"):
                continue
            when, where = _as_of(r, [d for d in dates if d.get("sentence") == r.get("sentence")]), _place(r, places)
            value = as_number(r.get("value"))
            if when is None or where is None or value is None:
                continue
            iv = interval_of(r.get("text") or "", value, r.get("qualifier") or "exact",
                             as_number(r.get("value_max")), r["type"])
            point = {k: r[k] for k in _KEPT if k in r}
            series.setdefault((where, r["type"], r.get("unit"), _metric(r, label)), []).append((when, point, iv))
    drafts = []
    for (where, _, _, metric), points in series.items():
        points.sort(key=lambda p: p[0])
        for (d0, r0, iv0), (d1, r1, iv1) in zip(points, points[1:]):
            if d0 == d1 or r0.get("doc") == r1.get("doc"):
                continue
            ok = iv1.hi >= iv0.lo - 1e-9 * max(1.0, iv0.lo)
            t0, t1 = "".join((r0.get("text") or "").split()), "".join((r1.get("text") or "").split())
            text = (f"{where}{metric}累计值：截至 {d0} 为 {t0}（{r0['doc']}），截至 {d1} 为 {t1}（{r1['doc']}），"
                    + ("累计值未减少。" if ok else "后一日期的累计值小于前一日期，累计数不应减少。"))
            facts = [_ref(r1), _ref(r0)]
            drafts.append(Draft("cumulative", "consistent" if ok else "inconsistent", facts,
                                [r0.get("value"), None], r1.get("value"), text, {"doc": r1["doc"]}))
    return drafts
