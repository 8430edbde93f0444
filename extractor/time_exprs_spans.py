"""Small readings of a page's time expressions for extractor/scope.py: whether a few years lie inside
a longer span (近两年 in a five-year review), where a report's heading begins, a dispatch's own day."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Optional

from .clauses import BREAK_CLASS
from .layout import Sentence
from .time_exprs import Times
from .time_exprs_words import year_before_words
from .time_words import scope_words

_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
# a report's numbered heading (（二）毫不放松地做好“三农”工作, 三、…): where a section ends
_HEADING = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、")


def inside_span(span: Optional[str], outer: Optional[str]) -> bool:
    """Whether the years of span lie inside the longer span outer (2009/2010 in 2006/2010)."""
    a, b = _SPAN.match(span or ""), _SPAN.match(outer or "")
    return bool(a and b) and span != outer and b.group(1) <= a.group(1) and a.group(2) <= b.group(2)


def is_heading(text: str, at: int) -> bool:
    """Whether a numbered heading (（二）…) starts at `at`."""
    return bool(_HEADING.match(text, at))


def dispatch_day(times: Times, sent: Sentence) -> Optional[str]:
    """The day of the last dateline of the sentence's article before it (1998-01-13), if any."""
    i = bisect_left(times.dateline_starts, sent.start) - 1
    return times.datelines[i][2] if i >= 0 and times.datelines[i][1] == sent.article else None


def year_before_discussed(word: str, period: Optional[str], discussed: Optional[str],
                          given: Optional[int]) -> Optional[str]:
    """The period of a base named 上年 in a report (data/period.toml year_before_discussed): the year
    before the one the report is discussing there (由上年下降2.3% in the 2017 report's review of 2016:
    2015), not the year before the writing; other bases as they are read."""
    if word not in year_before_words() or not (discussed or "").isdigit():
        return period
    return str(int(discussed) - 1)


def opening_day(text: str, times: Times, sent: Sentence,
                found: list[tuple[int, int, Optional[str], str]]) -> Optional[str]:
    """The dispatch's own day named inside the sentence that holds its dateline (据新华社北京１月１３日电
    一批先进集体今天在京受到表彰): the event the dispatch reports, as where 今天 leads the sentence;
    not a day named in a later sentence (省长于今天下午抵达灾区: that sentence's), nor the day someone spoke
    (专家今天说, 首相在今天开幕的国会上发表演说: what they told stands as of the month)."""
    i = bisect_left(times.dateline_starts, sent.end) - 1
    if i < 0 or times.datelines[i][0] < sent.start or times.datelines[i][1] != sent.article:
        return None
    day = times.datelines[i][2]
    # (or the day before it, 本报天津１月４日电昨天，…行动…揭开序幕: the event the dispatch reports)
    days = (day, (date.fromisoformat(day) - timedelta(days=1)).isoformat())
    at, day = next(((at, period) for at, _, period, kind in found if kind == "day" and period in days), (None, day))
    if at is None or any(v in text[at:sent.end] for v in scope_words().report_verbs):
        return None
    return day


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def subject_day(text: str, found: list[tuple[int, int, Optional[str], str]], end: int, sent_end: int) -> Optional[str]:
    """The day a dispatch's sentence names after a figure its clause goes on to tell of, no clause break between
    (来自４０多个国家的９００多名学者今天在这里集会): the day of the act the figure's subject takes part in; none where
    someone speaks that day (…今天说, …今天宣布: what they tell stands as of the month), nor after a break."""
    for at, _, period, kind in found:
        if at < end or kind != "day" or not _DAY.match(period or ""):
            continue
        if BREAK_CLASS.search(text, end, at) or any(v in text[at:sent_end] for v in scope_words().report_verbs):
            return None
        return period
    return None
