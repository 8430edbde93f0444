"""allocation_rates: an allocated item's amount against the standard per unit its line gives.

    1.低效果园改造 450 万元。按每亩 600 元的标准，对 7 500 亩果园实施改造。
    2.冷库建设 96 万元。对 12 个村的冷库进行改造，每个补助 8 万元。
In a notice's numbered list (allocation.py), an item's own line (up to the next item) that states a
standard `每<classifier> N` and one count of that classifier (`7 500 亩`, `12 个`) says the item's
amount is N times the count: amount ÷ count against N, the standard exact as written (a figure set). An item itself written per unit (`每斤 3.6 元`,
a price) is no amount to divide. A bound (`每条不超过 15 万元`) is no
standard (data/cues.toml [allocation] standard_bounds), nor a classifier the count does not share.
"""
from __future__ import annotations

import re

from . import allocation, cues
from ..fact_types import SUMMABLE_TYPES
from .average import average_draft
from .model import Draft, Num, PageView

_EACH = re.compile(r"每([^\d\s，。、；：]{1,2}?)(?:补助|奖补|安排|支持)?$")  # `每亩`, `每个补助` before N
_LABEL = 8  # characters of a standard's label read for `每<classifier>`
_BOUND_BACK = 6  # characters before a standard read for a bound word


def check(view: PageView) -> list[Draft]:
    drafts = []
    for _total, block, end in allocation.numbered_lists(view):
        amounts = [a for _style, a in block]
        for i, item in enumerate(amounts):
            if _EACH.search(view.label_before(item, _LABEL)):
                continue  # `每斤 3.6 元`: a price per unit, no amount the line's standard divides
            stop = amounts[i + 1].start if i + 1 < len(amounts) else end
            draft = _standard(view, item, [n for n in view.between(item.end, stop)])
            if draft is not None:
                drafts.append(draft)
    return drafts


def _standard(view: PageView, item: Num, line: list[Num]) -> Draft | None:
    for per in line:
        label = view.label_before(per, _LABEL)
        m = _EACH.search(label)
        if per.type != item.type or per.unit != item.unit or not m \
                or cues.contains_any(view.text[max(0, per.start - _BOUND_BACK):per.start], "allocation", "standard_bounds"):
            continue
        counts = [n for n in line if n.type in SUMMABLE_TYPES and n is not per and n.type != item.type
                  and n.text.endswith(m.group(1))]
        if len(counts) == 1 and counts[0].value > 0:
            return average_draft(per, item, counts[0], 1.0, None, set_each=True)
    return None
