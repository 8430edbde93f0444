"""allocation: a notice that states a total and then one line per item with its amount.

Structure read (cue words in data/cues.toml):
    共下达资金 12000 万元，具体分配如下：      a total in the lines just before a list announced
    一、耕地保护 4500 万元                      by `如下`, then numbered lines (一、 / （一） / 1. /
    （一）高标准农田建设 3000 万元               （1）) that each end with an amount; the numbering
    （二）黑土地保护 1500 万元                   styles nest in the order they first appear
    二、农业产业发展 7500 万元
The items of the top level add up to the total, and the items under a line add up to that
line's amount (a list said to follow `如下` is the whole breakdown). Amounts share type and unit
with their total; a line whose amount is not at its end (`…3000 万元，用于…`) is still read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cues
from .model import Draft, Num, PageView
from ..fact_types import SUMMABLE_TYPES
from .sum import sum_draft

_STYLES = [
    ("cn", re.compile(r"[一二三四五六七八九十]+、")),
    ("cn_paren", re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    ("digit", re.compile(r"\d+[.．、](?!\d)")),
    ("digit_paren", re.compile(r"[（(]\d+[）)]")),
]
_LOOK_BACK = 3  # lines before the list where its total may stand


@dataclass
class Item:
    style: str
    amount: Num
    children: list["Item"] = field(default_factory=list)


def check(view: PageView) -> list[Draft]:
    lines = _lines(view)
    drafts = []
    i = 0
    while i < len(lines):
        block, j = _block(view, lines, i)
        if len(block) >= 2:
            total = _total(view, lines, i)
            drafts += _findings(view, total, block)
            i = j
        else:
            i += 1
    return drafts


def _lines(view: PageView) -> list[tuple[int, int]]:
    """The lines of the page as written (normalization joins them), on the normalized text."""
    out, pos = [], 0
    for line in view.page.original.split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            out.append(view.norm_span(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _style(text: str) -> str | None:
    for name, pattern in _STYLES:
        if pattern.match(text):
            return name
    return None


def _amount(view: PageView, start: int, end: int) -> Num | None:
    nums = [n for n in view.between(start, end) if n.type in SUMMABLE_TYPES]
    return nums[0] if len(nums) == 1 else None


def _block(view: PageView, lines: list[tuple[int, int]], i: int) -> tuple[list[tuple[str, Num]], int]:
    """The numbered lines with one amount each from line i on."""
    out = []
    j = i
    while j < len(lines):
        s, e = lines[j]
        style = _style(view.text[s:e])
        amount = _amount(view, s, e) if style else None
        if amount is None:
            break
        out.append((style, amount))
        j += 1
    return out, j


def _total(view: PageView, lines: list[tuple[int, int]], i: int) -> Num | None:
    """The total announced before the list: a line that says `如下` and, in it or the lines
    just before, a number named as a total (`共下达`, `合计`)."""
    if i == 0:
        return None
    s, e = lines[i - 1]
    if not cues.contains_any(view.text[s:e], "allocation", "announce"):
        return None
    lo = lines[max(0, i - _LOOK_BACK)][0]
    totals = [n for n in view.between(lo, e) if n.type in SUMMABLE_TYPES
              and cues.contains_any(view.label_before(n, 30), "allocation", "total_words")]
    return totals[-1] if totals else None


def _tree(block: list[tuple[str, Num]]) -> list[Item]:
    order: list[str] = []
    roots: list[Item] = []
    stack: list[Item] = []
    for style, amount in block:
        if style not in order:
            order.append(style)
        item = Item(style, amount)
        level = order.index(style)
        while stack and order.index(stack[-1].style) >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def _findings(view: PageView, total: Num | None, block: list[tuple[str, Num]]) -> list[Draft]:
    roots = _tree(block)
    drafts = []
    why = "“如下”逐项列出全部分配"
    if total is not None and len(roots) >= 2 and all(r.amount.same_measure(total) for r in roots):
        drafts.append(sum_draft(total, [r.amount for r in roots], True, why))
    stack = list(roots)
    while stack:
        item = stack.pop()
        kids = item.children
        if len(kids) >= 2 and all(k.amount.same_measure(item.amount) for k in kids):
            drafts.append(sum_draft(item.amount, [k.amount for k in kids], True, "其下各行逐项列出"))
        stack += kids
    return drafts
