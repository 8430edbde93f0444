"""nested_parts: a part of a breakdown that names itself as within an earlier part.

    各项贷款 120 亿元，其中，企业贷款 80 亿元，企业贷款中中长期贷款 52 亿元。

`企业贷款中` says the 52 亿元 lies inside the 80 亿元 named before it, not beside it: the 52 is no
sibling of the 80 in the sum of the 120, but a part of the 80 (a part_of finding). The words
before `中` must name an earlier part (its label holds them), so `中央`, `高中` and the like,
which name nothing said before, change nothing.
"""
from __future__ import annotations

import re

from .findings import part_of_draft
from .model import Draft, Num, PageView

_MARK = "中"
_SHORTEST = 2  # characters of the name before `中` (`其中` names nothing)
_JOINERS = "，,；、：和及与其"
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _inside(view: PageView, n: Num, earlier: list[Num]) -> Num | None:
    """The earlier part whose label holds the name the number's label opens with before `中`."""
    label = view.label_before(n).lstrip(_JOINERS)  # back to the number before: its own words
    at = label.find(_MARK)
    name = label[:at] if at >= 0 else ""
    if len(name) < _SHORTEST or not _HAN.fullmatch(name):
        return None  # `小学、初中分别为`: a list of names, none standing before `中`
    for p in reversed(earlier):
        if p.same_measure(n) and name in view.text[view.clause_start(p.start):p.start]:
            return p
    return None


def split_nested(view: PageView, members: list[Num]) -> tuple[list[Num], list[Draft]]:
    """The members without those nested in an earlier one, and a part_of finding for each of those."""
    kept: list[Num] = []
    drafts: list[Draft] = []
    for n in members:
        whole = _inside(view, n, kept)
        if whole is None:
            kept.append(n)
        else:
            drafts.append(part_of_draft(whole, n, f"“{view.text[whole.start:whole.end]}”中的部分"))
    return kept, drafts
