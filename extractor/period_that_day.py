"""当天, 当日 in a dispatch (本报某地１月６日电 … １月４日，某市举行…。当天共有…): the day the word points back to, the one
written last before it in its paragraph; with none there, the dispatch's own day, as 今天 (extractor/time_exprs.py reads
it among the dateline's day words, data/period.toml [dateline_days] and [that_day]). Not where 当 is 'when' before a
name (当日本…, 当天津…: data/period.toml [that_day] not_after)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .date_periods import date_period
from .lexicon import table
from .page import Page
from .place_sentences import Sorted

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    t = table("period.toml").get("that_day", {})
    return frozenset(t.get("words", [])), tuple(t.get("not_after", [])), tuple(t.get("not_before", []))


def is_that_day_word(word: str) -> bool:
    """当天, 当日: a word that points back to a day (data/period.toml [that_day] words)."""
    return word in _words()[0]


def names_that_day(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at` is the word 'that day', not 当 'when' before a name (当日本…) nor part of another word
    (相当日…)."""
    _, not_after, not_before = _words()
    return not text.startswith(not_after, at + len(word)) and not text.endswith(not_before, 0, at)


def day_before(page: Page, dates: Sorted, since: int, at: int) -> Optional[str]:
    """The last whole day (1998-01-04) written between since (the paragraph's start) and at, or None."""
    i = bisect_left(dates.starts, at) - 1
    while i >= 0 and dates.items[i].norm_start >= since:
        d = dates.items[i]
        if d.norm_end <= at and _DAY.match(day := date_period(page, d, None, None)):
            return day
        i -= 1
    return None
