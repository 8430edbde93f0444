"""bound: items said in rank order, each value no larger than the one ranked above it.

    并购额最高的是通信业，共计 963 亿元。其次为银行业，其总额为 842 亿元。居第三位的是公用事业，
    并购总额为 804 亿元
            a superlative opens the ranking (`最高`, `最多`, `受冲击最大`), then each lower place
            (`其次`, `居第三位`, `名列第二`): 842 ≤ 963, 804 ≤ 842
    甲市股市受冲击最大，下跌 4.19%；其次是乙市，下跌 3.24%；丙市下挫 3.12%；丁市下跌 2.24%
            the items listed after the last place named, in its sentence, fall below it too: the
            largest of them, 3.12 ≤ 3.24
A `最低`/`最少` ranking rises instead. Each place's value is the first number after its words
(up to the next place's words, within its part of the sentence: `；` ends it), else the nearest
before them; a lower place pairs with the place just above it said up to a few sentences before
(data/rank_order.toml), by the first value of its part that has a value of the same measure in
the upper part (a ranking may be of years: `最多的是 1993 年，…；其次是 1995 年`); the items listed
after are of the same measure and period. A ranking may be by another measure than the number said (`名列第二`
by amount, the number a count of cases), so a value out of order is unverifiable, never
inconsistent. Every place and value is read once: linear in page length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..numerals import digit_values
from . import cues
from .heads import AMOUNT_TYPES, record_field
from .model import Draft, Num, PageView
from .stated_bound import bound_draft

_WEAK = "排名未必按所列的这个数排出，无法据此判定有误"


@dataclass
class _Place:
    rank: int  # 1 for the top of a ranking
    start: int
    end: int
    word: str
    sentence: int
    article: int
    falls: bool = True  # values fall down the ranking (`最高`), or rise (`最低`)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("rank_order.toml")["rank_order"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    d = _data()
    ordinals = "".join(sorted(k for k, v in digit_values().items() if 2 <= v <= 9))
    return re.compile(
        rf"(?P<high>{_alternation(d['top_high'])})(?!{_alternation(d['not_after_top'])})"
        rf"|(?P<low>{_alternation(d['top_low'])})(?!{_alternation(d['not_after_top'])})"
        rf"|(?P<second>{_alternation(d['second'])})"
        rf"|(?:{_alternation(d['ordinal_verbs'])})第(?P<nth>[{ordinals}2-9])(?:{_alternation(d['ordinal_after'])})?"
        rf"(?![、和及至到十百千\d{ordinals}])")  # one place, not `第二、三名`, `第二至第七名`, `第四百八十九位`


def check(view: PageView) -> list[Draft]:
    drafts = []
    above: dict[int, int] = {}  # the latest place of each rank in the ranking read now (its index)
    places = _read_places(view)
    for i, place in enumerate(places):
        if place.rank == 1:
            above = {1: i}
            continue
        k = above.get(place.rank - 1)
        if k is None or places[k].article != place.article \
                or place.sentence - places[k].sentence > int(_data()["reach"]):
            continue
        upper = places[k]
        place.falls = upper.falls
        above[place.rank] = i
        pair = _pair(_values(view, places, k), _values(view, places, i))
        if pair is None:
            continue
        bound, value = pair
        way = "under" if place.falls else "over"
        drafts.append(bound_draft(bound, value, way, _WEAK, f"排名（“{upper.word}”，“{place.word}”）："))
        nxt = places[i + 1].start if i + 1 < len(places) else len(view.text)
        later = _listed_after(view, place, value, nxt)
        if later is not None:
            most = "大" if place.falls else "小"
            drafts.append(bound_draft(value, later, way, _WEAK, f"排在“{place.word}”一项之后所列各项中最{most}的："))
    return drafts


def _read_places(view: PageView) -> list[_Place]:
    out = []
    for m in _places().finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        nth = m.group("nth")
        rank = 1 if m.group("high") or m.group("low") else 2 if m.group("second") else \
            int(nth) if nth.isdigit() else digit_values()[nth]
        out.append(_Place(rank, m.start(), m.end(), m.group(), sent, view.sentences[sent].article,
                          falls=not m.group("low")))
    return out


def _part(view: PageView, place: _Place) -> tuple[int, int]:
    """The part of the place's sentence it stands in: between `；` marks."""
    lo, hi = view.sentence_span(place.start)
    semi = view.text.find("；", place.end, hi)
    return view.text.rfind("；", lo, place.start) + 1 or lo, semi if semi >= 0 else hi


def _values(view: PageView, places: list[_Place], i: int) -> list[Num]:
    """The numbers place i may be said with: after its words (to the next place's words) first,
    then before them (back to the previous place's), nearest first."""
    place = places[i]
    lo, hi = _part(view, place)
    after_end = min(hi, places[i + 1].start) if i + 1 < len(places) else hi
    before_start = max(lo, places[i - 1].end) if i > 0 else lo
    after = [n for n in view.between(place.end, max(place.end, after_end)) if n.type in AMOUNT_TYPES]
    before = [n for n in view.between(before_start, place.start) if n.type in AMOUNT_TYPES]
    return after + before[::-1]


def _same_period(a: Num, b: Num) -> bool:
    pa, pb = record_field(a, "period"), record_field(b, "period")
    return not pa or not pb or pa == pb


def _pair(upper: list[Num], lower: list[Num]) -> tuple[Num, Num] | None:
    """(upper value, lower value): the first lower value with a value of its measure above (a
    ranking may be of years: `最多的是 1993 年，…；其次是 1995 年，…`)."""
    for v in lower:
        for u in upper:
            if u is not v and u.same_measure(v):
                return u, v
    return None


def _listed_after(view: PageView, place: _Place, value: Num, end: int) -> Num | None:
    """The largest (of a falling ranking) of the values of the measure listed after the place's
    part in its sentence, before any other place is named: the items ranked below it."""
    _, part_end = _part(view, place)
    _, sentence_end = view.sentence_span(place.start)
    way = cues.direction(view.label_before(value), "growth")
    later = []
    for n in view.between(part_end, min(end, sentence_end)):
        said = cues.direction(view.label_before(n), "growth")
        if n.same_measure(value) and _same_period(n, value) and (way is None or said is None or said == way):
            later.append(n)
    if not later:
        return None
    return max(later, key=lambda n: n.value) if place.falls else min(later, key=lambda n: n.value)
