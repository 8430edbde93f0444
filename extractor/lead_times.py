"""Tests of a sentence's leading time against the page's issue and what stood before it (a time to come, an
earlier scene, a later month, a run holding a part, a year word written against its month), and the shapes of
periods they read: shared by sentence_periods.py and the rules it hands a sentence to."""
from __future__ import annotations

import re
from typing import Optional

from .issue_date import Issued
from .time_exprs_words import period_list

PERIOD_YEAR = re.compile(r"(\d{4})")
YEARS_IN = re.compile(r"\d{4}")
PART = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")
SINCE_SPAN = re.compile(r"^\d{4}/(?:\d{4}|\.\.)$")  # a since (1996/.., or resolved to the writing: 1996/1997)
VAGUE_LEAD = 4  # 近几年 opening a sentence is its period (none); later in it, only the facts' after it
NOW = re.compile(r"^\.\./\d{4}$")  # as of the writing (目前, 近日)
YEAR_END_STOCK = re.compile(r"^\.\./\d{4}-12$")
A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
AS_OF_MONTH = re.compile(r"^\.\./\d{4}-\d{2}$")
OPENING_CLAUSE = re.compile("[，；。！？\n]")  # a clause before a time: it opens no story
SENTENCE_ENDS = ("。", "！", "？")
SCENE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a day (a month opening a paragraph is an occasion: 去年９月，某人来到…)


def earlier_year(period: str, carried: Optional[str]) -> bool:
    """Whether period starts in a year before the one carried starts in (a report's cause from the year before,
    由于上一年的收成较好, under the year it speaks of; not 由于今年春季… in a report reviewing the year before: the
    report's own year goes on)."""
    first, then = PERIOD_YEAR.search(period or ""), PERIOD_YEAR.search(carried or "")
    return bool(first and then) and first.group(1) < then.group(1)


def over_years(period: Optional[str]) -> bool:
    """Whether a period spans more than one calendar year (2021/2025, 2024-10/2025-03, 2012/..), so names no one year."""
    years = YEARS_IN.findall(period or "")
    return "/" in (period or "") and (len(set(years)) > 1 or period.endswith("/.."))


def quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` lies inside a quotation (“…) opened after `start` (its paragraph's start) and not yet closed."""
    return text.count("“", start, at) > text.count("”", start, at)


def ahead_of(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a news story's time lies in a year after the one it was issued in (将在２０００年…竖立倒计时钟,
    ＮＢＣ买下２０００年—２００８年…转播权): a plan or an event to come, which goes on only to the sentences that go
    on planning (plans_ahead); the others (the clock's height, shares of a sport's income) tell what stands when
    it was written, and their story has stated no year of its own for them. (A later month of the issue's year,
    今年６月以后…, goes on with that year as before; a span from the issue's year, 1998/2000, is not after.)"""
    if not issued or not lead:
        return False
    first = lead.removeprefix("../").split("/")[0]
    return first[:4].isdigit() and int(first[:4]) > issued.year


def earlier_scene(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a time opening a feature's later paragraph is a day before the month of issue
    (１９９７年７月２３日下午１时许，…; 去年１０月２０日下午，…): a scene the writer tells, which the
    paragraphs after it go on with until one states a time of its own (８月１３日，…) or a heading."""
    if not issued or not lead or not SCENE.match(lead):
        return False
    return lead[:7] < f"{issued.year}-{issued.month:02d}"


def later_month(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a news story's time is a month of its issue's year after the month of issue (今年６月以后…,
    预定于今年３月１日…): the sentences after it that plan nothing go on with the year, not the month."""
    if not issued or not lead:
        return False
    first = lead.removeprefix("../").split("/")[0]
    return len(first) >= 7 and first[:4] == str(issued.year) and first[5:7].isdigit() and int(first[5:7]) > issued.month


def whole_years_before(opened: Optional[str], year: str) -> bool:
    """Whether the period a paragraph opened on is the year named, or a run of years ending with it."""
    return opened == year or bool(re.fullmatch(rf"\d{{4}}/{year}", opened or ""))


def plans_ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence between start and end speaks of what is to come (将, 争取, 计划: data/period.toml
    plan_words)."""
    return any(text.find(w, start, end) >= 0 for w in period_list("plan_words"))


def holding_run(before: Optional[str], part: str) -> Optional[str]:
    """The run of a year's months that stood before a sentence stating a part of that year (2026-01/2026-10 before
    前三季度, 2026-01/2026-09) where the run holds the part: what the sentences after the part go back to; else None."""
    run, inner = PART.match(before or ""), PART.match(part)
    if not run or not inner or run.group(1) != inner.group(1) or before == part:
        return None
    return before if before[:7] <= part[:7] and part[-7:] <= before[-7:] else None


def refined_lead(found: list, at: int, end: int, lead: Optional[str]) -> tuple[int, int, Optional[str]]:
    """A year word written right against the month or day that follows it (去年９月, 同年１２月３日) is
    one time, read as two expressions, the year first: an as-of (截至去年１０月底，…。其中，…) goes on as
    the count's date in any story; in a feature, which tells its story scene by scene, the sentences after
    it go on with the month (去年９月下旬，我又一次到郑州出差。…计价器上显示
    的是１５元), not the bare year. (A dispatch's month opening a sentence is when its act happened, 去年
    ４月，…确立了…方针: what the next sentences count is the year's, as the DEV gold reads it.)"""
    if not lead or not lead.isdigit():
        return at, end, lead
    nxt = next(((a, e, p) for a, e, p, kind in found if a == end and not kind and p), None)
    if nxt and nxt[2].removeprefix("../").startswith(lead + "-") and (
            "/" not in nxt[2].removeprefix("../") or PART.match(nxt[2])):
        # (or a run of its months, 今年1至11月: one time, as 2025年1至11月 is read already)
        return at, nxt[1], nxt[2]
    return at, end, lead
