"""A stock said with no year's end in a year's bulletin: a yearly bulletin (2025年…统计公报, …自然资源公报, 年报) states
its year's flows (全年完成…, 新增…) and the stocks standing at the year's end; where a stock is said with no 年末 before
it (全市现有…企业418家, 每万人拥有5G基站29.0个, 累计达到318家, 在册职工1.86万人) it is as of the year's end as 年末's
are (bench/gold/README.md, "a year-end stock … as of the year's end": own-blind21 safety-news, rd-bulletin,
own-blind22 greening-bulletin, telecom-bulletin). What the figure measures is read in the clause naming it
(period_stock_flow.naming_clause: 其中省级林长12名 names what the clause before does); a clause telling a flow, a change
or a plan (全年, 新增, 比上年增长, 力争) keeps the year (period.toml [year_end_stocks]). Only in a bulletin of a year's
results: a work report or a plan reads its 现有 as the time it is given. Words: data/period.toml [bulletin_stocks]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .clauses import INNER_BREAKS_RAW
from .document_time import document_time
from .lexicon import alternation, table
from .page import Page
from .period_stock_flow import naming_clause

_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = table("period.toml")
    own = t["bulletin_stocks"]
    ends = t["year_end_stocks"]
    stock = re.compile(rf"(?:{alternation(own['stock_words'])})(?!{alternation(own['stock_not_after'])})")
    flow = re.compile(rf"(?:{alternation(ends['flow_words'])})(?!{alternation(ends['flow_not_after'])})")
    plan = re.compile(alternation(ends["target_words"]))
    kinds = re.compile(alternation(t["document_times"]["results_kinds"]))
    return stock, flow, plan, kinds


def bulletin_year(page: Page) -> Optional[str]:
    """The year a page's title names where the page is a bulletin of that year's results (2025年广西壮族自治区通信业
    统计公报: `2025`), else None (a month's release, a work report, a news page)."""
    found = document_time(page)
    if found is None or not _YEAR.fullmatch(found.period):
        return None
    line_end = found.end
    while line_end < len(page.text) and page.text[line_end] not in "\n。，,；;":
        line_end += 1
    return found.period if _patterns()[3].search(page.text, found.end, line_end) else None


def bulletin_stock(text: str, sent_start: int, fact_start: int, period: Optional[str],
                   year: Optional[str], fact_end: Optional[int] = None, carried: bool = False) -> Optional[str]:
    """The period of the figure at [fact_start, fact_end) in the sentence from sent_start, given as `period`, in a
    bulletin of `year`'s results (or as of it, a now: 现有): as of the year's end (`../2025-12`) where the clause naming
    it names a stock and its own clause tells no flow, change or plan; else `period`. carried: `period` was carried
    from the sentences before (no time said in its own before it): a run of the year's months carried so
    (2025年1-6月，全市新增就业…。全市共有技工学校12所。) is the flows' that went on with it, not a stock's."""
    if year is None or period not in (year, f"../{year}") and not (carried and _run_in(period, year)):
        return period  # (../2025: a now, 现有, read as the bulletin's year)
    if fact_end is not None and _counts_events(text, fact_start, fact_end):
        return period  # 游客总数5000万人次: a flow, the year's (or the months' carried on)
    stock, flow, plan, _ = _patterns()
    before = text[sent_start:fact_start]
    own = max(before.rfind(b) for b in INNER_BREAKS_RAW) + 1
    if flow.search(before, own) or plan.search(before):
        return period  # 比上年增长2.1%, 力争…: the year's change or plan
    if stock.search(before, own) and not year_framed(before, before[own:]):
        return f"../{year}-12"  # 5G基站占基站总数的34.7%: its own clause names the stock
    named = naming_clause(text, sent_start, fact_start)
    if year_framed(before, named):
        return period  # 全年全区受理电信用户申诉1.86万件: the year's flow
    return f"../{year}-12" if stock.search(named) else period


def _run_in(period: Optional[str], year: str) -> bool:
    """Whether a period is a run of months of the year (2025-01/2025-06)."""
    return bool(re.fullmatch(rf"{year}-\d\d/{year}-\d\d", period or ""))


def _counts_events(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) counts events, a flow whatever word names it: in a unit of times (5000万人次)
    or of people followed in its clause by an event they took part in (2.3万名考生参加高考; not a membership,
    参加基本养老保险). Words: period.toml [bulletin_stocks] flow_unit_ends, event_verbs, memberships."""
    t = table("period.toml")["bulletin_stocks"]
    if text[start:end].endswith(tuple(t["flow_unit_ends"])):
        return True
    cut = min((i for i in (text.find(b, end, end + _AFTER) for b in INNER_BREAKS_RAW + "。") if i >= 0),
              default=min(len(text), end + _AFTER))
    after = text[end:cut]
    return any(v in after for v in t["event_verbs"]) and not any(m in after for m in t["memberships"])


_AFTER = 20  # characters after a figure within which its clause tells what the people counted did


def year_framed(before: str, named: str) -> bool:
    """Whether a year's frame (全年, 当年; period.toml [year_end_stocks] frame_words) opens the sentence (before: its
    text up to a figure) or stands in the clause naming the figure (named): what it frames is the year's flow. One in
    another clause (…，其中5G基站14.63万个，全年新增2.87万个，每万人拥有5G基站29.0个) frames that clause only."""
    words = table("period.toml")["year_end_stocks"]["frame_words"]
    return any(w in before[:_OPENING] or w in named for w in words)


_OPENING = 6  # characters from a sentence's start within which a frame opens it (全年全区…, 2025年全年…)
