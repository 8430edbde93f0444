"""The place of a table's total row (`合计 346030 4.6` under rows `谷城县 186420 5.2`, `南漳县 98360 3.8`): the area
that the places opening the rows above it all lie in, not the first row's nor the article's first place. Words:
data/place_scope.toml total_words. Used by extractor/place_scope.py."""
from __future__ import annotations

from typing import Optional

from .lexicon import table
from .place_sentences import value_of
from .record import Record

_LEAST_ROWS = 2  # a total of one row is no table's


def table_total_area(text: str, pos: int, before: list[Record]) -> Optional[str]:
    """The area enclosing every place that opens a line above the total line holding pos (the run of such lines
    right above it), where the line opens with a total word and there is one such area; else None."""
    line = text.rfind("\n", 0, pos) + 1
    if not text.startswith(tuple(table("place_scope.toml")["total_words"]), line):
        return None
    rows: list[Record] = []
    for p in reversed(before):
        if p.norm_start >= line:
            continue
        if p.norm_start > 0 and text[p.norm_start - 1] != "\n":
            continue  # (a place inside a row, not opening it)
        if rows and text.count("\n", p.norm_start, rows[-1].norm_start) != 1:
            break  # (the rows right above the total only)
        if not rows and text.count("\n", p.norm_start, line) != 1:
            return None
        rows.append(p)
    if len(rows) < _LEAST_ROWS:
        return None
    common = [name for name in rows[0].parent or () if all(name in (p.parent or ()) for p in rows[1:])]
    if not common or any(value_of(p) == common[0] for p in rows):
        return None
    return common[0]
