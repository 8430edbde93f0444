"""Tables printed as lines of text (a web bulletin's or a PDF's table, copied cell by cell with spaces
between the cells):

    表1 2025年各区城镇新增就业情况（单位：万人）      caption: 表N, or a unit note 单位：X
    区 新增就业 比上年增长（%）                        header (optional): a name a column, no number
    滨海新区 9.8 5.4                                    rows: a label, then numbers only
    武清区 3.6 2.9

A web table copied with bars between its cells (`第一产业投资 | 86.42 | 12.5`) reads as one with spaces.
Prose joins its lines and drops the spaces between runs of digits (justification: `1 2 3`); a table's
lines are no prose: each is a paragraph of its own, the spaces between its cells stay, and a row
keeps its label (normalize.py, layout.py). A row's numbers carry no unit: the column's header names
it in brackets (`比上年增长（%）`), else the caption's unit note does (rules/table_cells.py).

A table opens with its caption (a row shape alone is no table: `参见 GB 50016` is prose), or with
a header whose columns the row under it fills one to one (a PDF's standard table, no caption:
`信息内容 本年制发件数 本年废止件数` over `行政规范性文件 23 9`); it runs while its lines have a
row's shape, a header only right under the caption. A one-cell line of words between rows is a
group's label (`三、本年度办理结果` over `（一）予以公开 64 14 78`) where the row under it is as wide
as the table's first row. Each line is read once; a number is looked up from its row back to the
table's opening, at most _MOST_ROWS lines. A cell's unit is its column's bracketed unit, else a
column named a number of things (`本年制发件数`: 件, data/page_tables.toml [columns]), else the
caption's unit note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .lexicon import alternation, table

# 表1, 表 2, 表三: a caption's opening, its number closed by a space or a mark (表12个区县 is prose)
_CAPTION_OPEN = re.compile(r"^表\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=[\s:：、.．\-—－]|$)")
# （单位：万人）, 单位:亿元: the unit of the table's numbers
_UNIT_NOTE = re.compile(r"单位\s*[：:]\s*(?P<unit>[^）)\s，,；;、]{1,8})")
# a header cell's own unit: 比上年增长（%）, 金额(万元)
_CELL_UNIT = re.compile(r"[（(](?P<unit>[^（）()]{1,6})[）)]$")
# a cell holding a number alone, a sign before it where it fell (东丽区 2.7 -1.8)
CELL_NUMBER = re.compile(r"[-−－]?[0-9０-９]+(?:[.．][0-9０-９]+)?")
# 本年制发件数, 参保人数: a column named the number of a measure word's things, its unit that word
_COUNTED_COLUMN = re.compile(rf"(?P<unit>{alternation(table('page_tables.toml')['columns']['counted'])})数$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CELL_SPLIT = re.compile(r"[\s|｜]+")  # (a bar between cells is a web table's copied rule)
_SENTENCE_END = re.compile(r"[。！？；!?;]$")
_CAPTION_LONGEST = 60  # a caption is a line's name; a longer line is prose
_MOST_ROWS = 60  # a number's row is looked for this many lines under its caption at most
_MOST_CELLS = 12
_LABEL_LONGEST = 30  # a group's label between rows is a short line of words


def cells_of(line: str) -> list[str]:
    """A line's cells: split at spaces, tabs and the bars a web table is copied with (`第一产业投资 | 86.42 | 12.5`)."""
    return [c for c in _CELL_SPLIT.split(line) if c]


def is_caption(line: str) -> bool:
    """`表1 2025年各区城镇新增就业情况（单位：万人）`, `单位：亿元`: a line that names a table."""
    text = line.strip()
    if not text or len(text) > _CAPTION_LONGEST or _SENTENCE_END.search(text):
        return False
    return bool(_CAPTION_OPEN.match(text)) or bool(_UNIT_NOTE.search(text))


def is_row(line: str) -> bool:
    """`滨海新区 9.8 5.4`: a label (words, no number alone) and one or more numbers, each a cell."""
    cells = cells_of(line)
    if not 2 <= len(cells) <= _MOST_CELLS:
        return False
    return bool(_CJK.search(cells[0])) and not CELL_NUMBER.fullmatch(cells[0]) \
        and all(CELL_NUMBER.fullmatch(c) for c in cells[1:])


