"""part_of by place: a figure of a place is part of the same figure of the larger area it lies in.

    全国全年接待入境旅游者 5400 万人次，创汇 115 亿美元。…⏎上海 1—11 月共接待入境旅游者 153.9 万人次，
    创汇 12.4 亿美元                          Shanghai's tourists and receipts within the country's
    全省全年植树造林 120 万亩。…其中保定市植树造林 18 万亩       a city's within its province's

What ties them is what the two numbers measure, as the extractor gives it: the same type and unit,
metrics of the same name (the part's ends with the whole's: 入境旅游人数 / 接待入境旅游人数), a whole
said of the whole area (`我国`, `全省` before it in its sentence: data/place_parts.toml), the part's place
a division within the whole's (the gazetteer's chain of parents; every Chinese division within 中国),
and the part's period within the whole's (both known). The whole is said first, at most a few
paragraphs before; of several, the nearest. Averages, prices and rates are no amounts an area adds
up (data/place_parts.toml). The two may still be counted differently (a national total of one
source, a city's of another), so a part a little over its whole is unverifiable; a part over it by
more than such differences explain (data/place_parts.toml: caliber_margin) is inconsistent, as one
area's figure cannot exceed the figure of the larger area that holds it.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..names.divisions import gazetteer
from . import cues
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .heads import period_months, record_field as _field, unscoped
from .model import Draft, Num, PageView

_PARAGRAPHS = 3  # paragraphs after the whole's in which the part may stand
_WINDOW = 40  # numbers after the whole looked at (keeps the check linear in page length)
_SHORTEST = 2  # the shortest metric that ties two numbers
_HOW = "所在地区的同一数字之中的部分"
_WEAK = "地区数字与上级地区数字的统计口径可能不同"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("place_parts.toml")["place_parts"]


def check(view: PageView) -> list[Draft]:
    nums = [n for n in view.nums if n.type in SUMMABLE_TYPES and is_amount(view, n) and not is_change(view, n)
            and _field(n, "place") and _field(n, "period") and _amount_metric(_field(n, "metric"))]
    drafts, used = [], set()
    for i, part in enumerate(nums):
        wholes = [w for w in reversed(nums[max(0, i - _WINDOW):i]) if _holds(w, part)]
        # of the area's figures holding the part, one of its own period before one of a span holding
        # it (`1993 至 1997 年累计实际利用外资 168.5 亿美元` is no whole of a city's 1997 figure to prefer)
        whole = next((w for w in wholes if _field(w, "period") == _field(part, "period")), wholes[0] if wholes else None)
        if whole is not None and _area_said(view, whole) and part.start not in used:
            used.add(part.start)
            drafts.append(part_of_draft(whole, part, _HOW, None if _far_over(part, whole) else _WEAK))
    return drafts


def _far_over(part: Num, whole: Num) -> bool:
    """The part exceeds the whole by more than a national and a regional count may differ."""
    return part.interval.lo > whole.interval.hi * (1 + _cues()["caliber_margin"])


def _holds(whole: Num, part: Num) -> bool:
    if part.paragraph - whole.paragraph > _PARAGRAPHS or not part.same_measure(whole):
        return False
    a, b = unscoped(_field(whole, "metric").strip()), unscoped(_field(part, "metric").strip())
    if len(a) < _SHORTEST or not b.endswith(a) or a.startswith(tuple(_cues()["thing_totals"])):
        return False  # the part's name may add a qualifier (接待入境旅游人数), never lose one
    return _within(_field(part, "place"), _field(whole, "place")) and _period_within(part, whole)


def _area_said(view: PageView, whole: Num) -> bool:
    sent = view.sentence_index(whole.start)
    said = view.text[view.sentences[sent].start:whole.start] if sent >= 0 else ""
    return any(w in said for w in _cues()["area_words"])


def _within(place: str, area: str) -> bool:
    """The place is a Chinese division inside the area (every one is inside the whole country)."""
    if place == area:
        return False
    divisions = gazetteer().full(place)
    if not divisions:
        return False
    if area in _cues()["national"]:
        return True
    return any(area in {p.name for p in d.chain()} for d in divisions)


def _period_within(part: Num, whole: Num) -> bool:
    (lo, hi), (wlo, whi) = period_months(_field(part, "period")), period_months(_field(whole, "period"))
    return wlo <= lo and hi <= whi


def _amount_metric(metric: str | None) -> bool:
    return bool(metric) and not any(w in metric for w in _cues()["not_amounts"])
