"""Numbers in the cells of a table printed as lines (page_tables.py): a row's number carries no unit,
the table writes it once, for a column in its header (`比上年增长（%）`) or for all in its caption's
unit note (`（单位：万人）`).

Rule:
    <cell number>       滨海新区 9.8 5.4 under 表1 …（单位：万人）/ 区 新增就业 比上年增长（%）:
                        9.8 is 98000 人 (count), 5.4 is 5.4 % (percent)

The unit's words are read by the other rules, as they would read them written after a number
(`1万人` is a count of 10000 人, `1亿元` money, `1%` a percentage): a table's unit is any unit prose
writes. A cell's sign is kept (`-1.8` in a growth column: no word of change carries it). A count
is whole (a cell of 场均 2.5 个 is an average this reads no better than a section label). What a cell
measures is read off its table too (cell_metric): its row's item in its column, or, for a row of a place
or a total, the caption's measure in its column.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ..candidate import Candidate
from ..fact_types import COUNT, MONEY, PERCENT
from ..lexicon import alternation, table
from ..page_tables import Cell, table_cell
from .base import Context, Rule, rule

_DIMENSIONS = (COUNT.name, MONEY.name, PERCENT.name)


@lru_cache(maxsize=256)
def unit_reading(unit: str) -> Optional[tuple[str, Decimal, Optional[str]]]:
    """(type, value of one unit, unit of the record) of a table's unit as the rules read `1<unit>`:
    万人 → (count, 10000, 人), 亿元 → (money, 100000000, 元), % → (percent, 1, %); None where no
    rule reads it as one money, count or percent fact of the whole text (吨, 平方米, 个月 … are no
    such fact)."""
    from . import find  # (the rules package imports this module)
    probe = "1" + unit
    found = [c for c in find(probe, _DIMENSIONS) if c.start == 0 and c.end == len(probe)]
    if len(found) != 1 or found[0].value_max is not None:
        return None
    c = found[0]
    return c.type, Decimal(str(c.value)), c.unit


_SIGNS = str.maketrans("−－０１２３４５６７８９．", "--0123456789.")


_CAPTION = table("page_tables.toml")["caption"]
_CAPTION_HEAD = re.compile(rf"^表\s*[0-9０-９一二三四五六七八九十]+(?:\s+|$)|^(?:\d{{4}}(?:/\d{{4}})?(?:学)?年(?:度)?)|^(?:{alternation(_CAPTION['breakdowns'])})"
                           rf"(?:[（(][^）)]*[）)])?")
_CAPTION_TAIL = re.compile(rf"(?:{alternation(_CAPTION['endings'])})?(?:[（(][^）)]*[）)])?$")
_UNIT_NOTE = re.compile(r"[（(]?\s*单位\s*[：:][^）)]*[）)]?")
_TOTALS = frozenset(table("page_tables.toml")["labels"]["totals"])


def caption_measure(caption: str) -> str:
    """表1 2025年各区城镇新增就业情况（单位：万人） → 城镇新增就业: the caption less its number, year,
    breakdown, table word and unit note (data/page_tables.toml [caption])."""
    text = _UNIT_NOTE.sub("", caption).strip()
    while True:
        head = _CAPTION_HEAD.search(text)
        if not head or not head.group():
            break
        text = text[head.end():].lstrip()
    while True:  # (学校情况统计表: a table word after another)
        tail = _CAPTION_TAIL.search(text)
        if not tail or not tail.group():
            return text
        text = text[:tail.start()]


def cell_metric(cell: Cell) -> Optional[str]:
    """What a cell measures, read off its table: a row of a place or a total measures the caption's
    measure, in its column (滨海新区 9.8 under 区 新增就业: 城镇新增就业; 5.4 under 比上年增长: 城镇新增就业比上年增长);
    a row of an item measures that item in its column (城镇职工基本养老保险 1598.2 under 基金收入:
    城镇职工基本养老保险基金收入)."""
    from ..names.divisions import gazetteer  # (the gazetteer is read only for a table's cell)
    label, column = cell.label, cell.column
    if label in _TOTALS or gazetteer().full(label) or gazetteer().short(label):
        measure = caption_measure(cell.caption)
        if column and column not in measure:
            measure += column
        return measure or None
    return label + column if column not in label else label


def _cell(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    cell = table_cell(ctx.text, m.start(), m.end())
    reading = unit_reading(cell.unit) if cell and cell.unit else None
    if reading is None:
        return None
    kind, one, record_unit = reading
    value = Decimal(m.group("amount").translate(_SIGNS)) * one
    if kind == COUNT.name and value != value.to_integral_value():
        return None
    if kind != PERCENT.name and value == value.to_integral_value():
        value = Decimal(int(value))
    return Candidate(m.start(), m.end(), kind, value, record_unit, "exact", None, r.name, metric=cell_metric(cell))


# a number standing alone between a table row's spaces (the line's end closes the last cell)
RULES = [
    rule("<table cell number>", COUNT.name,
         r"(?<= )(?P<amount>[-−－]?\d+(?:\.\d+)?)(?=[ \n]|\Z)", _cell),
]
