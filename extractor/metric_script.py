"""Pages printed in traditional characters, read by the metric rules in simplified ones.

The metric rules and their word lists are written in simplified characters; a page printed in
traditional ones (`鄉村供銷社在農村零售總額中的比重已佔百分之六十`) defeated them: the counted noun
after `個` went unseen, `萬` ended a number early and left `萬二千餘人` as the phrase. The
rules read the page through data/traditional.txt instead (one character for one, so offsets stay
put), and the phrase they give is written back as the page prints it: a user reading the record
sees the words of the page. The pipeline's pages come already in their simplified view (page.py),
with their printed text beside it (metric_for's `printed`); the view here serves a caller that
gives metric_for a printed text of its own.
"""
from __future__ import annotations

from functools import lru_cache

from .traditional import simplified_view, to_simplified as _table

# how far around the number the phrase is looked for (the subject read back from earlier clauses
# lies within this; a longer reach only costs a bounded scan per number)
_REACH = 600


@lru_cache(maxsize=4)
def simplified(text: str) -> str:
    """The text with its traditional characters in simplified form, the same length; the very
    text where it holds none (read once per page: the pipeline asks for each of its numbers)."""
    return simplified_view(text)


def unit_simplified(unit: str | None) -> str | None:
    return unit.translate(_table()) if unit else unit


def as_printed(phrase: str | None, view: str, text: str, start: int, end: int) -> str | None:
    """The phrase read in the simplified view, in the characters the page prints: the same
    stretch of the page where the phrase stands in the view near the number, else each character
    given back as the view's surroundings had it (a phrase joined from two places)."""
    if not phrase:
        return phrase
    lo, hi = max(0, start - _REACH), min(len(view), end + _REACH)
    at = view.rfind(phrase, lo, end + len(phrase))
    if at < 0:
        at = view.find(phrase, lo, hi)
    if at >= 0:
        return text[at:at + len(phrase)]
    back = {view[i]: text[i] for i in range(lo, hi) if view[i] != text[i]}
    return "".join(back.get(ch, ch) for ch in phrase)
