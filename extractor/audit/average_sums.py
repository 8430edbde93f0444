"""average_sums: a figure per head or an average is no sum of its groups' figures.

    全年全体居民人均可支配收入 41000 元。分城乡看，城镇居民人均可支配收入 50000 元，农村居民 …
    年末常住人口 250 万人；年平均常住人口 249.6 万人。分城乡看，城镇常住人口 160 万人，乡村 …

The members of a category set (城镇/乡村, 男/女: data/complementary.toml) divide the units a figure
is counted over: their counts add up to the whole's count, but what one unit has on average lies
between the groups' averages, and a year's average of a stock is no sum of its year-end groups.
So a sum whose total is per head or an average (measures.is_per_head: `人均`, `平均`, `户均`, `每` in its name)
has no parts named one each by the members of a set; and a figure per unit is no part of a total
that is not one (`人均 1260 元` of `支出 8.4 亿元`). Components of one per-head figure named
otherwise (`人均工资性收入`, `人均经营净收入` of `人均可支配收入`) still add up to it.
Such drafts of any check are dropped (drafts_of), before other checks build on them.
"""
from __future__ import annotations

from . import cues
from .model import Draft, Num, PageView
from .measures import is_per_head

_SUMS = ("sum",)  # the checks whose drafts say parts add up to (or stay within) a total


def _named_members(labels: list[str]) -> bool:
    """Each label names one member of one category set, a different one each, all of them."""
    for members in cues.complementary_sets():
        hit = [[m for m in members if m in label] for label in labels]
        if len(labels) == len(members) and all(len(h) == 1 for h in hit) \
                and sorted(h[0] for h in hit) == sorted(members):
            return True
    return False


def group_average(view: PageView, total: Num, parts: list[Num]) -> bool:
    """Whether `parts` adding up to `total` mixes what is counted with what one unit has."""
    if not parts:
        return False
    if is_per_head(view, total):
        return _named_members([view.label_before(p) for p in parts])
    return any(is_per_head(view, p) for p in parts)


def drop(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The drafts without sums of averages over groups or of figures per unit in an aggregate."""
    out = []
    for d in drafts:
        nums = [view.num_of(f) for f in d.facts] if d.check in _SUMS else []
        if nums and all(nums) and group_average(view, nums[0], nums[1:]):
            continue
        out.append(d)
    return out
