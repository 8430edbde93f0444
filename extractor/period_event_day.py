"""The day of the event a news item reports: an item whose paragraph opens on a day and tells an event held
then (11月18日上午，2026年某市招商引资重大项目集中签约活动在某开发区举行。…共签约项目62个; after a dateline:
本报邯郸11月12日讯（记者…）11月11日，某市秋季大型人才招聘会在市会展中心举行) goes on to count what was
signed, offered or attended that day in its next paragraphs (从产业分布看，制造业项目38个…): those figures
are of the day, as a one-day event's are (bench/gold/README, own pages of session 18), until a paragraph
states a time of its own or opens on what someone told the writer (据介绍，合作社覆盖的3个村共有农户328户: the
background, what stands, as before). A day that opens a paragraph without an event verb in its sentence (7月1日起，最低工资
标准…) is its own paragraph's, as before, and so is a holiday's (元旦节日期间, the days around it) and a
feature's day (a story with no dateline on a news page goes paragraph by paragraph: its scenes, README). Words: data/period.toml [event_days]. Used by
extractor/sentence_periods.py."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WRITTEN_DAY = re.compile("[0-9０-９一二三四五六七八九十]+[日号]")  # the day written as a date (18日), no holiday
_LEAD = 4  # the day within a few characters of its sentence's start (11月18日上午: the day itself)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, int, re.Pattern]:
    t = table("period.toml")["event_days"]
    return (re.compile(alternation(t["verbs"])), re.compile(f"(?:{alternation(t['dateline_ends'])})"),
            int(t["dateline_reach"]), re.compile(alternation(t["background_openers"])))


def event_day(text: str, sent_start: int, sent_end: int, lead: str, lead_at: int, lead_end: int) -> bool:
    """Whether lead, a day written as a date (lead_at to lead_end), opens the sentence (or follows the dateline
    that opens it) and the sentence says an event was held then (举行, 召开, 签约)."""
    if not _DAY.match(lead or "") or not _WRITTEN_DAY.search(text, lead_at, lead_end):
        return False
    verbs, dateline, reach, _ = _words()
    if lead_at - sent_start > _LEAD and not (lead_at - sent_start <= reach and dateline.search(text, sent_start, lead_at)):
        return False
    return bool(verbs.search(text, lead_at, sent_end))


def opens_background(text: str, at: int) -> bool:
    """Whether the paragraph starting at `at` opens on what someone told the writer (据介绍, 据了解)."""
    return bool(_words()[3].match(text, at))
