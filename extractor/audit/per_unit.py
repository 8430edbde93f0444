"""per_unit: a figure per head or an average is the whole of no aggregate's share.

    全区卫生支出 8.4 亿元，按户籍人口计算，人均卫生支出 1260 元。其中公立医院支出 5.1 亿元，
    占卫生支出的 60.7%。

`人均卫生支出` names the same thing as `卫生支出`, but a sum of money spent on hospitals is a share
of the total spent (8.4 亿元), never of what each person's share of it comes to: the per-unit figure
(data/cues.toml [part_of] not_whole_per) is passed over as the whole of a part that is not itself
per unit, and the aggregate of the same name is taken.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView


def is_per_unit(view: PageView, n: Num) -> bool:
    """`人均 1260 元`, `平均每户 3.1 人`: a figure per unit or an average."""
    return cues.contains_any(view.label_before(n), "part_of", "not_whole_per") is not None


def aggregate_wholes(view: PageView, part: Num, wholes: list[Num]) -> list[Num]:
    """The candidate wholes that can hold the part: per-unit figures only for a per-unit part."""
    return wholes if is_per_unit(view, part) else [w for w in wholes if not is_per_unit(view, w)]
