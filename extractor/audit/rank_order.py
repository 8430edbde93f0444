"""bound: items said in rank order, each value no larger than the one ranked above it.

    产值最高的是甲厂，共计 52 亿元。其次为乙厂，其产值为 47 亿元。居第三位的是丙厂，产值为 31 亿元
            a superlative opens the ranking (`最高`, `最多`, `跌幅最大`), then each lower place
            (`其次是`, `乙厂其次`, `居第三位`, `名列第二`): 47 ≤ 52, 31 ≤ 47
    甲县降水最多，为 820 毫米；其次是乙县，为 760 毫米；丙县 705 毫米；丁县 640 毫米
            the items listed after the last place named, in its sentence, fall below it too: the
            largest of them, 705 ≤ 760 (values said as such, not changes: `提高 35 公斤`)
A `最低`/`最少` ranking rises instead. `其次` alone counts only after a word of its clause
(`乙厂其次`): at a clause's head it says "secondly". Each place's value is its own: the first
number after its words (up to the next place's words, within its part of the sentence: `；` ends
it), else the nearest before them; a lower place pairs with the place just above it said up to a
few sentences before (data/rank_order.toml), by the first value of the upper part of the lower
value's measure (a ranking may be of years: `最多的是 2021 年，…；其次是 2023 年`). A place is
ranked by the measure named before its word (`利税最多`, `职工人数居第二位`, after a `的`), or by
that of a span of places said between (`产值名列第二至第五名的`): where the lower's measure and the
top's differ, the two are of two rankings and do not pair. The items listed after are of the same
measure and period. A ranking may still be by another measure than the number said (`名列第二`
by amount, the number a count of cases), so a value out of order is unverifiable, never
inconsistent. Every place and value is read once: linear in page length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation
from ..numerals import digit_values
from . import cues
from .heads import AMOUNT_TYPES, record_field
from .model import Draft, Num, PageView
from .stated_bound import bound_draft
from .wholes import common_tail

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
    measure: str = ""  # what it is ranked by, where named before its word (`利税`)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("rank_order.toml")["rank_order"]


def _ordinals() -> str:
    return "".join(sorted(k for k, v in digit_values().items() if 2 <= v <= 9))


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    d = _data()
    ordinals = _ordinals()
    return re.compile(
        rf"(?P<high>{alternation(d['top_high'])})(?!{alternation(d['not_after_top'])})"
        rf"|(?P<low>{alternation(d['top_low'])})(?!{alternation(d['not_after_top'])})"
        rf"|(?P<second>{alternation(d['second'])})"
        # `乙厂其次`: a bare 其次 after a word of its clause; at a clause's head it says "secondly"
        rf"|(?<=[\u4e00-\u9fff])(?P<bare>{alternation(d['second_bare'])})"
        rf"|(?:{alternation(d['ordinal_verbs'])})第(?P<nth>[{ordinals}2-9])(?:{alternation(d['ordinal_after'])})?"
        rf"(?![、和及至到十百千\d{ordinals}])")  # one place, not `第二、三名`, `第二至第七名`, `第四百八十九位`


@lru_cache(maxsize=1)
def _spans() -> re.Pattern:
    """A span of places said at once (`名列第二至第五名`): a ranking of its own measure."""
    d = _data()
    nth = f"[{_ordinals()}2-9]"
    return re.compile(rf"(?:{alternation(d['ordinal_verbs'])})第{nth}(?:{alternation(d['span_joins'])})第?{nth}")


def check(view: PageView) -> list[Draft]:
    drafts = []
    above: dict[int, int] = {}  # the latest place of each rank in the ranking read now (its index)
    places = _read_places(view)
    spans = [(m.start(), _measure_before(view, m.start(), True)) for m in _spans().finditer(view.text)]
    s = 0  # the spans of places said before the place read now
    measure = ""  # of the latest span read since the top of the ranking
    for i, place in enumerate(places):
        while s < len(spans) and spans[s][0] < place.start:
            measure = spans[s][1]
            s += 1
        if place.rank == 1:
            above, measure = {1: i}, ""
            continue
        k = above.get(place.rank - 1)
        if k is None or places[k].article != place.article \
                or place.sentence - places[k].sentence > int(_data()["reach"]) \
                or not _alike(places[above[1]].measure, place.measure or measure):
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
        rank = 1 if m.group("high") or m.group("low") else 2 if m.group("second") or m.group("bare") else \
            int(nth) if nth.isdigit() else digit_values()[nth]
        # the top's words before it name what is ranked (`利税最多的是`); a lower place's only after
        # a `的` (`该厂的利税居第二位`) or where the place named comes after it (`利税居第二位的是`):
        # else they name the place itself (`乙厂名列第二`)
        own = rank == 1 or view.text.startswith("的是", m.end())
        out.append(_Place(rank, m.start(), m.end(), m.group(), sent, view.sentences[sent].article,
                          falls=not m.group("low"), measure=_measure_before(view, m.start(), own)))
    return out


def _measure_before(view: PageView, start: int, whole: bool) -> str:
    """The words naming what a place is ranked by, before its word in its clause: after its last
    `的` where one stands there, else all of them where `whole`, else none."""
    before = view.text[view.clause_start(start):start]
    if "的" in before:
        return before.rsplit("的", 1)[1]
    return before if whole else ""


def _alike(top: str, lower: str) -> bool:
    """Two rankings' measures agree: either unnamed, or one name ends the other or both end with
    the same two characters (`利润` and `全年利润`; not `产值` and `产量`)."""
    if not top or not lower:
        return True
    tail = len(common_tail(top, lower))
    return tail >= min(2, len(top), len(lower))


def _part(view: PageView, place: _Place) -> tuple[int, int]:
    """The part of the place's sentence it stands in: between `；` marks."""
    lo, hi = view.sentence_span(place.start)
    semi = view.text.find("；", place.end, hi)
    return view.text.rfind("；", lo, place.start) + 1 or lo, semi if semi >= 0 else hi


def _values(view: PageView, places: list[_Place], i: int) -> list[Num]:
    """The numbers place i may be said with: after its words (to the next place's words) first,
    then before them (back to the previous place's), nearest first; its own value is the first."""
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
    """(upper value, lower value): the lower place's own value (its first) and the first value of
    its measure above (a ranking may be of years: `最多的是 2021 年，…；其次是 2023 年，…`); a later
    value of the lower part is another's (`职工居第二位，有 2 万人，乙厂上缴 3 亿元`)."""
    if not lower:
        return None
    v = lower[0]
    return next(((u, v) for u in upper if u is not v and u.same_measure(v)), None)


def _listed_after(view: PageView, place: _Place, value: Num, end: int) -> Num | None:
    """The largest (of a falling ranking) of the values of the measure listed after the place's
    part in its sentence, before any other place is named: the items ranked below it."""
    _, part_end = _part(view, place)
    _, sentence_end = view.sentence_span(place.start)
    way = cues.direction(view.label_before(value), "growth")
    later = []
    for n in view.between(part_end, min(end, sentence_end)):
        # a number said with a way of change is a change, ranked only against changes that way: not
        # a change against a level (`为 580 公斤`, then `提高 35 公斤`)
        said = cues.direction(view.label_before(n), "growth")
        if n.same_measure(value) and _same_period(n, value) and (said is None or said == way):
            later.append(n)
    if not later:
        return None
    return max(later, key=lambda n: n.value) if place.falls else min(later, key=lambda n: n.value)
