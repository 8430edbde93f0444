"""The day of the event a news item reports, read two ways (session 19).

1. The day of the event a news item reports: an item whose paragraph opens on a day and tells an event held
then (11月18日上午，2026年某市招商引资重大项目集中签约活动在某开发区举行。…共签约项目62个; after a dateline:
本报邯郸11月12日讯（记者…）11月11日，某市秋季大型人才招聘会在市会展中心举行) goes on to count what was
signed, offered or attended that day in its next paragraphs (从产业分布看，制造业项目38个…): those figures
are of the day, as a one-day event's are (bench/gold/README, own pages of session 18), until a paragraph
states a time of its own or opens on what someone told the writer (据介绍，合作社覆盖的3个村共有农户328户: the
background, what stands, as before). A day that opens a paragraph without an event verb in its sentence (7月1日起，最低工资
标准…) is its own paragraph's, as before, and so is a holiday's (元旦节日期间, the days around it) and a
feature's day (a story with no dateline on a news page goes paragraph by paragraph: its scenes, README). Words: data/period.toml [event_days]. Used by
extractor/sentence_periods.py.

2. The day that opens a dispatch's report (本报长沙１月１０日电记者某某报道：１月８日上午，…启动仪式在这里举行): the
event the dispatch was filed to report, whose figures its next paragraph goes on to tell (…等９个部门的２００多人，
将５万多册图书…送到…), as the dispatch's own day named in its first sentence (今天在京受到表彰,
extractor/time_exprs_spans.py opening_day) is. extractor/sentence_periods.py holds it for the next paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .layout import Sentence
from .lexicon import alternation, table
from .time_exprs import Times

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WRITTEN_DAY = re.compile("[0-9０-９一二三四五六七八九十]+[日号]")  # the day written as a date (18日), no holiday
_LEAD = 4  # the day within a few characters of its sentence's start (11月18日上午: the day itself)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    t = table("period.toml")["event_days"]
    return re.compile(alternation(t["verbs"])), re.compile(alternation(t["background_openers"]))


def event_day(text: str, sent_start: int, sent_end: int, lead: str, lead_at: int, lead_end: int,
              dispatch: bool = False) -> bool:
    """Whether lead, a day written as a date (lead_at to lead_end), opens the sentence (or is the day a dispatch's
    report opens with, `dispatch`: opening_event_day below) and the sentence says an event was held then (举行,
    召开, 签约)."""
    if not _DAY.match(lead or "") or not _WRITTEN_DAY.search(text, lead_at, lead_end):
        return False
    if lead_at - sent_start > _LEAD and not dispatch:
        return False
    return bool(_words()[0].search(text, lead_at, sent_end))


def opens_background(text: str, at: int) -> bool:
    """Whether the paragraph starting at `at` opens on what someone told the writer (据介绍, 据了解)."""
    return bool(_words()[1].match(text, at))

# between a dateline and the day: no clause of the report before it (…宣布，１月８日… is a day the report names
# inside what it tells, not the event it opens with); the reporter's byline (记者某某报道：) is no clause
_CLAUSE = re.compile("[，；。！？\n]")
# the days before the dateline's that a dispatch reports an event of (filed on the 10th of an act of the 8th);
# a day further back is background (在去年１２月２９日举行的大选中), a later one a plan
_EVENT_DAYS = 7


def opening_event_day(text: str, times: Times, sent: Sentence, lead_at: int, lead: Optional[str]) -> Optional[str]:
    """lead (its sentence's leading period, starting at lead_at) where it is a day opening the report of a dispatch
    whose dateline is in the same sentence: written right after the dateline and its byline, within a week up to
    the day filed; else None."""
    if not lead or not _DAY.match(lead):
        return None
    i = bisect_left(times.dateline_starts, lead_at) - 1
    if i < 0 or times.datelines[i][0] < sent.start or times.datelines[i][1] != sent.article:
        return None
    before = date.fromisoformat(times.datelines[i][2]) - date.fromisoformat(lead)
    if not timedelta(0) <= before <= timedelta(days=_EVENT_DAYS) or _CLAUSE.search(text, times.datelines[i][0], lead_at):
        return None
    return lead
