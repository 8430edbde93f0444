"""The figures of a stretch of text written in one unit (`168万元`, `142万元` for the unit 万元): the
amounts of a table's column (metric_table_column.py) or of a run of items by period (metric_period_item.py).

Each of those readers built the pattern `\\d[\\d.]*<unit>` for the figure's own unit and compiled it at the
unit's first use in a process (some 300 units over 800 news articles: a tenth of a CPU second). One pattern of
the digits, compiled once, and a test of the unit after them find the same figures."""
from __future__ import annotations

import re

_DIGITS = re.compile(r"\d[\d.]*")
_NUMBER_CHARS = re.compile(r"[\d.]")


def unit_amounts(text: str, unit: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each figure `\\d[\\d.]*<unit>` in text[lo:hi], counted from lo: what
    re.finditer(f"\\\\d[\\\\d.]*{re.escape(unit)}", text[lo:hi]) finds. A unit that opens with no digit or
    point never lets a figure's digits give some of theirs to it: a figure is a whole run of digits
    and points that the unit follows, and the next figure is sought after the unit."""
    if _NUMBER_CHARS.match(unit):  # (never so for a figure's unit: the pattern's own search, as before)
        return [(m.start(), m.end()) for m in re.finditer(f"\\d[\\d.]*{re.escape(unit)}", text[lo:hi])]
    out = []
    at = lo
    while (m := _DIGITS.search(text, at, hi)) is not None:
        at = m.end()
        if text.startswith(unit, at, hi):
            at += len(unit)
            out.append((m.start() - lo, at - lo))
    return out
