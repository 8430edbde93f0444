"""growth: an amount against a level named at length after `比`, and the gap said after that level.

    全年棉花产量可以达到 A 万担，比上年增长 6.2%，比规划原定末年 B 万担的水平超过 D 万担
    全市零售总额预计达到 A 亿元，…，比规划中规定的 2030 年的水平 B 亿元只差 D 亿元

The gap D must be A − B (`超过`) or B − A (`只差`), within the precision written (change.change_draft).
B stands right after the `比` that opens D's clause, named by as many words as a plan takes
(change.py reads `比 … 的 B 增加 D` with few words between, and a gap only said as 增加/减少/多/少);
the words between B and D are only a gap word, perhaps after `的水平` (data/plan_gap.toml). A is the
nearest amount of the measure before that clause in the sentence, said as a level (not a change,
not itself compared), at most three clauses back and not past `；`. A claim another check reads is
left to it (a CLAIM_ONLY check in __init__.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .change import change_draft
from .model import Draft, Num, PageView

_LEAD = 30  # characters from `比` to the compared level
_CLAUSES = 3  # clauses between the level reached and the comparison


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("plan_gap.toml")["plan_gap"]


@lru_cache(maxsize=1)
def _gap_re() -> re.Pattern:
    c = _cues()
    level = "|".join(map(re.escape, sorted(c["level_words"], key=len, reverse=True)))
    gap = "|".join(map(re.escape, sorted(c["above"] + c["below"], key=len, reverse=True)))
    return re.compile(f"^(?:{level})?({gap})了?$")


@lru_cache(maxsize=1)
def _open_re() -> re.Pattern:
    c = _cues()
    lead = "|".join(map(re.escape, c["lead_words"]))
    opener = "|".join(map(re.escape, c["compare_open"]))
    return re.compile(f"^(?:{lead})?(?:{opener})")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for d in view.nums:
        if d.type not in SUMMABLE_TYPES or d.sentence < 0:
            continue
        found = _levels(view, d)
        if found is not None:
            new, base, way = found
            drafts.append(change_draft(d, "up" if way in _cues()["above"] else "down", new, base))
    return drafts


def _levels(view: PageView, d: Num) -> tuple[Num, Num, str] | None:
    """The level reached, the compared level and the gap word of a gap D; None where the words
    around D do not read so."""
    same = [n for n in view.in_sentence(d.sentence) if n.end <= d.start and n.same_measure(d)]
    if not same:
        return None
    base = same[-1]
    m = _gap_re().match(view.text[base.end:d.start])
    start = view.clause_start(base.start)
    lead = view.text[start:base.start]
    if m is None or start != view.clause_start(d.start) or len(lead) > _LEAD or not _open_re().match(lead) \
            or any(w in lead for w in _cues()["not_level"]):
        return None
    for new in reversed(same[:-1]):
        between = view.text[new.end:start]
        if "；" in between or sum(between.count(c) for c in "，：") > _CLAUSES:
            return None
        if is_change(view, new) or not is_amount(view, new) or _open_re().match(view.text[view.clause_start(new.start):new.start]):
            continue
        return new, base, m.group(1)
    return None
