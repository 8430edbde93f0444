"""The place of a table's total row (`合计 346030 4.6` under rows `谷城县 186420 5.2`, `南漳县 98360 3.8`): the area
that the places opening the rows above it all lie in, not the first row's nor the article's first place. Words:
data/place_scope.toml total_words. Used by extractor/place_scope.py."""
from __future__ import annotations

from typing import Optional

from .lexicon import table
from .place_sentences import value_of
from .record import Record

_LEAST_ROWS = 2  # a total of one row is no table's
_ROW_LONGEST = 80  # a row of a table is a short line
_ROW_REACH = 40  # a total row's figure stands this near its line's start (the search back stays short on a long line)


def table_total_area(text: str, pos: int, before: list[Record]) -> Optional[str]:
    """The area enclosing every place that opens a line above the total line holding pos (the run of such lines
    right above it), where the line opens with a total word and there is one such area; else None."""
    lo = max(0, pos - _ROW_REACH)
    line = text.rfind("\n", lo, pos) + 1
    if (line == 0 and lo > 0) or not text.startswith(tuple(table("place_scope.toml")["total_words"]), line):
        return None
    # the lines right above it, each opened by a place (read line by line back, each a short row: linear)
    opening = {p.norm_start: p for p in before}
    rows: list[Record] = []
    end = line - 1
    while end > 0:
        lo = max(0, end - _ROW_LONGEST)
        start = text.rfind("\n", lo, end) + 1
        row = opening.get(start) if start or not lo else None
        if row is None:
            break
        rows.append(row)
        end = start - 1
    if len(rows) < _LEAST_ROWS:
        return None
    common = [name for name in rows[0].parent or () if all(name in (p.parent or ()) for p in rows[1:])]
    if not common or any(value_of(p) == common[0] for p in rows):
        return None
    return common[0]
