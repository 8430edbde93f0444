"""A habit told in a news story (垦区每年划拨１５００万元, 每月捐献１０００铢, 往往在几十个国家设立机构): what is
done again and again, year after year, has no period of its own. A year the story stated before (its review
of 1997), or the month a dispatch was filed in, is not when it happens: the figure is null, as the DEV gold
reads it. A yearly average (平均每年递增２０％, 每年平均) is the span it averages over, not a habit, and a
habit set in a plan (从今年起每年拿出６０万元) is the plan's year."""
from __future__ import annotations

from typing import Optional

from .clauses import BREAK_CLASS
from .issue_date import Issued
from .time_exprs_words import period_list


def habitual(text: str, start: int, pos: int, carried: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether the number at pos, with no time before it in its sentence (from start), is a habit its clause
    tells (data/period.toml habit_words, not after average_words) on a news page, carried no plan's year (a
    year from the issue's on)."""
    if issued is None or (carried and carried.isdigit() and int(carried) >= issued.year):
        return False
    clause = BREAK_CLASS.split(text[start:pos])[-1]
    return any(w in clause for w in period_list("habit_words")) and \
        not any(w in clause for w in period_list("average_words"))
