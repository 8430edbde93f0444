"""part_of by tiers: what is counted in a tier of a measure lies within what is counted in a wider
tier of it said in the same sentence.

    出栏肉猪 1000 头至 5000 头的大户达 142 户，出栏 5000 头至 1 万头的达 107 户，出栏在 30 头以上的
    专业大户已达 35 万多户
        [1000, 5000] and [5000, 10000] lie within [30, ∞): 142 户 and 107 户 are of the 35 万多户
A tier is a range (`1000 头至 5000 头`, one record or two joined by `至`) or a lower bound (`30 头
以上`) followed closely by `的` and the count of what it qualifies (`的大户达 142 户`), the
tiers' measures alike, the counts' alike and another unit than the tiers' (a threshold qualifies
what is counted). A narrower tier's count over a wider's is inconsistent where both count the
same noun, else unverifiable. Two lower bounds (`10 亿元以上项目 9 个、20 亿元以上 3 个`) are
part_of.py's.
"""
from __future__ import annotations

import math
import re

from . import cues
from .findings import part_of_draft
from .model import Draft, Num, PageView

_GAP = 10  # characters between a tier and its count (`以上的专业大户已达`)
_JOIN = re.compile(r"^(?:至|到|—|-|～|~)$")  # `5000头至1万头`: two records, one range
_OVER = ("以上", "及以上", "之上")
_NOUN = re.compile(r"^(?:以上|及以上|之上)?的?(?P<noun>[^，；。\d]*?)(?:已|已经|共|达到|达|为|有)*$")


def check(view: PageView) -> list[Draft]:
    by_sentence: dict[int, list[tuple[float, float, Num, Num, str, str]]] = {}
    nums = view.nums
    i = 0
    while i < len(nums):
        tier, last = _tier(view, nums, i)
        if tier is not None:
            lo, hi, first = tier
            count = nums[last + 1] if last + 1 < len(nums) else None
            gap = view.text[nums[last].end:count.start] if count is not None else ""
            if count is not None and count.type == "count" and count.sentence == first.sentence \
                    and len(gap) <= _GAP and "的" in gap and not any(c in gap for c in "，；。、") \
                    and not count.same_measure(first):
                m = _NOUN.match(gap)
                said = view.text[first.start:nums[last].end]
                by_sentence.setdefault(first.sentence, []).append((lo, hi, first, count, m.group("noun") if m else gap, said))
        i = last + 1
    drafts = []
    for tiers in by_sentence.values():
        for lo, hi, t, whole, noun, _ in tiers:
            if not math.isinf(hi):
                continue  # a wider tier open at the top
            for plo, phi, pt, part, pnoun, said in tiers:
                if part is whole or not pt.same_measure(t) or not part.same_measure(whole) \
                        or not (lo <= plo and phi <= hi) or (plo, phi) == (lo, hi) or math.isinf(phi):
                    continue
                weak = None if pnoun == noun else "两层所计的对象写法不同，未必同一口径"
                drafts.append(part_of_draft(whole, part, f"{said}这一层在{t.written}以上之内，其", weak))
    return drafts


def _tier(view: PageView, nums: list[Num], i: int) -> tuple[tuple[float, float, Num] | None, int]:
    """The tier opening at nums[i] (its bounds and first record) and the index of its last record."""
    n = nums[i]
    if n.qualifier == "range" and n.rec.get("value_max") is not None:
        return (n.value, float(n.rec["value_max"]), n), i
    after = view.text[n.end:n.end + 3]
    if n.qualifier == "over" and after.startswith(_OVER):
        return (n.value, math.inf, n), i
    if i + 1 < len(nums) and _JOIN.match(view.text[n.end:nums[i + 1].start]) and nums[i + 1].same_measure(n):
        return (n.value, nums[i + 1].value, n), i + 1
    return None, i

