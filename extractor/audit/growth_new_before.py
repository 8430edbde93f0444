"""growth_new_before: a change whose base follows `比` in its clause and whose new level was said
a clause or a sentence before, found by arithmetic.

    9 月当月，社会消费品零售总额 186.73 亿元，同比增长 6.3%；比 8 月的 179.38 亿元增长 4.1%
    发放个人住房贷款 8624 笔、45.18 亿元…；发放笔数比上年的 7938 笔增长 8.6%
    …其中发明专利 3.42 万件、实用新型 9.63 万件…。发明专利授权量比上年的 3.08 万件增长 11.0%
A clause that opens a new subject or stands past `；` does not take the levels before it in
growth.py (they may be anything's); its base is in the text, its new level a number of the base's
measure in the same or the sentence before. Which of those is the new level the words do not say,
so one is kept only where the arithmetic gives the stated change within its written precision,
the change written with two significant digits or more and both levels sharp: arithmetic that
holds is the evidence; a miss is none, and the finding stays as growth.py had it.
"""
from __future__ import annotations

from .arith import digits, sharp
from .growth_calc import growth_draft
from .model import Draft, Num, PageView
from .wording import Change, is_increment

_BACK = 8  # numbers before the base looked at for the new level, nearest first
_DIGITS = 2  # significant digits the stated change needs (`增长 4%` fits too many pairs)


def new_level_before(view: PageView, ch: Change, direction: str, base: Num, change: Num | None) -> Draft | None:
    """The consistent growth of a level said before base (same sentence or the one before) over
    base, or None. change: ch's own fact, for its significant digits (None: a 倍 or a word)."""
    if ch.kind not in ("%", "个百分点") or change is None or digits(change) < _DIGITS or not sharp(base):
        return None
    sent = base.sentence
    for n in reversed(view.before(base.start, _BACK)):
        if n.sentence < sent - 1 or n.article != base.article:
            break
        if n is base or not n.same_measure(base) or is_increment(view, n) or not sharp(n):
            continue
        found = growth_draft(ch, direction, n, base)
        if found.verdict == "consistent":
            return found
    return None
