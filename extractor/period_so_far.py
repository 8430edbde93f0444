"""The months of a year so far (今年以来，某区累计签约项目５８个 in an item dated 12月18日): the span from January to the
month the news is dated in (2025-01/2025-12), as a span of months cumulated (1-11月) is its months, not the whole
year. The month is that of the issue of a page whose id names its day, else of the latest day of that year (or with
no year written) the page writes before the figure (12月18日, a dateline's; not a month alone nor 截至9月, which tell
what the figures cover: the year stays); in January the year stays (a span of one month says no more). Where the
figure's paragraph stated an as-of month of that year before it (截至10月底,某市今年累计新增就业5.84万人。今年以来,全市累计
发放贷款9.36亿元), the count runs to that month (2025-01/2025-10), for 今年以来 and for a year's cumulative said with its year
(今年累计), whatever day the news is dated: the writer counted to the month the paragraph named. Words: data/period.toml
[year_so_far]."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from .lexicon import alternation, table
from .record import Record


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    return re.compile(alternation(table("period.toml")["year_so_far"]["words"]))


@lru_cache(maxsize=1)
def _whole_year() -> re.Pattern:
    return re.compile(alternation(table("period.toml")["whole_year"]))


@lru_cache(maxsize=1)
def _completing() -> tuple[str, ...]:
    return tuple(table("period.toml")["year_so_far"]["completing"])


def completed(text: str, whole_at: int, pos: int) -> bool:
    """Whether the figure at pos is the rate of completing the whole year's figure named at whole_at (完成全年目标任务
    5.5万人的106.2%): 全年 right after a word of completing, and 的 right before the figure."""
    return text.endswith(_completing(), 0, whole_at) and text.endswith("的", 0, pos)


@lru_cache(maxsize=1)
def _cumulated() -> re.Pattern:
    return re.compile(alternation(table("period.toml")["year_so_far"]["cumulated"]))


_YEAR = re.compile(r"\d{4}")
# a day's value or period: its year (or none written) and month; a month alone or an as-of month (截至9月) says
# what the figures cover, not when the item was written, and leaves the year
_DAY = re.compile(r"(XXXX|\d{4})-(\d{2})-\d{2}")
_AS_OF_MONTH = re.compile(r"\.\./(\d{4})-(\d{2})")  # 截至10月底


def _counted_to(dates: Iterable[Record], since: int, pos: int, year: str) -> int:
    """The month of the last as-of month of `year` a date between since and pos states (截至10月底: 10), else 0."""
    month = 0
    for d in dates:
        m = _AS_OF_MONTH.fullmatch(str(d.period or "")) if since <= d.norm_start < pos else None
        if m and m.group(1) == year:
            month = int(m.group(2))  # (in page order: the last one before the figure)
    return month


def months_so_far(text: str, start: int, pos: int, period: Optional[str], dates: Iterable[Record],
                  issued: Optional[date], paragraph: Optional[int] = None) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: January to the news's month where
    the sentence says 今年以来 before it and the period given is that year, else the period as given.
    paragraph: where the figure's paragraph starts (its as-of month, 截至10月底, is what the count runs to)."""
    if not period or not _YEAR.fullmatch(period):
        return period
    so_far = bool(_words().search(text, start, pos))
    said = _words().search(text, start, pos) or _cumulated().search(text, start, pos)
    # (the dates are read for the figures after such words only, as below: not for every figure of a long page)
    counted = _counted_to(dates, paragraph, pos, period) if paragraph is not None and said else 0
    whole = _whole_year().search(text, said.end(), pos) if said else None
    if counted > 1 and said and (whole is None or completed(text, whole.start(), pos)):
        # (not a figure of the whole year said after it: 完成全年目标任务5.5万人, the target's year; but its rate of
        # completion, …5.5万人的106.2%, is of the months counted)
        return f"{period}-01/{period}-{counted:02d}"
    if not so_far:
        return period
    month = 0
    if issued:  # a page whose id names its day was written then
        month = issued.month if issued.year == int(period) else 0
    else:
        for d in dates:  # (its period where read already: ６月 of a story of last year is not this year's)
            for m in _DAY.finditer(str(d.period or d.value or "")) if d.norm_start < pos else ():
                if m.group(1) in ("XXXX", period):
                    # the latest day written before the figure: the news is written after what it tells
                    month = max(month, int(m.group(2)))
    return f"{period}-01/{period}-{month:02d}" if month > 1 else period
