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
# a count of years (３, 12, 两, 十二) before its 年, not the end of a longer number (一九九六年, 二○○二年, 三百年:
# the last numeral of a year written or of a larger count): the number as group k
YEARS_COUNT = rf"(?<![0-9０-９十百千万亿零〇○{DIGITS}两几数])(?P<k>[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十)"
# a year written in full, in figures or in words (１９９６年, 一九九六年, 二〇〇二年)
YEAR_WRITTEN = rf"(?:[0-9０-９]{{4}}|[一二][〇○零{DIGITS}]{{3}})年"


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
