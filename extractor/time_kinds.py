"""What a time expression is to the facts around it: a comparison's base (比上年), a target (力争到2030年), a price
year, a label, a deadline, a beginning, or a period; apart from the finding of times (time_exprs.py), since each
rule reads only the words right around one time."""
from __future__ import annotations

from typing import Optional

from .date_periods import deadline_day
from .period_basis import allocation_basis
from .period_shapes import began, period_words as _period_words
from .time_exprs_words import label_before, multiplies_a_base, sums_a_base, year_before_words

def time_kind(text: str, s: int, bare_year: Optional[int] = None, year: Optional[int] = None,
          end: Optional[int] = None) -> str:
    """What the time expression at s is: a comparison's base, a target, or ("") a period
    (and, set by the callers, "now", "day", "month" and "recent": periods of the facts after them in
    their sentence that lead no sentence; "deadline": a day a target is met by, its own sentence's only; "price": a
    year of prices, "label": a year a thing is named for, no period of any fact).
    bare_year: its year where it is a year alone; 到<year> is a target only after the article's year.
    end: where it ends, for a level it names (1997年的水平: a base) or a beginning (1921年生于北京)."""
    pw = _period_words()
    if end is not None and text.startswith(pw.price_after, end) and not text.endswith(pw.base_before, 0, s):
        return "price"  # 按1952年不变价格计算: the prices a value is reckoned in, no period nor base
    if end is not None and deadline_day(text, end):
        return "deadline"  # 2027年6月30日前…达到100%: as of the day, its own sentence's only (as a target, README)
    if end is not None and allocation_basis(text, s, end):
        return "price"  # 按…上年度考核结果等因素测算: the data a share is reckoned from (extractor/period_basis.py)
    if text.endswith(label_before(), 0, s):
        return "label"  # 面向2030年的科技创新重大项目: what a thing aims at, no period of any fact
    if text.endswith(pw.base_before, 0, s) or (end is not None and text.startswith(pw.level_after, end)) \
            or (text.endswith(pw.from_before, 0, s) and text.startswith(year_before_words(), s)):
        return "base"  # (由上年下降2.3%转为增长8.5%: the level a change starts from, like 比上年)
    if end is not None and (sums_a_base(text, s, end) or multiplies_a_base(text, s, end)):
        return "base"  # 相当于1950年到1997年…的总和: the years a figure is set against
    if end is not None and began(text, s, end):
        return "began"  # the period of the facts after it in its sentence, never carried on
    if is_target(text, s, False):
        return "target"
    if bare_year is not None and is_target(text, s, True) and (year is None or bare_year > year):
        return "target"
    return ""


def is_target(text: str, s: int, bare_year: bool) -> bool:
    """力争到2030年, 预计2027年, 到2027年 (not 截至2023年): a year the text aims at."""
    pw = _period_words()
    if text.endswith(pw.target_before, 0, s):
        return True
    return bare_year and text.endswith(pw.target_year_before, 0, s) and not text.endswith(pw.not_target_before, 0, s)