def is_header(line: str) -> bool:
    """`区 新增就业 比上年增长（%）`, `指标 2024年 2025年`: two or more names of columns, each in words."""
    cells = cells_of(line)
    return 2 <= len(cells) <= _MOST_CELLS and not _SENTENCE_END.search(line.strip()) \
        and all(_CJK.search(c) or c in "%％" for c in cells)


def is_group_label(line: str) -> bool:
    """`三、本年度办理结果`: one cell of words, no number alone and no sentence, naming the rows under it."""
    text = line.strip()
    return 0 < len(text) <= _LABEL_LONGEST and len(cells_of(text)) == 1 and bool(_CJK.search(text)) \
        and not _SENTENCE_END.search(text)


def _first_row(lines: Sequence[str], i: int) -> Optional[int]:
    """Where the rows of a table opening at line i start (after its caption and header), or None
    where line i opens no table: a caption, or a header the row under it fills one to one."""
    if is_caption(lines[i]):
        j = i + 1
        if j < len(lines) and is_header(lines[j]) and not is_row(lines[j]):
            j += 1
        return j
    if is_header(lines[i]) and not is_row(lines[i]) and i + 1 < len(lines) and is_row(lines[i + 1]) \
            and len(cells_of(lines[i + 1])) == len(cells_of(lines[i])):
        return i + 1
    return None


def table_openings(lines: Sequence[str]) -> list[Optional[int]]:
    """For each line, the index of the line that opens its table (caption or header) where it is a
    table's caption, header, row or group label, else None (a table needs one row at least)."""
    marks: list[Optional[int]] = [None] * len(lines)
    i = 0
    while i < len(lines):
        j = _first_row(lines, i)
        if j is None:
            i += 1
            continue
        k = j
        while k < len(lines):
            if is_row(lines[k]):
                k += 1
            elif k > j and is_group_label(lines[k]) and k + 1 < len(lines) and is_row(lines[k + 1]) \
                    and len(cells_of(lines[k + 1])) == len(cells_of(lines[j])):
                k += 2
            else:
                break
        if k > j:
            marks[i:k] = [i] * (k - i)
        i = max(k, i + 1)
    return marks


def table_lines(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it is a table's caption, header, row or group label (table_openings)."""
    return [m is not None for m in table_openings(lines)]


@dataclass(frozen=True)
class Cell:
    """What a table says of one of its numbers: the unit written for it, its row's label, its column's
    name in the header (its bracketed unit left out; empty with no header) and the caption's words."""

    unit: Optional[str]
    label: str
    column: str
    caption: str
    opening: int = 0  # where the table's first line (caption or header) starts in the text


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
    column = len(cells_of(text[line_start:start]))  # (the label is column 0)
    width = len(cells_of(row))
    window = [row]  # the row and at most _MOST_ROWS lines above it, nearest last
    starts = [line_start]
    pos = line_start
    while pos > 0 and len(window) <= _MOST_ROWS:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        window.append(text[prev_start:pos - 1])
        starts.append(prev_start)
        pos = prev_start
    window.reverse()
    starts.reverse()
    opening = table_openings(window)[-1]
    if opening is None:
        return None
    caption = window[opening] if is_caption(window[opening]) else ""
    head = window[opening + 1] if caption else window[opening]
    header = cells_of(head) if is_header(head) and not is_row(head) else None
    name = header[column] if header is not None and len(header) == width else ""
    own = _CELL_UNIT.search(name)
    counted = _COUNTED_COLUMN.search(name)
    note = _UNIT_NOTE.search(caption)
    unit = own.group("unit") if own else counted.group("unit") if counted else note.group("unit") if note else None
    return Cell(unit, cells_of(row)[0], name[:own.start()] if own else name, caption, starts[opening])


def table_numbers(text: str, opening: int) -> list[str]:
    """The numbers in the cells of the table whose first line starts at `opening` of normalized text,
    as written (its lines read at most _MOST_ROWS on)."""
    lines = text[opening:].split("\n", _MOST_ROWS + 1)[:_MOST_ROWS + 1]
    return [c for line, at in zip(lines, table_openings(lines)) if at == 0 and is_row(line)
            for c in cells_of(line)[1:]]
