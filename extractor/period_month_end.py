"""A stock as of a month's or a quarter's end opening its sentence in a release or a report (9月末，全市金融机构各项存款
余额…亿元; 三季度末生猪存栏…万头) is as of that month (../2025-09), and its base at the end of the same months a year
before (比上年同期末的…) as of theirs (../2024-09), as a year's end is as of the year's (extractor/period_year_end.py,
bench/gold/README.md: "a year-end stock … as of the year's end"), and so is a stock of a release whose title names
the month's end (2026年9月末…金融运行情况 / 分部门看，住户贷款余额…) where nothing in its paragraph names a time. The
changes its sentence tells take the span they cover: a change since the year's start (比年初增加) the year's months to
the month, another change the span under review, a rate of the stock with none (同比增长9.2%) as of the month; flows
keep the period they were given. Only on a page whose id names no day (a user's release or report): in a news story a
month's end opening a sentence is mostly a scene (去年10月底，某区举行…), told as an event. Words: the year's end's
data/period.toml [year_end_stocks] flow and target words, and [month_end_stocks]."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .clauses import INNER_BREAKS_RAW
from .lexicon import alternation, table
from .period_stock_flow import measures_flow
from .period_year_end import flow_or_plan

_MONTH = re.compile(r"\d{4}-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-(?:01|04|07|10)/\1-(?:03|06|09|12)")  # a quarter (三季度: 2025-07/2025-09)
_SPAN_TO = re.compile(r"(\d{4})-01/\1-\d{2}")  # a span of a year's first months (前三季度: 2025-01/2025-09)
_WRITTEN_TIME = re.compile(r"[0-9０-９〇○零一二三四五六七八九十]+[年月日]|季度")
_LEAD = 4  # characters of a subject before the month's end that opens its sentence (全市9月末…)


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    t = _words()
    return re.compile(rf"(?<!{alternation(t['not_before'])})(?:(?P<month>[0-9０-９]{{1,2}})月|(?P<quarter>[一二三四])季度)"
                      rf"(?:{alternation(t['words'])})(?!{alternation(t['not_after'])})")


def month_end_stock(text: str, start: int, pos: int, period: Optional[str], stood: Optional[str] = None,
                    para: Optional[tuple[int, int]] = None, titled: Optional[str] = None,
                    rate: bool = False) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: as of the month (`../2025-09`) where the
    month it was given (`2025-09`) is the one whose end opens the sentence and its own clause tells no change, flow
    or plan; a change of the stock (同比增长, 比年初增加) takes the span under review that stood before the sentence
    where that span ends in the month (前三季度 then 9月末: the nine months, as a bulletin's changes keep the year);
    else the period as given. titled: the month whose end the document's title names (2026年9月末…金融运行情况:
    `2026-09`), the as-of of its stocks that state no time (_stock_of); rate: the figure is a percent."""
    m = _MONTH.fullmatch(period or "") or _QUARTER.fullmatch(period or "")
    if m and text.endswith(_base_ends(), 0, pos):
        return f"../{m[0][-7:]}"  # 比上年同期末的153.70万头: the base stood at the end of its period
    # the sentence's or its item's opener (…同比下降3.2%；三季度末生猪存栏…: an item after a semicolon)
    item = max(start, text.rfind("；", start, pos) + 1, text.rfind(";", start, pos) + 1)
    opener = _opens(text, item, pos) or _opens(text, start, pos)
    if opener:
        if not m or _ended(opener) != int(m[0][-2:]) or \
                (m.re is _QUARTER and not opener["quarter"]) or (m.re is _MONTH and not opener["month"]):
            return period
        return _stock_of(text, opener.end(), pos, m[0][-7:], period, stood, rate)
    if _WRITTEN_TIME.search(text, start, pos):
        return period  # a sentence with a time of its own (6月份新增贷款…)
    # 9月末，…存款余额…。各项贷款余额…: a stock of a later sentence of the paragraph, with no time of its own; else the
    # month's end the title names (2026年9月末…情况 / 分部门看，住户贷款余额…)
    above = _paragraph_opener(text, para, start) if para is not None else None
    month = _ended(above) if above else (int(titled[5:7]) if titled else 0)
    year = (period or "")[:4]
    if not month or not year.isdigit():
        return period
    last = f"{year}-{month:02d}"
    if period == year and text.endswith(_year_ago_bases(), 0, pos) and \
            (above or (titled or "")[:4] == str(int(year) + 1)) and not flow_or_plan(_base_subject(text, start, pos)):
        return f"../{last}"  # 科技型企业贷款余额386.9亿元，比上年同期的312.4亿元: the stock at the month's end a year before
    # (what a later sentence carries: the month, the year under review, or the span of its first months to the month;
    # under the title only, the month as carried from a month said earlier in the paragraph, 9月，…利率为3.42%。…, is
    # that month's)
    if period not in (last, year, f"{year}-01/{last}") or (not above and (titled or "")[:4] != year) or \
            (not above and period == last and para is not None and 0 <= _first_time(text, *para) < start):
        return period
    return _stock_of(text, start, pos, last, period, stood, rate)


