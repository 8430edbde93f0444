"""growth: a change against a base year whose level the report gives far away, under the same name.

    （1955 年决算）其中工商税收到 8,725,483,000 元 …
    （1956 年预算）工商税收为 9,970,000,000 元，…，比 1955 年决算数增长 14.26%
    农业税收入为 3,020,000,000 元，…，为 1955 年的 98.88%
A work report reviews last year's accounts and then sets this year's, each line in its own part:
the change said with this year's line (`比上年`, `比1955年`) has its base in the review, often
thousands of characters before, beyond the reach of growth.py's bases (growth_bases.py). Candidates
are the levels of the base year (their label's year) of the same unit whose name shares three
characters with the new level's (`工商税收为` and `工商税收到`); the relation is kept only where
the arithmetic holds within the precision of every number and the stated change has three
significant digits or more (a chance match of such a rate is rare) and one base only gives it.
So every finding here is consistent: a rate the arithmetic misses may compare levels defined
otherwise (a budget against final accounts), and growth.py says it is unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..documents import document_finder
from ..fact_types import SUMMABLE_TYPES
from . import cues
from .arith import digits
from .heads import head
from .model import Draft, Num, PageView
from .tolerance import fmt
from .wording import is_increment
from .yearly import label_year, years_in

_DIGITS = 3  # significant digits a stated change needs before arithmetic alone may tie a far base
_SHARED = 3  # characters two names share to be of one line (`工商税收`)
_CANDIDATES = 200  # levels of one unit and year looked at per change (keeps a page linear)
_BASE_WORDS = 12  # characters between `比` and the change word
_ONE_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("report_bases.toml")["report_bases"]


@lru_cache(maxsize=1)
def _change() -> re.Pattern:
    c = _cues()
    moves = "|".join(sorted(c["up"] + c["down"], key=len, reverse=True))
    return re.compile(f"(?:{'|'.join(c['compared'])})(?P<base>[^，；。]{{1,{_BASE_WORDS}}}?)(?:相比|比较)?[，]?"
                      f"(?P<move>{moves})了?$")


@lru_cache(maxsize=1)
def _of_year() -> re.Pattern:
    return re.compile(f"(?:{'|'.join(_cues()['of_year'])})(?P<base>[^，；。]{{1,{_BASE_WORDS}}}?年[^，；。]{{0,4}}?)的$")


def _levels(view: PageView, document: Callable[[int], int]) -> dict[tuple, list[Num]]:
    # keyed by document too: on a page joined from many reports, 1983's review of 1982 is no base
    # for a rate the 1984 report states
    by_year: dict[tuple, list[Num]] = {}
    for n in view.nums:
        if n.type in SUMMABLE_TYPES and n.value > 0:
            year = _year(view, n)
            if year is not None:
                by_year.setdefault((n.type, n.unit, year, document(n.start)), []).append(n)
    return by_year


def check(view: PageView) -> list[Draft]:
    drafts, levels = [], None
    document = document_finder(view.page.layout)
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or digits(p) < _DIGITS:
            continue
        clause = view.text[view.clause_start(p.start):p.start]
        if cues.contains_any(clause, "growth", "price_basis"):
            continue  # a real or comparable-price change: not what the nominal levels give
        m = _change().search(clause)
        way = None if m is None else ("up" if m.group("move") in _cues()["up"] else "down")
        if m is None:
            m = _of_year().search(clause)
            way = "of" if m else None
        if m is None:
            continue
        new = _new_level(view, p)
        if new is None:
            continue
        year = _base_year(view, m.group("base"), new)
        if year is None:
            continue
        if levels is None:
            levels = _levels(view, document)
        d = _draft(view, p, way, new, year, levels.get((new.type, new.unit, year, document(new.start)), []))
        if d is not None:
            drafts.append(d)
    return drafts


def _year(view: PageView, n: Num) -> int | None:
    """The year a level is of: its label's, else its record's period when that is one year
    (`其中工商税收到 B` under a paragraph of 1955's accounts)."""
    year = label_year(view, n)
    period = n.rec.get("period")
    if year is None and isinstance(period, str) and _ONE_YEAR.fullmatch(period):
        year = int(period)
    return year


def _new_level(view: PageView, p: Num) -> Num | None:
    """The level the change is said of: the last amount of p's sentence before it (shares may
    stand between: `税收为 A，占本年收入的 47.02%，比上年增长 9.84%`), no amount of change."""
    s = view.sentences[p.sentence]
    before = [n for n in view.between(s.start, p.start) if n.type in SUMMABLE_TYPES]
    if not before or is_increment(view, before[-1]):
        return None
    return before[-1]


def _base_year(view: PageView, said: str, new: Num) -> int | None:
    years = years_in(said)
    if years:
        return years[0]
    if any(w in said for w in _cues()["last_year"]):
        now = _year(view, new)
        return now - 1 if now is not None else None
    return None


def _name(view: PageView, n: Num) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", head(view, n))


def _shares_name(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return any(short[i:i + _SHARED] in long_ for i in range(len(short) - _SHARED + 1))


def _draft(view: PageView, p: Num, way: str, new: Num, year: int, levels: list[Num]) -> Draft | None:
    if _year(view, new) == year:
        return None  # the new level is of the base year itself
    name = _name(view, new)
    if len(name) < _SHARED:
        return None
    if any(n.sentence == p.sentence for n in levels):
        return None  # a base of that year in the sentence itself: growth.py's
    held = []
    for base in levels[:_CANDIDATES]:
        if base is new or not _shares_name(name, _name(view, base)):
            continue
        if way == "of":
            got = (new.interval / base.interval).scale(100.0)
        else:
            got = ((new.interval - base.interval) / base.interval).scale(1.0 if way == "up" else -1.0)
            got = got.scale(100.0)
        if got.meets(p.interval):
            held.append(base)
    if len({b.value for b in held}) != 1:
        return None
    base = held[0]
    if way == "of":
        point = new.value / base.value * 100
        text = f"{new.written} ÷ {base.written}（{year}年） = {fmt(point, 2)}%，与所述 {p.written} 一致"
    else:
        point = (new.value - base.value) / base.value * 100 * (1 if way == "up" else -1)
        text = (f"({new.written} − {base.written}（{year}年）) ÷ {base.written} = {fmt(point, 2)}%，"
                f"与所述{'增长' if way == 'up' else '下降'} {p.written} 一致")
    return Draft("growth", "consistent", [p.ref(), new.ref(), base.ref()], round(point, 3), p.shown,
                 text + "（基期数在文中别处，按名称与年份对应）。")
