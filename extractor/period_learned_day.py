"""A reporter's day of learning (`记者4月15日从某区统计局获悉，一季度，全区…`): the day the news was had, in a
clause that ends on a verb of learning and holds no figure, is no time of the sentence's figures nor of the
sentences after it; the time after it (一季度) leads. Words: data/period.toml learned_verbs. Used by
extractor/sentence_periods.py."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAK_CLASS
from .lexicon import alternation, table

_A_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIGURE = re.compile(r"[0-9０-９]")
_CLAUSE_LONGEST = 40  # the farthest a clause of learning runs from its day to its verb


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    return re.compile(rf"(?:{alternation(table('period.toml')['learned_verbs'])})(?=[，,：:])")


def learned_day(text: str, end: int, period: str | None) -> bool:
    """Whether the day ending at `end` stands in a clause of learning (从某局获悉，) with no figure after it."""
    if not period or not _A_DAY.match(period):
        return False
    m = _verbs().search(text, end, end + _CLAUSE_LONGEST)
    if m is None:
        return False
    between = text[end:m.start()]
    return not _FIGURE.search(between) and BREAK_CLASS.search(between) is None