def _stock_of(text: str, since: int, pos: int, last: str, period: Optional[str], stood: Optional[str],
              rate: bool) -> Optional[str]:
    """The period of a figure under a stock as of the month `last`'s end, its clause read from since to pos: as of
    the month where the clause tells no change, flow or plan; a change since the year's start (比年初增加, 较年初下降)
    or a share of what was added (占全市新增贷款的) the year's months to the month (`2026-01/2026-09`); another change
    of the stock the span under review that stood before where it ends in the month, else, a rate (同比增长9.2%, 比
    上年同期提高1.9个百分点), as of the month (the stock now against the same month's end a year before), else the
    period as given (a plan, a flow of its own)."""
    clause = text[since:pos]
    if measures_flow(text, since, pos) and not _plan().search(clause):
        # 经营活动现金净流量521.8亿元，同比增加…: a flow (period_stock_flow.py, as under 截至9月末), the months reviewed
        return stood if stood and _SPAN_TO.fullmatch(stood) and stood.endswith(f"/{last}") else f"{last[:4]}-01/{last}"
    if not flow_or_plan(clause):
        return f"../{last}"
    own = max(clause.rfind(b) for b in INNER_BREAKS_RAW) + 1
    if _year_start().search(clause, own):
        return f"{last[:4]}-01/{last}"
    if stood and _SPAN_TO.fullmatch(stood) and stood.endswith(f"/{last}"):
        return stood
    if (rate or _year_ago().search(clause, own)) and not _plan().search(clause):
        return f"../{last}"  # (比上年同期的312.4亿元增加74.5亿元: the stock now against the stock then, an amount too)
    return period


def _opens(text: str, start: int, pos: int) -> Optional[re.Match]:
    """The month's or quarter's end opening the text from start (within _LEAD characters of a subject), before pos."""
    opener = _opener().search(text, start, min(pos, start + _LEAD + 6))
    return opener if opener and opener.start() - start <= _LEAD else None


def _paragraph_opener(text: str, para: tuple[int, int], start: int) -> Optional[re.Match]:
    """The month's or quarter's end opening an earlier sentence of the paragraph (存贷款稳定增长。9月末，…。), the last
    one that opens with one, if one does."""
    starts, stops, last = _sentences(text, *para)
    j = bisect.bisect_left(starts, start) - 1  # the last sentence starting before the figure's
    if j < 0:
        return None
    if 0 <= stops[j] < start:
        return last[j]
    # (a sentence that runs on into the figure's: read up to the figure's sentence only)
    return _opens(text, starts[j], start) or (last[j - 1] if j else None)


@lru_cache(maxsize=4)  # (the figures of one paragraph come together; few page texts kept alive)
def _sentences(text: str, para_start: int, para_end: int) -> tuple[list[int], list[int], list[Optional[re.Match]]]:
    """The paragraph's sentences split at 。 as their starts, their 。 (-1: none) and the last month's end opening any
    of them up to each: read once a paragraph, not once a figure (a release's paragraph holds many figures)."""
    starts: list[int] = []
    stops: list[int] = []
    last: list[Optional[re.Match]] = []
    found, at = None, para_start
    while 0 <= at < para_end:
        stop = text.find("。", at, para_end)
        found = _opens(text, at, stop if stop >= 0 else para_end) or found
        starts.append(at)
        stops.append(stop)
        last.append(found)
        at = stop + 1 if stop >= 0 else -1
    return starts, stops, last


@lru_cache(maxsize=4)  # (read once a paragraph, not once a figure)
def _first_time(text: str, para_start: int, para_end: int) -> int:
    """Where the paragraph first writes a time (9月，…), or -1."""
    m = _WRITTEN_TIME.search(text, para_start, para_end)
    return m.start() if m else -1


def _ended(opener: re.Match) -> int:
    """The month whose end the opener names (9月末: 9; 三季度末: 9)."""
    if opener["month"]:
        return int(unicodedata.normalize("NFKC", opener["month"]))
    return 3 * ("一二三四".index(opener["quarter"]) + 1)


@lru_cache(maxsize=1)
def _base_ends() -> tuple[str, ...]:
    return tuple(_words()["base_ends"])


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["month_end_stocks"]


@lru_cache(maxsize=1)
def _year_start() -> re.Pattern:
    """A change since the year's start (比年初增加, 较上年末减少) or a share of what was added (占全市新增贷款的)."""
    t = _words()
    return re.compile(rf"(?:{alternation(t['since_year_start'])})(?!{alternation(t['since_not_after'])})"
                      rf"|{alternation(t['added_words'])}")


@lru_cache(maxsize=1)
def _year_ago_bases() -> tuple[str, ...]:
    return tuple(_words()["year_ago_bases"])


@lru_cache(maxsize=1)
def _year_ago() -> re.Pattern:
    return re.compile(alternation(_words()["year_ago"]))


def _base_subject(text: str, start: int, pos: int) -> str:
    """What the clause of a base right before pos (…，比上年同期的) says before the base: the stock (empty after a
    comma), or a flow (前三季度贷款增加额比上年同期的…)."""
    cut = pos - max(len(b) for b in _year_ago_bases() if text.endswith(b, 0, pos))
    own = max(text.rfind(b, start, cut) for b in INNER_BREAKS_RAW) + 1
    return text[max(start, own):cut]


@lru_cache(maxsize=1)
def _plan() -> re.Pattern:
    return re.compile(alternation(table("period.toml")["year_end_stocks"]["target_words"]))
