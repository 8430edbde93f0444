"""A clause that only states the base of a comparison (全年接待游客1826.4万人次，上年为1666.4万人次，增长9.6%):
its year (上年, 去年同期) is that clause's own number's; the clauses after it go on with the year the sentence
speaks of (the growth 9.6% is 2025's, not the base year's), as 比上年的1666.4万人次增长9.6% reads already. So is a base set in brackets with its own figure (涨幅比上月(9月份
上涨0.4%)扩大0.2个百分点;环比下降0.1%): its time is the bracket's figure's; the figures after the bracket keep the
sentence's month (bracketed_base). A bracket glossing a time with no figure of its own ("十四五"时期(2021-2025年),…)
is no base: it dates what follows. A clause naming the year before's own measure (…，上年的增幅为９％) is a base clause too. A clause that opens with the year before as its own subject inside a
sentence (…比上年提高2.5个百分点；上年优良天数331天，比例为90.4%，全年优良天数增加8天) states the year before's
figures: they and the levels in the clauses after it (比例为90.4%) take the year before the one the sentence speaks
of, up to a clause with a time of its own (全年…), a change (…，增长9.6%: the year spoken of against that base) or the
statement's end (；). Words: data/period.toml [base_clauses]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .clauses import BREAK_CLASS, last_mark
from .lexicon import alternation, table
from .time_exprs_words import year_before_words

Found = Sequence[tuple[int, int, Optional[str], str]]  # a sentence's times: start, end, period, kind


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    t = table("period.toml")["base_clauses"]
    # (上年为…; 上年的增幅为９％: a measure of the year before named between, then its own figure)
    owned = rf"(?:的[^，,。；;：:、0-9０-９]{{1,{int(t['owned_reach'])}}}?(?=(?:{alternation(t['verbs'])})[0-9０-９]))?"
    return re.compile(rf"(?:{alternation(t['years'])}){owned}(?:{alternation(t['verbs'])})")


def opens_base_clause(text: str, at: int) -> bool:
    """The time at `at` opens a clause stating a base (…，上年为…; 去年同期是…)."""
    if not _opening().match(text, at):
        return False
    # (a base said inside a clause, 比上年为高, is no clause of its own)
    return at == 0 or BREAK_CLASS.match(text, at - 1) is not None


@lru_cache(maxsize=1)
def _subject() -> tuple[re.Pattern, re.Pattern]:
    """The year before opening a clause as its subject (上年优良天数…), and a change in a later clause (增长, 比…)."""
    t = table("period.toml")["base_clauses"]
    return (re.compile(rf"(?:{alternation(t['years'])})(?![{''.join(t['subject_not_after'])}])"),
            re.compile(alternation(t["changes"])))


def opens_year_before_subject(text: str, at: int, found: Found = ()) -> bool:
    """The time at `at` is the year before opening a clause inside a sentence as its subject (…；上年优良天数331天)
    after a year of its own that the sentence states before it (found: the sentence's times, as Times.of reads them:
    2025年，…；上年…; not a day or a year's end, 1月9日…；去年底…；去年国民经济增长率为…: a news story's own year). Not a base's verb (上年为…), a time of its own (上年末, 上年以来), a topic set off (去年，…), a
    sentence's opening (去年全省…: the year the story goes on with), nor a 去年 with no year before it in its sentence
    (据调查，去年全国…; 他说，去年…: the year the text speaks of, counted from the writing). 上年 counts from the year
    the sentence states; 去年 counts from the writing, and is that year's year before only where the two agree (a
    bulletin of 2025: 2025年，…；去年… is 2024), not in a report given in 2026 (2021年，…；去年全市…突破7000亿元，年均
    增长6.5%: 2025, a time of its own, and the average growth spans 2021/2025)."""
    if not (at > 0 and text[at - 1] in _INSIDE_BREAKS and _subject()[0].match(text, at) is not None):
        return False
    stated = [period for a, _, period, kind in found if a < at and not kind and period and period.isdigit()]
    if not stated:
        return False
    own = next((period for a, _, period, _ in found if a == at), None)
    return text.startswith(year_before_words(), at) or own == str(int(stated[-1]) - 1)


def opens_base_clause(text: str, at: int, found: Found = ()) -> bool:
    """The time at `at` opens a clause stating a base (…，上年为…; 去年同期是…) or the year before's own figures
    (…；上年优良天数… after 2025年，…: opens_year_before_subject, where the sentence's times are given)."""
    if not _opening().match(text, at) and not opens_year_before_subject(text, at, found):
        return False
    # (a base said inside a clause, 比上年为高, is no clause of its own)
    return at == 0 or BREAK_CLASS.match(text, at - 1) is not None


def base_clause_only(text: str, at: int, pos: int, found: Found = ()) -> bool:
    """The time at `at` opens a clause stating a base (上年为…, 去年同期是…), and the figure at pos stands in a
    later clause: that time is not the figure's. After the year before as a subject (上年优良天数331天，比例为90.4%),
    a later clause goes on with it while it states a level: not past a semicolon nor in a clause of a change."""
    if not opens_base_clause(text, at, found) or BREAK_CLASS.search(text, at, pos) is None:
        return False
    if not opens_year_before_subject(text, at, found) or _STATEMENT_END.search(text, at, pos):
        return True
    clause = max(text.rfind(c, at, pos) for c in _INSIDE_BREAKS)
    return _subject()[1].search(text, clause, pos) is not None


_INSIDE_BREAKS = "，,；;"  # a clause inside a sentence opens after these
_STATEMENT_END = re.compile("[；;。！？]")  # (not a line break: a PDF text breaks its lines anywhere)
_OPENING_BRACKET = "（("
_CLOSING_BRACKET = "）)"
_FIGURE = re.compile(r"[0-9０-９]")
_ASIDE = 40  # characters a bracketed base runs on after its time at most (9月份上涨0.4%)


def bracketed_base(text: str, at: int, end: int, pos: int) -> bool:
    """Whether the time at..end lies in a bracket (opened right before it, 9月份 at the bracket's start or after a word)
    that holds a figure after the time and closes before pos: a base set aside, not the time of the figure at pos."""
    opened = last_mark(text, _OPENING_BRACKET, max(0, at - 8), at)
    if opened < 0 or any(c in text[opened:at] for c in _CLOSING_BRACKET):
        return False
    reach = min(pos, end + _ASIDE)  # (an aside is short: the search stays bounded on a long sentence)
    closed = min((i for i in (text.find(c, end, reach) for c in _CLOSING_BRACKET) if i >= 0), default=-1)
    return closed >= 0 and bool(_FIGURE.search(text, end, closed))
