"""sum: item lines closed by a total on the line after them (a table written as text).

    一、日常养护资金
    唐江镇 186 万元                 lines of one amount each, then a line that opens with a
    凤岗镇 142 万元                 closing word (data/cues.toml [allocation] closing) and its
    小计 328 万元                   amount: the total of the lines since the last heading or total
    二、防护工程资金
    唐江镇 64 万元
    龙岭镇 41 万元
    小计 105 万元
    以上两项合计 433 万元           `合计`/`总计` with no item lines before it: the subtotals above

A line opened by a part word (`其中：工业投资 728.65` under `第二产业投资 742.18`) is a part of the line above, inside
its amount: no item of the total, and checked as a part of that line's amount. The total comes after its parts here (allocation.py reads the total announced before a list). A
line without an amount (a heading) ends a run of items; a longer line, or one with more than one
amount, is prose and ends the runs and the subtotals both. Each line is read once: linear.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .allocation import line_amount, lines
from .findings import part_of_draft, sum_draft
from .model import Draft, Num, PageView

_ITEM_LINE = 30  # characters of an item line at most (a name and its amount)
_CLOSE_LEAD = 6  # characters before the closing word on its line (`以上两项合计`)


def check(view: PageView) -> list[Draft]:
    drafts: list[Draft] = []
    items: list[Num] = []
    subtotals: list[Num] = []
    for s, e in lines(view):
        text = view.text[s:e]
        total = _closing(view, s, e)
        if total is not None:
            all_words = cues.words("allocation", "closing_all")
            parts = items if len(items) >= 2 else subtotals if any(w in text[:_CLOSE_LEAD + 2] for w in all_words) else []
            if len(parts) >= 2 and all(p.same_measure(total) for p in parts):
                drafts.append(sum_draft(total, parts, True, "其上各行逐项列出，末行合计"))
                subtotals = [] if parts is subtotals else subtotals + [total]
            items = []
            continue
        if text.lstrip().startswith(tuple(cues.words("sum", "partial"))) and len(text) <= _ITEM_LINE \
                and "。" not in text.rstrip("。"):
            # (`  其中:工业投资 728.65`: a part of the line above, inside its amount, no item of the total)
            part = line_amount(view, s, e)
            if part is not None and items and part.same_measure(items[-1]):
                drafts.append(part_of_draft(items[-1], part, "表中“其中”一行所列"))
            continue
        amount = line_amount(view, s, e)
        if amount is not None and len(text) <= _ITEM_LINE and "。" not in text.rstrip("。"):
            items.append(amount)
        elif not view.between(s, e):
            items = []  # a heading: the items of the next part begin
        else:
            items, subtotals = [], []  # prose
    return drafts


def _closing(view: PageView, s: int, e: int) -> Num | None:
    """The total of a line that opens with a closing word: the first amount after the word."""
    head = view.text[s:min(e, s + _CLOSE_LEAD + 2)]
    at = min((i for i in (head.find(w) for w in cues.words("allocation", "closing")) if 0 <= i <= _CLOSE_LEAD),
             default=-1)
    if at < 0:
        return None
    clause_end = view.clause_end(s + at)
    nums = [n for n in view.between(s + at, min(e, clause_end + 1)) if n.type in SUMMABLE_TYPES]
    return nums[0] if nums else None
