"""allocation_shares: the shares of a notice's top items in its total, said after the list.

    现将…资金 3 000 万元下达给你们。…安排如下：
    一、道路养护资金 1 800 万元 …  二、桥梁维修资金 1 200 万元 …
    本批资金中，道路养护资金占 60%，桥梁维修资金占 40%。

A clause after the list that names one first-level item exactly (`道路养护资金占`) and gives its
share (`占 N%`, `占比 N%`) is that item's amount over the list's announced total (allocation.py reads
both). Only a name the item line gives in full ties them; a share of anything else is left to rate.py.
"""
from __future__ import annotations

from . import allocation, cues
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft

_NAME_MAX = 40  # characters of an item's name before its amount


def check(view: PageView) -> list[Draft]:
    drafts = []
    for total, block, end in allocation.numbered_lists(view):
        if total is None:
            continue
        items = [a for a in allocation.top_items(block) if a.same_measure(total)]
        names = {_item_name(view, a): a for a in items}
        names.pop("", None)
        if len(items) < 2 or len(names) < len(items):
            continue  # two items of one name: a share cannot tell them apart
        for p in view.nums:
            if p.start < end or p.type != "percent" or p.unit != "%":
                continue
            name = _share_name(view, p)
            if name in names:
                drafts.append(rate_draft(p, names[name], total))
    return drafts


def _item_name(view: PageView, amount: Num) -> str:
    """The words of an item line between its mark and its amount (`道路养护资金`)."""
    lo = max(0, amount.start - _NAME_MAX)
    said = view.text[lo:amount.start]
    ends = [m.end() for _name, pattern in allocation._STYLES for m in pattern.finditer(said)]
    name = said[max(ends):] if ends else ""
    return "" if any(c in name for c in "，。；：,;:") else name.strip()


def _share_name(view: PageView, p: Num) -> str | None:
    """`道路养护资金占 60%` gives `道路养护资金`: the clause's words before the share verb."""
    said = view.text[view.clause_start(p.start):p.start]
    for verb in cues.words("allocation", "share_verbs"):
        if said.endswith(verb):
            return said[: -len(verb)].strip()
    return None
