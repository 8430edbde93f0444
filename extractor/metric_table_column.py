"""A table of places and amounts that normalize() ran together on one line (a PDF's columns,
`镇（街道）分配金额⏎湄江街道 168万元⏎…合 计 3586万元` read as `镇（街道）分配金额湄江街道168万元…合计3586万元`):
each amount measures the amount column's name in the header (`分配金额`), not the row's place (the
place is the fact's place, and a place name alone is never a metric). A line is such a table where it
holds at least [table_column] least_rows amounts written the same way, each right after a label
that is one place name (or a total, 合计), the first label after the header. Words:
data/metric.toml [table_column]. Each number reads one bounded line."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_places import one_place
from .names.divisions import gazetteer
from .unit_amounts import unit_amounts

_LINE_REACH = 600  # the longest line read as a table (a longer one is prose, or a table too long to be sure)
_LABEL_LONGEST = 8  # the longest place name of a row (黄家坝街道)
_NOT_LABEL = re.compile("[，。；：！？、,;:!?\\d]")
_UNIT_BRACKET = re.compile("[（(][^）)]{1,6}[）)]$")  # 分配金额（万元）: the column's unit is no part of its name


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset, int]:
    t = table("metric.toml")["table_column"]
    return re.compile(f"^(?:{alternation(t['row_heads'])})+"), frozenset(t["totals"]), t["least_rows"]


def table_column(text: str, start: int, end: int) -> str | None:
    """镇（街道）分配金额湄江街道168万元黄家坝街道142万元… → 分配金额 for each amount of the table
    (None where the number's line is no such table or its header names no column)."""
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        line_end = min(len(text), end + _LINE_REACH)
    if line_start == 0 and start >= _LINE_REACH:
        return None
    suffix = re.sub(r"^[\d.]+", "", text[start:end])
    if not suffix or suffix == text[start:end]:
        return None
    amounts = unit_amounts(text, suffix, line_start, line_end)
    heads, totals, least = _words()
    if len(amounts) < least:
        return None
    labels = [text[line_start:line_start + amounts[0][0]]]
    labels += [text[line_start + a[1]:line_start + b[0]] for a, b in zip(amounts, amounts[1:])]
    if text[line_start + amounts[-1][1]:line_end].strip():
        return None  # (words after the last amount: a sentence, not a table)
    first = _place_suffix(labels[0])
    if first is None or any(_NOT_LABEL.search(x) for x in labels[1:]) \
            or not all(x in totals or _is_place(x) for x in labels[1:]):
        return None
    header = heads.sub("", labels[0][: len(labels[0]) - len(first)])
    header = _UNIT_BRACKET.sub("", header)
    return header if len(header) >= 2 and not _NOT_LABEL.search(header) else None


def _place_suffix(label: str) -> str | None:
    """The place name that ends the header line's text (its first row's label), None where none does."""
    for n in range(min(_LABEL_LONGEST, len(label) - 1), 1, -1):
        if _is_place(label[-n:]):
            return label[-n:]
    return None


def _is_place(label: str) -> bool:
    """黄家坝街道: a division's full name in the gazetteer (a township jieba does not know), or a word
    jieba tags as a place."""
    return bool(gazetteer().full(label)) or one_place(label)
