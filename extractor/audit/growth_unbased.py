"""growth_unbased: an amount of change said against a base the text names but does not give.

    拟安排赤字 2600 亿元，比上年预算减少 150 亿元        the level, then `比 <base>` and the change
    去年地震至少造成 2913 人死亡，比 1996 年多 449 人      (the base a period or a plan, no number)
    优良天数 300 天、比 2020 年多 40 天                  (days counted, the change of days a duration)
    赤字 120 亿元，比上年增加约 20 亿元                  (a change said roughly: the 约 read through)
    收盘时报 3214.60 点，全天上升 27.35 点               no base named: the change's clause holds
                                                       the change word alone, or after the time it
                                                       is said over (data/cues.toml [change] own_span)
A reader checks D = A − B; B is not in the text, so the finding is unverifiable, naming the change
and the level it was measured on, so that a reader sees what is missing. Only where no other
check took the change (a base found by its year or name elsewhere gives a checked finding first:
change.py, growth_bases.py, arith*.py). The level is the nearest number of the change's measure
before it in its sentence, one comma at most before `比`, not itself a change.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import amounts, cues
from .model import Draft, Num, PageView
from .wording import without_rough

# `比上年预算`, `比 1996 年`, `较去年同期`: the words of the base, no number of the measure in them
_BASE = re.compile(r"(?:比|较)(?![重例较率])([^，；。：]{1,14}?)$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for d in view.nums:
        if (d.type not in SUMMABLE_TYPES and not _days(d)) or d.sentence < 0 or d.value <= 0:
            continue
        # (`比上年增加约 D`: a change said roughly, the word of approximation read through)
        label = without_rough(view.label_before(d)).rstrip("了")
        way = cues.direction(label, "change")
        if way is None:
            continue
        clause = view.text[view.clause_start(d.start):d.start]
        if cues.contains_any(clause, "growth", "average") or cues.contains_any(clause, "enumeration", "respective"):
            continue  # `分别比 2007 年增加 D1 和 D2`: which level each change is of is for respective.py
        m = _BASE.search(without_rough(clause).rstrip("了"))
        if m is None:
            level = _level_closing(view, d, way)
            if level is not None:
                drafts.append(Draft("growth", "unverifiable", [d.ref(), level.ref()], None, d.shown,
                                    f"{d.written} 是 {level.written} 的{'增加' if way == 'up' else '减少'}量，"
                                    f"变化前的值未在文中给出，无法核对。"))
            continue
        base_words = m.group(1)
        for w in cues.words("change", way):
            if base_words.endswith(w):
                base_words = base_words[: -len(w)]
                break
        at = view.clause_start(d.start) + m.start()
        if not base_words or any(_alike(n, d) for n in view.between(at, d.start)):
            continue  # `比 1980 年的 7159 亿元增加`: the base is given (change.py)
        level = _level(view, d, at)
        if level is not None:
            drafts.append(Draft("growth", "unverifiable", [d.ref(), level.ref()], None, d.shown,
                                f"{d.written} 是 {level.written} 比{base_words}{'增加' if way == 'up' else '减少'}的量，"
                                f"{base_words}的值未在文中给出，无法核对。"))
    return drafts


def _level(view: PageView, d: Num, at: int) -> Num | None:
    """The level the change is measured on: the nearest number of its measure before `比`, in
    the same sentence, with at most one comma and no `；` between."""
    before = [n for n in view.in_sentence(d.sentence) if n.end <= at and _alike(n, d)]
    if not before:
        return None
    level = before[-1]
    between = view.text[level.end:at]
    if "；" in between or between.count("，") + between.count(",") > 1 or amounts.is_change(view, level):
        return None
    if cues.direction(view.label_before(level).rstrip("了"), "change") is not None:
        return None  # `增加 D1，比上年多增 D2`: a change, not a level
    return level


def _level_closing(view: PageView, d: Num, way: str) -> Num | None:
    """`收盘时报 A，全天上升 D`: the level ending the clause right before a clause of only the change
    word, or of the time the change is over and the change word; the base left unnamed is the
    level's own before the change."""
    c_start = view.clause_start(d.start)
    said = without_rough(view.text[c_start:d.start]).rstrip("了")
    word = cues.ends_with_any(said, "change", way)
    if word is None or word in cues.words("growth", "compare_up") + cues.words("growth", "compare_down"):
        return None  # `直径 31 米，高 54 米`: `高`, `多` say a change only after `比 B`
    said = said[: -len(word)]
    if said and said not in cues.words("change", "own_span"):
        return None  # `其中出口增加 D`: a subject of its own, not the level before
    before = [n for n in view.in_sentence(d.sentence) if n.end <= c_start]
    if not before or view.text[before[-1].end:c_start] not in ("，", ",") or not _alike(before[-1], d):
        return None
    level = before[-1]
    if level.value <= 0 or amounts.is_change(view, level) \
            or cues.direction(view.label_before(level).rstrip("了"), "change") is not None:
        return None  # `增加 D1，增加 D2`: a change, not a level
    return level


def _days(n: Num) -> bool:
    """`比 2020 年增加 36 天`: a change of days is read as a length of time (a duration)."""
    return n.type == "duration" and n.unit == "天"


def _alike(n: Num, d: Num) -> bool:
    """A level of d's measure: the same type and unit, or days counted (`优良天数 281 天`, a
    count) for a change of days (a duration)."""
    return n.same_measure(d) or _days(d) and n.type == "count" and n.unit == "天"
