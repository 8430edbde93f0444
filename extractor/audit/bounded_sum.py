"""bound on a sum: a total said as a bound (`合计超过`, `进出口总额突破`) against the parts listed
before it in its sentence.

    甲县投资 120 亿元、乙县投资 95 亿元，两县合计超过 200 亿元    a total word before the bound
                                                               (data/cues.toml [sum] total_after)
    出口 1827 亿美元，进口 1424 亿美元，进出口总额突破 3000 亿美元
                                                               a named total (`总额`) of parts
                                                               that name every member of a
                                                               category set (出口/进口)
The parts run back from the bound, each within a few characters of the next, not past `；`,
none a change (`比上年增加`). `over` holds when the parts add up to the bound or more, `under`
when they stay below it.
"""
from __future__ import annotations

import re
from typing import Callable

from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .sum import complementary
from .tolerance import Interval, as_number, fmt_like

_CHAIN_GAP = 15  # characters between two parts listed before the total
_LEAD = 6  # `两县合计`: the words before a total word in the bound's clause
_NAME = re.compile(r"[\u4e00-\u9fff]+")


def check(view: PageView, way_of: Callable[[PageView, Num], tuple[str, bool] | None]) -> list[Draft]:
    drafts = []
    for bound in view.nums:
        found = way_of(view, bound)
        if found is None or not found[1]:
            continue
        clause = view.text[view.clause_start(bound.start):bound.start]
        parts = _parts(view, bound)
        if len(parts) < 2:
            continue
        said = _said_total(clause)
        labels = [view.text[view.clause_start(p.start):p.start] for p in parts]
        named = cues.contains_any(clause, "sum", "total_named") is not None and complementary(labels)
        if said or named:
            drafts.append(_draft(bound, parts, found[0]))
    return drafts


def _said_total(clause: str) -> bool:
    """`两县合计超过`, `共计突破`: a total word near the start of the bound's clause."""
    for w in cues.words("sum", "total_after"):
        at = clause.find(w)
        if 0 <= at <= _LEAD and w != "共有":
            return True
    return False


def _parts(view: PageView, bound: Num) -> list[Num]:
    parts: list[Num] = []
    right = view.clause_start(bound.start)
    for n in reversed([n for n in view.in_sentence(bound.sentence) if n.end <= right]):
        if not n.same_measure(bound):
            continue
        gap = view.text[n.end:right]
        if len(gap) > _CHAIN_GAP or any(c in gap for c in "。；") or is_change(view, n) or n.qualifier == "range":
            break
        parts.insert(0, n)
        right = n.start
    return parts


def _draft(bound: Num, parts: list[Num], way: str) -> Draft:
    got = sum((p.interval for p in parts), Interval(0.0, 0.0))
    point = sum(p.value for p in parts)
    ok = got.hi >= bound.value if way == "over" else got.lo <= bound.value
    shown = " + ".join(p.written for p in parts)
    sum_s = fmt_like(point, bound.text, bound.value)
    relation = ("不低于" if way == "over" else "不高于") if ok else ("低于" if way == "over" else "高于")
    text = f"{shown} = {sum_s}，{relation}所说的界限 {bound.written}，{'一致' if ok else '不符'}。"
    expected = [as_number(bound.value), None] if way == "over" else [None, as_number(bound.value)]
    return Draft("bound", "consistent" if ok else "inconsistent", [bound.ref()] + [p.ref() for p in parts],
                 expected, as_number(point), text)
