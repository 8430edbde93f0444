"""The item of a `分别为` list a share names.

    第一、二、三产业增加值分别为 612.4 亿元、743.8 亿元和 659.4 亿元，第三产业增加值占国内生产总值的比重为 32.7%
        the share's subject (`第三产业增加值`) names one item of the list; the words before the
        list only tie it to the list as a whole (its label sits before the first item), so the
        item is the one whose own name (the fact's metric, which the extractor gives each item of
        such a list) the subject ends with: 659.4, not 612.4
    出口、进口分别为 2800 亿元、2200 亿元，两者合计占全省的 40%
        no item is so named: the list gives no part, and a guess is worse than none
A list is two numbers or more of one measure joined by `、`/`和`/`，`, the first right after
`分别为`/`分别是`/`分别达`… (sum.exhaustive); looking along it is bounded by its length.
Where the extractor gave the items no metric, the names listed before `分别` stand for them, one
for each number.
"""
from __future__ import annotations

import bisect
import re

from . import cues
from .heads import record_field
from .model import Num, PageView

_GAP = re.compile(r"^[、，,和及与]{1,2}$")  # between the items of a list
_LEAD = 2  # characters allowed between `分别为` and the first item (`分别为约`)
_NAME = 2  # characters of an item's metric, at least, that the subject must end with
_ITEM_BREAK = re.compile(r"[、，,和及与]|^其中")  # between the names a list gives before `分别`


def members(view: PageView, n: Num) -> tuple[list[Num], list[str]]:
    """The numbers of the `分别为` list n stands in, in order, and the names the clause lists
    before `分别` (`第一、二、三产业增加值` gives 第一, 二, 三产业增加值; [] where they are not one
    a number); ([], []) where n is in no list."""
    nums = view.nums
    i = bisect.bisect_left(view._starts, n.start)  # noqa: SLF001 (a bounded look along the list)
    if i >= len(nums) or nums[i] is not n:
        return [], []
    lo = i
    while lo > 0 and nums[lo - 1].same_measure(n) and _GAP.match(view.text[nums[lo - 1].end:nums[lo].start]):
        lo -= 1
    hi = i
    while hi + 1 < len(nums) and nums[hi + 1].same_measure(n) and _GAP.match(view.text[nums[hi].end:nums[hi + 1].start]):
        hi += 1
    first = nums[lo]
    start = view.clause_start(first.start)
    lead = view.text[start:first.start]
    cue = max((lead.rfind(w), w) for w in cues.words("sum", "exhaustive"))
    if hi == lo or cue[0] < 0 or len(lead) - cue[0] - len(cue[1]) > _LEAD:
        return [], []
    names = [w for w in _ITEM_BREAK.split(lead[:cue[0]]) if w]
    return nums[lo:hi + 1], names if len(names) == hi + 1 - lo else []


def named_member(view: PageView, subject: str, n: Num) -> Num | None:
    """The item of n's `分别为` list the subject names (n itself where n is in no list); None
    where n is in a list and no one item is so named. An item's name is its fact's metric where
    the extractor gave one, else the words the list gives it before `分别`, which the subject
    holds (`第三产业增加值` holds `三产业增加值`, not `第一` nor `二`)."""
    items, listed = members(view, n)
    if not items:
        return n
    metrics = [record_field(m, "metric") or "" for m in items]
    named = [m for m, name in zip(items, metrics) if len(name) >= _NAME and (subject.endswith(name) or name.endswith(subject))]
    if not named:
        named = [m for m, name in zip(items, listed) if name in subject]
    return named[0] if len(named) == 1 else None
