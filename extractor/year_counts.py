"""How a count of years is written (三年, ３年, 两年, the 十一 of “十一五”) and how far a clause reaches: shared by
the five-year plans (five_years.py), the few years counted from the writing (recent_years.py) and the points of a
span (span_points.py), which each read their own words."""
from __future__ import annotations

import re

from .clauses import BREAKS, HALFWIDTH_BREAKS
from .numerals import digit_values

# the plain numerals 一 … 九, in order, from the numeral table (its first spelling of each value)
DIGITS = "".join(next(ch for ch, v in digit_values().items() if v == n) for n in range(1, 10))
_FIGURES = str.maketrans("０１２３４５６７８９", "0123456789")
# a clause break, in its full-width or its ASCII form (the text here is read raw)
CLAUSE_BREAK = re.compile(f"[{re.escape(BREAKS + HALFWIDTH_BREAKS)}]")
CLAUSE_REACH = 40


def small_number(s: str) -> int:
    """The value of a number up to 十九 written in words (十一: 11; 五: 5)."""
    if s == "十":
        return 10
    tens = 10 if s.startswith("十") else 0
    return tens + DIGITS.index(s[-1]) + 1


def count_years(s: str) -> int:
    """The value of a count of years in figures or words (３, 12, 两, 十)."""
    s = s.translate(_FIGURES)
    return int(s) if s.isdigit() else small_number(s.replace("两", "二"))
