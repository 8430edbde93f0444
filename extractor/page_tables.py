"""Tables printed as lines of text (a web bulletin's or a PDF's table, copied cell by cell with spaces
between the cells):

    表1 2025年各区城镇新增就业情况（单位：万人）      caption: 表N, or a unit note 单位：X
    区 新增就业 比上年增长（%）                        header (optional): a name a column, no number
    滨海新区 9.8 5.4                                    rows: a label, then numbers only
    武清区 3.6 2.9

Prose joins its lines and drops the spaces between runs of digits (justification: `1 2 3`); a table's
lines are no prose: each is a paragraph of its own, the spaces between its cells stay, and a row
keeps its label (normalize.py, layout.py). A row's numbers carry no unit: the column's header names
it in brackets (`比上年增长（%）`), else the caption's unit note does (rules/table_cells.py).

A table opens with its caption (a row shape alone is no table: `参见 GB 50016` is prose); it
runs while its lines have a row's shape, a header only right under the caption. Each line is
read once; a number is looked up from its row back to the caption, at most _MOST_ROWS lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

# 表1, 表 2, 表三: a caption's opening, its number closed by a space or a mark (表12个区县 is prose)
_CAPTION_OPEN = re.compile(r"^表\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=[\s:：、.．\-—－]|$)")
# （单位：万人）, 单位:亿元: the unit of the table's numbers
_UNIT_NOTE = re.compile(r"单位\s*[：:]\s*(?P<unit>[^）)\s，,；;、]{1,8})")
# a header cell's own unit: 比上年增长（%）, 金额(万元)
_CELL_UNIT = re.compile(r"[（(](?P<unit>[^（）()]{1,6})[）)]$")
# a cell holding a number alone, a sign before it where it fell (东丽区 2.7 -1.8)
CELL_NUMBER = re.compile(r"[-−－]?[0-9０-９]+(?:[.．][0-9０-９]+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？；!?;]$")
_CAPTION_LONGEST = 60  # a caption is a line's name; a longer line is prose
_MOST_ROWS = 60  # a number's row is looked for this many lines under its caption at most
_MOST_CELLS = 12


def is_caption(line: str) -> bool:
    """`表1 2025年各区城镇新增就业情况（单位：万人）`, `单位：亿元`: a line that names a table."""
    text = line.strip()
    if not text or len(text) > _CAPTION_LONGEST or _SENTENCE_END.search(text):
        return False
    return bool(_CAPTION_OPEN.match(text)) or bool(_UNIT_NOTE.search(text))


def is_row(line: str) -> bool:
    """`滨海新区 9.8 5.4`: a label (words, no number alone) and one or more numbers, each a cell."""
    cells = line.split()
    if not 2 <= len(cells) <= _MOST_CELLS:
        return False
    return bool(_CJK.search(cells[0])) and not CELL_NUMBER.fullmatch(cells[0]) \
        and all(CELL_NUMBER.fullmatch(c) for c in cells[1:])


def is_header(line: str) -> bool:
    """`区 新增就业 比上年增长（%）`, `指标 2024年 2025年`: two or more names of columns, each in words."""
    cells = line.split()
    return 2 <= len(cells) <= _MOST_CELLS and not _SENTENCE_END.search(line.strip()) \
        and all(_CJK.search(c) or c in "%％" for c in cells)


def table_lines(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it is a table's caption, header or row (a table needs one row at least)."""
    marks = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not is_caption(lines[i]):
            i += 1
            continue
        j = i + 1
        if j < len(lines) and is_header(lines[j]) and not is_row(lines[j]):
            j += 1
        k = j
        while k < len(lines) and is_row(lines[k]):
            k += 1
        if k > j:
            marks[i:k] = [True] * (k - i)
        i = max(k, i + 1)
    return marks


@dataclass(frozen=True)
class Cell:
    """What a table says of one of its numbers: the unit written for it, its row's label, its column's
    name in the header (its bracketed unit left out; empty with no header) and the caption's words."""

    unit: Optional[str]
    label: str
    column: str
    caption: str


def cell_unit(text: str, start: int, end: int) -> Optional[str]:
    """The unit written for the number text[start:end] where it is a cell of a table row of normalized
    text (one line a row, cells split by spaces): its column's bracketed unit in the header, else the
    caption's unit note; None where the number is no such cell or no unit is written."""
    cell = table_cell(text, start, end)
    return cell.unit if cell else None


def table_cell(text: str, start: int, end: int) -> Optional[Cell]:
    """The Cell of the number text[start:end] where it is a cell of a table row (cell_unit), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    if not is_row(row):
        return None
    column = len(text[line_start:start].split())  # (the label is column 0)
    width = len(row.split())
    header = None
    pos = line_start
    for _ in range(_MOST_ROWS):
        if pos == 0:
            return None
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1]
        pos = prev_start
        if is_row(line):
            continue
        if is_caption(line):
            name = header[column] if header is not None and len(header) == width else ""
            own = _CELL_UNIT.search(name)
            note = _UNIT_NOTE.search(line)
            unit = own.group("unit") if own else note.group("unit") if note else None
            return Cell(unit, row.split()[0], name[:own.start()] if own else name, line)
        if header is None and is_header(line):
            header = line.split()
            continue
        return None
    return None
