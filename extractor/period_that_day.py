"""当天, 当日 in a dispatch (本报某地１月６日电 … １月４日，某市举行…。当天共有…): the day the word points back to, the one
written last before it in its paragraph; with none there, the dispatch's own day, as 今天 (extractor/time_exprs.py reads
it among the dateline's day words, data/period.toml [dateline_days] and [that_day]). Not where 当 is 'when' before a
word (当天然气价格上调后, 当日本…): the segmenter must cut 当天 as a word of its own (data/period.toml [that_day]
not_after holds what it cuts so and is not: 当日元贬值时). A day written after the day filed, or one before 前
(须在１月２０日前办理), is a deadline, not a day the story tells of: 当天 does not point back to it."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
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


_CUT_REACH = 8  # characters from 当天 on that the segmenter reads to tell 当天 from 当 + 天然气


@lru_cache(maxsize=1)
def _deadline_after() -> tuple[str, ...]:
    return tuple(table("period.toml").get("that_day", {}).get("deadline_after", []))


@lru_cache(maxsize=1)
def _segmenter():  # its own: 当天 is read rarely, a few characters at a time
    from .segment import Segmenter
    return Segmenter()


def is_that_day_word(word: str) -> bool:
    """当天, 当日: a word that points back to a day (data/period.toml [that_day] words)."""
    return word in _words()[0]


def names_that_day(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at` is the word 'that day', not 当 'when' before a name (当日本…) nor part of another word
    (相当日…)."""
    _, not_after, not_before = _words()
    if text.startswith(not_after, at + len(word)) or text.endswith(not_before, 0, at):
        return False
    cut = _segmenter().cut(text[at:at + _CUT_REACH])
    return bool(cut) and cut[0] == word


def that_day(page: Page, dates: Sorted, since: int, at: int, filed: date,
             day_words: tuple[tuple[str, object], ...]) -> date:
    """The day 当天 at `at` points back to: the one written or named last between since (its paragraph's start) and
    at, a whole day (1998-01-04) or a day counted from the dateline (昨天: filed minus one); else the day filed."""
    written = _written_day(page, dates, since, at, filed)
    named = _named_day(page.text, since, at, day_words)
    if named and (not written or named[0] > written[0]):
        return filed + timedelta(days=named[1])
    return date.fromisoformat(written[1]) if written else filed


def _written_day(page: Page, dates: Sorted, since: int, at: int, filed: date) -> Optional[tuple[int, str]]:
    """(where, day) of the last whole day (1998-01-04) written between since and at, not a deadline: a day after the
    day filed, or one before 前 (须在１月２０日前)."""
    i = bisect_left(dates.starts, at) - 1
    while i >= 0 and dates.items[i].norm_start >= since:
        d = dates.items[i]
        if d.norm_end <= at and _DAY.match(day := date_period(page, d, None, None)) \
                and day <= filed.isoformat() and not page.text.startswith(_deadline_after(), d.norm_end):
            return d.norm_start, day
        i -= 1
    return None


def _named_day(text: str, since: int, at: int, day_words: tuple[tuple[str, object], ...]) -> Optional[tuple[int, int]]:
    """(where, days from the dateline) of the last day word (今天, 昨天; not 当天 itself) between since and at."""
    best: Optional[tuple[int, int]] = None
    for word, delta in day_words:
        if not isinstance(delta, int) or is_that_day_word(word):
            continue
        where = text.rfind(word, since, at)
        if where >= 0 and (best is None or where > best[0]):
            best = (where, delta)
    return best
