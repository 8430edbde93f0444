"""Stock or flow: whether a figure measures a balance standing at a day (存款余额, 资产总额, 已开工项目45个) or a movement
over the months (实现税收收入, 完成投资, 经营活动现金净流量), read in the clause that names what it measures. A clause
that only relates its figure to the one before (同比增长7.4%, 比去年同期的84.50亿元, 占年度计划的94.6%, 完成计划的82.2%)
measures what that one measures, so the reading walks back over such clauses within the item (to a 。 or a ；).
One definition for the as-of opener (截至9月末，…实现税收收入118.43亿元: the year's months to it, 2026-01/2026-09, as a
cumulative flow counts from the year's start; its stocks as of it, ../2026-09) and for a month's end
(extractor/period_month_end.py). Under an as-of a total so far stays as of the day: one marked so (累计, 共), one of a
single undertaking (该项目完成投资…: since it began), one set against a total of its own (占总投资的60%). Words:
data/period.toml [stock_flow]; the clause and item marks are extractor/clauses.py's."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .clauses import INNER_BREAKS, SENTENCE_BREAKS, last_mark, with_halfwidth
from .lexicon import alternation, table

_AS_OF_MONTH = re.compile(r"\.\./(\d{4})-(\d{2})")
# an item of a list (…；…) ends where a sentence does; its clauses at the other inner breaks (，：)
_ITEM_BREAKS = tuple(with_halfwidth("；" + SENTENCE_BREAKS))
_CLAUSE_BREAKS = tuple(with_halfwidth("".join(c for c in INNER_BREAKS if c not in _ITEM_BREAKS)))


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["stock_flow"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = _words()
    # (a verb after a word of a state reached, with adverbs between: 已全面完成6件; not 共 inside 公共)
    reached = rf"(?:{alternation(t['reached_not_inside'])})|(?:{alternation(t['reached'])})"
    not_reached = rf"^(?:(?!{reached}).|(?:{alternation(t['reached_not_inside'])}))*?"
    flow = re.compile(rf"{not_reached}(?:{alternation(t['flow_verbs'])})|"
                      rf"(?:{alternation(t['flow_nouns'])})")
    stock = re.compile(alternation(t["stock_nouns"]))
    relating = re.compile(rf"(?:{alternation(t['relating'])})")
    as_of = re.compile(rf"(?:{alternation(t['as_of'])})(?:\d{{4}}年)?(?P<month>\d{{1,2}})月"
                       rf"(?:{alternation([w for w in t['as_of_after'] if w])})?")
    return flow, stock, relating, as_of


def naming_clause(text: str, start: int, pos: int) -> str:
    """The clause naming what the figure at pos measures, in the sentence from start: its own up to it, or the first
    before it within its item (to a 。 or a ；) that does not only relate a figure to the one before (同比增长7.4%,
    占年度计划的94.6%, 完成计划的82.2%: what the figure before measures)."""
    at, end = _naming_span(text, start, pos)
    return text[at:end]


def _naming_span(text: str, start: int, pos: int) -> tuple[int, int]:
    """Where naming_clause's clause starts and ends."""
    relating = _patterns()[2]
    item = max(start, last_mark(text, _ITEM_BREAKS, start, pos) + 1)
    end = pos
    while True:
        at = max(item, last_mark(text, _CLAUSE_BREAKS, item, end) + 1)
        own = text[at:end]
        if at == item or not (relating.match(own) or (end == pos and own.endswith("的"))):
            return at, end
        end = at - 1  # (the clause before, up to its break)


def measures_flow(text: str, start: int, pos: int) -> bool:
    """Whether the figure at pos, in the sentence from start, measures a flow: the clause naming what it measures
    (naming_clause) tells a movement (实现, 完成, 流量; not a state reached, 已开工, nor a total so far, 累计) and names no balance (余额)."""
    flow, stock, _, _ = _patterns()
    clause = naming_clause(text, start, pos)
    return bool(flow.search(clause)) and not stock.search(clause)


@lru_cache(maxsize=4)  # (a page's figures come in order; few page texts kept alive)
def _as_of_months(text: str) -> tuple[list[int], list[int]]:
    """The ends of the as-of months the text states (截至9月末) and their months, in order: read once a page."""
    ends: list[int] = []
    months: list[int] = []
    for m in _patterns()[3].finditer(text):
        ends.append(m.end())
        months.append(int(m["month"]))
    return ends, months


def as_of_flow(text: str, start: int, pos: int, period: Optional[str]) -> Optional[str]:
    """The period of the figure at pos in the sentence from start, given as of a month (`../2026-09`, or its base a
    year before, `../2025-09`) that the last as-of stated before it names (截至9月末, 到11月底): where the figure
    measures a flow (measures_flow), the year's months to that month (`2026-01/2026-09`; a year's end: the year);
    else the period as given (a stock stands as of it). For a release or a report only (a page whose id names no day):
    in a news story writers read an as-of as a level reached, flows too (DEV 19980105-01-001 截至1997年11月末，千户企业
    实现工业总产值… ../1997-11; own-blind18 village-news 截至9月底，…累计投入资金… ../2025-09), or not (own-blind17
    project-news 截至11月底，…累计完成投资… 2025-01/2025-11)."""
    m = _AS_OF_MONTH.fullmatch(period or "")
    if not m:
        return period
    ends, months = _as_of_months(text)
    j = bisect.bisect_right(ends, pos) - 1
    if m[2] == "12" or j < 0 or months[j] != int(m[2]) or not measures_flow(text, start, pos):
        return period  # (a year's end: the year's own conventions, extractor/period_year_end.py)
    if _undertakings(text, start, pos) or _against_own_total(text, start, pos):
        return period  # (该项目完成投资12亿元，占总投资的60%: what it has done since it began)
    return f"{m[1]}-01/{m[1]}-{m[2]}"


@lru_cache(maxsize=1)
def _total_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = _words()
    flow_verb = re.compile(alternation(t["flow_verbs"]))
    head = re.compile(rf"(?:{alternation(t['undertaking_heads'])})$")
    many = re.compile(alternation(t["area_or_many"]))
    return flow_verb, head, many


def _undertakings(text: str, start: int, pos: int) -> bool:
    """Whether the flow at pos is one undertaking's: the item's first clause that tells a flow names, before its
    verb, a project, a works or a fund (该项目完成投资, 市产业引导基金完成投资) and no area or many of them (全市重点项目)."""
    flow_verb, head, many = _total_patterns()
    item = max(start, last_mark(text, _ITEM_BREAKS, start, pos) + 1)
    verb = flow_verb.search(text, item, pos)
    if not verb:
        return False
    subject = text[max(item, last_mark(text, _CLAUSE_BREAKS, item, verb.start()) + 1):verb.start()]
    subject = _patterns()[3].sub("", subject)  # (截至9月底该项目…: the as-of no part of it)
    return bool(head.search(subject)) and not many.search(subject)


def _against_own_total(text: str, start: int, pos: int) -> bool:
    """Whether the figure at pos, or the one it relates to, is set against a total of its own later in its item
    (…完成投资12亿元，占总投资的60%)."""
    at = _naming_span(text, start, pos)[0]
    stop = min([len(text)] + [i for i in (text.find(b, pos) for b in _ITEM_BREAKS) if i >= 0])
    return any(text.find(w, at, stop) >= 0 for w in _words()["own_total"])
