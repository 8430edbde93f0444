"""How many levels of administration a list names at the least (`县、乡、村三级`: three).

A count of levels (`两级`, `三个层次`) may take several items of a list as one level (`省、市、自治区`
are one level, as the hedge in enumeration.py says), so a list longer than its count is only
unverifiable. Where every item is written as a level word (data/admin_levels.toml), the items
can be grouped only into levels they share: `县、乡、村` are three whatever is meant, `省、市、
自治区` may be one (a 市 can be a province). A count below the fewest levels the items can make
is then an error.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

from . import cues
from .model import Num, PageView

_ITEMS = 6  # longer lists are not read (keeps the grouping search small)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("admin_levels.toml")


def _ranks(item: str, first: bool) -> tuple[int, ...] | None:
    """The ranks an item can stand for, written as a level word (after a lead such as `全省`); the
    first item of a list may carry the words before the list (`今年全区县`): its longest ending."""
    item = item.strip()
    levels = _data()["levels"]
    if first:
        item = next((item[i:] for i in range(len(item)) if item[i:] in levels), item)
    for lead in _data()["words"]["lead"]:
        if item.startswith(lead) and item[len(lead):] in levels:
            item = item[len(lead):]
            break
    ranks = levels.get(item)
    return tuple(ranks) if ranks else None


def counts_levels(view: PageView, count: Num) -> bool:
    """Whether a count counts levels (`两级`, `三个层次`)."""
    counted = tuple(_data()["words"]["counted"])
    return count.written.endswith(counted) or view.noun_after(count).startswith(counted)


def fewest_levels(items: list[str]) -> int | None:
    """The fewest levels the items can be grouped into, each item at a rank its word allows;
    None when some item is not a level word."""
    ranks = [_ranks(item, i == 0) for i, item in enumerate(items)]
    if not ranks or len(ranks) > _ITEMS or any(r is None for r in ranks):
        return None
    return len(ranks) if _chain(ranks) else min(len(set(choice)) for choice in product(*ranks))


def _chain(ranks: list[tuple[int, ...]]) -> bool:
    """Whether the list runs down the hierarchy one level an item (`省市县乡村`): it begins and
    ends with a word of one rank, and each word of several ranks stands between two words of one
    rank with a rank of its own left between them (`市` between `省` and `县` is the prefecture).
    Written so, no two items are one level. `省、市、自治区` (the last rank above the middle's
    one) and `省、市、区` (ending with a word of two ranks) are no chain."""
    if len(ranks[0]) != 1 or len(ranks[-1]) != 1:
        return False
    last = -1
    for i, r in enumerate(ranks):
        if len(r) == 1:
            if r[0] <= last:
                return False
            last = r[0]
            continue
        below = next(rr[0] for rr in ranks[i + 1:] if len(rr) == 1)
        fits = [x for x in r if last < x < below]
        if len(fits) != 1 or i + 1 < len(ranks) and len(ranks[i + 1]) != 1:
            return False
        last = fits[0]
    return True
