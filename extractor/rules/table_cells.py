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
from ..page_tables import Cell, table_cell, table_numbers
from .count import CLASSIFIERS
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


# a row label's item mark and 其中 (（一）予以公开, 一、本年新收…, 其中：属于国家秘密): no part of what it measures
_LABEL_MARK = re.compile(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．])?"
                         r"(?:其中[：:，,]?)?")


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
    label, column = _LABEL_MARK.sub("", cell.label) or cell.label, cell.column
    if label in _TOTALS or gazetteer().full(label) or gazetteer().short(label):
        measure = caption_measure(cell.caption)
        if column and column not in measure:
            measure += column
        return measure or None
    return label + column if column not in label else label


# a count of three digits or more written with its classifier in prose (186件): distinctive enough that a
# table's cell of the same number is the same count
_PROSE_COUNT = re.compile(rf"(?<![\d.])(?P<number>\d{{3,}})(?P<unit>{alternation(CLASSIFIERS)})")
_SHARED_LEAST = 2  # numbers a table shares with prose, all in one unit, before the unit is the table's


@lru_cache(maxsize=4)
def _prose_counts(text: str) -> dict[str, frozenset[str]]:
    """Each number of three digits or more that the text writes with a classifier: its classifiers."""
    found: dict[str, set[str]] = {}
    for m in _PROSE_COUNT.finditer(text):
        found.setdefault(m.group("number"), set()).add(m.group("unit"))
    return {n: frozenset(u) for n, u in found.items()}


def prose_unit(text: str, cell: Cell) -> Optional[str]:
    """The unit of a table that writes none, where its page writes two or more of its numbers of three
    digits or more in prose, all with one classifier (a report's table of applications 186 and 182
    under 自然人/总计, and 收到申请186件, 办结182件 in its text: 件); None else (one number shared, 436
    under 行政处罚 and 436条 of another thing, tells nothing)."""
    counts = _prose_counts(text)
    shared = {n for n in table_numbers(text, cell.opening) if n in counts}
    units = frozenset().union(*(counts[n] for n in shared)) if shared else frozenset()
    return next(iter(units)) if len(shared) >= _SHARED_LEAST and len(units) == 1 else None


def _cell(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    cell = table_cell(ctx.text, m.start(), m.end())
    unit = (cell.unit or prose_unit(ctx.text, cell)) if cell else None
    reading = unit_reading(unit) if unit else None
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
