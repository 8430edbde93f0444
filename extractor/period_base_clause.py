"""A clause that only states the base of a comparison (全年接待游客1826.4万人次，上年为1666.4万人次，增长9.6%):
its year (上年, 去年同期) is that clause's own number's; the clauses after it go on with the year the sentence
speaks of (the growth 9.6% is 2025's, not the base year's), as 比上年的1666.4万人次增长9.6% reads already. So is a base set in brackets with its own figure (涨幅比上月(9月份
上涨0.4%)扩大0.2个百分点;环比下降0.1%): its time is the bracket's figure's; the figures after the bracket keep the
sentence's month (bracketed_base). A bracket glossing a time with no figure of its own ("十四五"时期(2021-2025年),…)
is no base: it dates what follows. Words: data/period.toml [base_clauses]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAK_CLASS, last_mark
from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    t = table("period.toml")["base_clauses"]
    return re.compile(rf"(?:{alternation(t['years'])})(?:{alternation(t['verbs'])})")


def opens_base_clause(text: str, at: int) -> bool:
    """The time at `at` opens a clause stating a base (…，上年为…; 去年同期是…)."""
    if not _opening().match(text, at):
        return False
    # (a base said inside a clause, 比上年为高, is no clause of its own)
    return at == 0 or BREAK_CLASS.match(text, at - 1) is not None


def base_clause_only(text: str, at: int, pos: int) -> bool:
    """The time at `at` opens a clause stating a base (上年为…, 去年同期是…), and the figure at pos stands in a
    later clause: that time is not the figure's."""
    return opens_base_clause(text, at) and BREAK_CLASS.search(text, at, pos) is not None


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
