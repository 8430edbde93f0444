"""Months counted from a news page's issue month (上个月, 本月, 本月８日至１５日) and the holidays of its year (元旦
这一天): apart from time_exprs.py since only a page issued on a named day has them."""
from __future__ import annotations

import re
from typing import Optional

from .issue_date import issue_date
from .page import Page
from .time_exprs_words import holiday_period, issue_holidays, issue_month_words
from .time_kinds import time_kind
from .time_sites import may

_DAY_NUMBER = r"[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# a day of a month (本月８日), or a run of its days (本月８日至１５日: the 8th to the 15th)
_MONTH_DAY = re.compile(rf"(?P<d>{_DAY_NUMBER})[日号](?:[至到—－-](?P<e>{_DAY_NUMBER})[日号])?")
_DAY_NUMBERS = str.maketrans("０１２３４５６７８９", "0123456789")
_DAY_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def month_day(text: str, at: int, month: str) -> Optional[tuple[str, int]]:
    """(the day or run of days, where it ends) written right at `at` after a month word (本月８日, 上月二十日: the 8th,
    the 20th of the month the word counts; 本月８日至１５日: 1998-01-08/1998-01-15); None where no day is written
    there or it is no day of a month."""
    m = _MONTH_DAY.match(text, at)
    if not m:
        return None
    first, last = _day_number(m.group("d")), _day_number(m.group("e") or m.group("d"))
    if not 1 <= first <= last <= 31:
        return None
    return (f"{month}-{first:02d}" if first == last else f"{month}-{first:02d}/{month}-{last:02d}"), m.end()


def _day_number(written: str) -> int:
    """８, ２６, 七, 十五, 二十, 三十一 as a number."""
    d = written.translate(_DAY_NUMBERS)
    if d.isdigit():
        return int(d)
    tens, _, ones = d.partition("十")
    return (_DAY_DIGITS[tens] if tens else 1) * 10 + (_DAY_DIGITS[ones] if ones else 0) if "十" in d else _DAY_DIGITS[d]


def issue_months(page: Page, start: int, end: int, found: list[tuple[int, int, Optional[str], str]],
                  present: Optional[frozenset[str]] = None) -> list[tuple[int, int, Optional[str], str]]:
    """上个月, 本月 (data/period.toml issue_months): months counted from the page's issue month."""
    issued = issue_date(page.dated)
    if not issued or not may(present, "issue_months"):
        return found
    text = page.text
    added = False
    for word, delta in issue_month_words():
        at = text.find(word, start, end)
        while at >= 0:
            if not any(a <= at < b for a, b, _, _ in found):
                months = issued.year * 12 + issued.month - 1 + delta
                month = f"{months // 12}-{months % 12 + 1:02d}"
                day = month_day(text, at + len(word), month)
                if day:  # 本月８日，６个…国的警方首脑在罗马开会: a day of that month, its own sentence's too
                    # (a day read alone inside it, 至１５日, is this run's end, not a date of its own)
                    found = [*[t for t in found if not at <= t[0] < day[1]], (at, day[1], day[0], time_kind(text, at) or "day")]
                else:  # its own sentence's facts after it, like 今天: a story's next sentences go on to others
                    found = [*found, (at, at + len(word), month, time_kind(text, at) or "month")]
                added = True
            at = text.find(word, at + len(word), end)
    for word in issue_holidays():
        at = text.find(word, start, end)
        while at >= 0:
            day = None if any(a <= at < b for a, b, _, _ in found) else holiday_period(text, at, issued)
            if day:  # 元旦这一天，…: a day like a date, for its sentence and the next ones of its paragraph
                found = [*found, (at, at + day[1], day[0], time_kind(text, at))]
                added = True
            at = text.find(word, at + len(word), end)
    return sorted(found, key=lambda t: t[0]) if added else found
