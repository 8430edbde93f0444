"""table_columns: a table of several amount columns closed by a total line (a table as text).

    序号  项目名称        建设规模    补助资金
    1     东湖村灌渠      3.6公里     52万元       rows of k amounts each (k >= 2), column j of one
    2     西岭村灌渠      4.1公里     61万元       measure down the rows, then a line that opens with
          合计            7.7公里     113万元      a closing word and holds k amounts: each the sum
                                                   of its column
closing_totals.py reads the tables of one amount a row. A line without amounts (a heading) or with
another count of amounts ends the run. Each line is read once: linear.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .allocation import lines
from .findings import sum_draft
from .model import Draft, Num, PageView

_ROW = 60  # characters of a table row at most
_CLOSE_LEAD = 6  # characters before the closing word on its line (`以上两项合计`)


def check(view: PageView) -> list[Draft]:
    drafts: list[Draft] = []
    rows: list[list[Num]] = []
    for s, e in lines(view):
        text = view.text[s:e]
        amounts = [n for n in view.between(s, e) if n.type in SUMMABLE_TYPES]
        if _closes(text) and rows and len(amounts) == len(rows[0]):
            if len(rows) >= 2:
                drafts += _columns(rows, amounts)
            rows = []
            continue
        if len(amounts) >= 2 and len(text) <= _ROW and "。" not in text and (not rows or _fits(rows[0], amounts)):
            rows.append(amounts)
        else:
            rows = [amounts] if len(amounts) >= 2 and len(text) <= _ROW and "。" not in text else []
    return drafts


def _closes(text: str) -> bool:
    head = text[:_CLOSE_LEAD + 2]
    return any(0 <= head.find(w) <= _CLOSE_LEAD for w in cues.words("allocation", "closing"))


def _fits(first: list[Num], row: list[Num]) -> bool:
    """A row of the table: as many amounts as the first row, each of its column's measure."""
    return len(row) == len(first) and all(a.same_measure(b) for a, b in zip(first, row))


def _columns(rows: list[list[Num]], totals: list[Num]) -> list[Draft]:
    if not _fits(rows[0], totals):
        return []
    return [sum_draft(total, [row[j] for row in rows], True, "表中各行逐项列出，末行合计")
            for j, total in enumerate(totals)]
