"""The date a page gives in its own furniture, for a page whose id names none (issue_date.py reads
archives' ids: 19980110-03-012, gwr2026-anhui). A page given as a file of its own (village-news.txt)
still says when it was issued: a newspaper's page prints the issue's day above its articles
(2025年3月4日 星期二, 某某日报 2025年3月4日 第2版), and a report the day it was given under its title
(——2026年1月5日在某区第三届人民代表大会第六次会议上). The first is read as an id's date (the page is
news: its 今年 is that year, a day written without a year the issue's), the second as an id's year
alone (the page is a report given that year, reviewing the year before)."""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional

from .issue_date import issue_date
from .layout_heads import DASHES, given_on, given_year
from .page_lines import ends_sentence
from .lexicon import alternation, table

_DATA = table("page_dates.toml")
_DIGITS = "[0-9０-９]"
_DAY = rf"(?P<y>{_DIGITS}{{4}})年(?P<m>{_DIGITS}{{1,2}})月(?P<d>{_DIGITS}{{1,2}})日"
_MARKS = alternation(_DATA["weekdays"] + _DATA["page_marks"])
# (or written with dashes: 2025-10-20 星期一)
_ISSUE_DAY = re.compile(rf"{_DAY}|(?P<y2>{_DIGITS}{{4}})[-/.](?P<m2>{_DIGITS}{{1,2}})[-/.](?P<d2>{_DIGITS}{{1,2}})(?!{_DIGITS})")
# a newspaper's date line holds the day and, on the same short line, the weekday or the page's number
_ISSUE_MARK = re.compile(_MARKS)
# the line under a report's title: the day (or month) it was given, and the session it was given at
# (layout_heads.given_on: the one definition documents.head_years reads the report's year from)
_GIVEN_LINE = re.compile(rf"^[{DASHES}（(\s]*{given_on()}")


class PageDate(NamedTuple):
    day: Optional[tuple[int, int, int]]  # a newspaper's issue day (year, month, day)
    given: Optional[int]  # the year a report was given in


def _number(s: str) -> int:
    return int(unicodedata.normalize("NFKC", s))


def prints_issue_day(line: str) -> bool:
    """Whether a line holds a newspaper's date line (a day with its weekday or the page's number)."""
    return bool(_ISSUE_DAY.search(line) and _ISSUE_MARK.search(line))


def is_furniture(text: str) -> bool:
    """Whether a page's paragraph is the paper's furniture above its items (绥化日报数字报 / 2025年3月4日
    星期二 / 第03版：县域, read as one paragraph): no sentence, and the issue's date line. Not body text:
    the page prints its headlines above their items, not after them (layout._mark_articles)."""
    return not ends_sentence(text) and prints_issue_day(text)


def page_date(text: str) -> PageDate:
    """The issue day or the year given that the page's first lines print (PageDate(None, None)
    where they print neither). A report's line wins over a date line above it (a site's 发布时间).
    (text: the page as given: normalization joins the furniture's short lines into one.)"""
    day = None
    lines = [ln.strip() for ln in text[:4000].splitlines() if ln.strip()][:int(_DATA["head_lines"])]
    for line in lines:
        if len(line) > int(_DATA["line_chars"]):
            continue
        given = _GIVEN_LINE.match(line)
        if given:
            return PageDate(None, given_year(given))
        found = _ISSUE_DAY.search(line)
        if found and day is None and _ISSUE_MARK.search(line):
            y, m, d = (_number(found[k] or found[k + "2"]) for k in ("y", "m", "d"))
            if 1 <= m <= 12 and 1 <= d <= 31:
                day = (y, m, d)
    return PageDate(day, None)


def masthead(raw: str, doc: str, text: Optional[str] = None) -> tuple[Optional[str], int]:
    """An id naming the issue day a page's date line prints (`20251220-masthead`), where the doc id
    names no day (a year alone is a file name's, no evidence: news-2024.txt), and where the line holding
    that date ends in `text` (the normalized page; default `raw`): its date is the page's, no story's. (None, 0) where the id names a day already or the
    page prints none. Page.dated reads it: such a page is read as one whose id names that day
    (issue_date.py), its dispatches, 目前 and dates without a year counting from it as People's
    Daily pages of the archive do from theirs."""
    if issue_date(doc) is not None:  # (an id naming a day; a year a file's name holds is no evidence, report-2025.txt)
        return None, 0
    day = page_date(raw).day
    if not day:
        return None, 0
    text = raw if text is None else text
    found = _ISSUE_DAY.search(text, 0, 4000)
    end = text.find("\n", found.end()) if found else 0
    y, m, d = day
    return f"{y:04d}{m:02d}{d:02d}-masthead", len(text) if end < 0 else end
