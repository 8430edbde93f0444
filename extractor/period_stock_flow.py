"""Stock or flow: whether a figure measures a balance standing at a day (存款余额, 资产总额, 已开工项目45个) or a movement
over the months (实现税收收入, 完成投资, 经营活动现金净流量), read in the clause that names what it measures. A clause
that only relates its figure to the one before (同比增长7.4%, 比去年同期的84.50亿元, 占年度计划的94.6%, 完成计划的82.2%)
measures what that one measures, so the reading walks back over such clauses within the item (to a 。 or a ；).
One definition for the as-of opener (截至9月末，…实现税收收入118.43亿元: the year's months to it, 2026-01/2026-09, as a
cumulative flow counts from the year's start; its stocks as of it, ../2026-09) and for a month's end
(extractor/period_month_end.py). Words: data/period.toml [stock_flow]."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_AS_OF_MONTH = re.compile(r"\.\./(\d{4})-(\d{2})")


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["stock_flow"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = _words()
    # (a verb after a word of a state reached, with adverbs between: 已全面完成6件)
    not_reached = rf"^(?:(?!{alternation(t['reached'])}).)*?"
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
    relating = _patterns()[2]
    t = _words()
    item = max([start] + [text.rfind(b, start, pos) + 1 for b in t["item_breaks"]])
    end = pos
    while True:
        at = max([item] + [text.rfind(b, item, end) + 1 for b in t["clause_breaks"]])
        own = text[at:end]
        if at == item or not (relating.match(own) or (end == pos and own.endswith("的"))):
            return own
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
    return f"{m[1]}-01/{m[1]}-{m[2]}"
