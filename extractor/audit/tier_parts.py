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
from dataclasses import dataclass

from . import cues
from .findings import part_of_draft
from .model import Draft, Num, PageView

_GAP = 10  # characters between a tier and its count (`以上的专业大户已达`)
_JOIN = re.compile(r"^(?:至|到|—|-|～|~)$")  # `5000头至1万头`: two records, one range
_OVER = ("以上", "及以上", "之上")
_AGE_REACH = 24  # characters before a count in which its age group is read (keeps the check linear)
_AGE = r"(?:岁|周岁)"
_AGE_NOUN = r"(?P<noun>[^\d，；。、]{0,6})$"  # `人口`, `的老年人`
_AGE_OVER = re.compile(f"(?P<lo>\\d+){_AGE}(?:及以上|以上){_AGE_NOUN}")
_AGE_RANGE = re.compile(f"(?P<lo>\\d+){_AGE}?(?:—|-|至|到|～)(?P<hi>\\d+){_AGE}{_AGE_NOUN}")
_NOUN = re.compile(r"^(?:以上|及以上|之上)?的?(?P<noun>[^，；。\d]*?)(?:已|已经|共|达到|达|为|有)*$")


def check(view: PageView) -> list[Draft]:
    by_sentence: dict[int, list[_Tier]] = {}
    for t in _record_tiers(view) + _age_tiers(view):
        by_sentence.setdefault(t.count.sentence, []).append(t)
    drafts = []
    for tiers in by_sentence.values():
        for w in tiers:
            if not math.isinf(w.hi):
                continue  # a wider tier open at the top
            for p in tiers:
                if p is w or not _alike(p, w) or not p.count.same_measure(w.count) \
                        or not (w.lo <= p.lo and p.hi <= w.hi) or (p.lo, p.hi) == (w.lo, w.hi):
                    continue
                weak = None if p.noun == w.noun else "两层所计的对象写法不同，未必同一口径"
                drafts.append(part_of_draft(w.count, p.count, f"{p.said}这一层在{w.said}之内，其", weak))
    return drafts


@dataclass
class _Tier:
    lo: float
    hi: float
    count: Num  # what is counted in the tier
    noun: str  # the noun it is counted by (`大户`, `人口`)
    said: str  # the tier as written
    bound: Num | None = None  # the record of its first bound; None for an age read from the text


def _alike(a: _Tier, b: _Tier) -> bool:
    """Tiers of one measure: both ages, or bounds of one type and unit."""
    if a.bound is None or b.bound is None:
        return a.bound is None and b.bound is None
    return a.bound.same_measure(b.bound)


def _record_tiers(view: PageView) -> list[_Tier]:
    """Tiers whose bounds are records (`1000头至5000头的大户达142户`)."""
    out = []
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
                said = view.text[first.start:nums[last].end] + ("以上" if math.isinf(hi) else "")
                out.append(_Tier(lo, hi, count, m.group("noun") if m else gap, said, first))
        i = last + 1
    return out


def _age_tiers(view: PageView) -> list[_Tier]:
    """Age groups read from the text before a count of people (`60岁及以上人口 170 万人`): ages are
    often no records of their own, or records of the wrong thing."""
    out = []
    for n in view.nums:
        if n.type != "count":
            continue
        before = view.text[max(view.clause_start(n.start), n.start - _AGE_REACH):n.start]
        m = _AGE_OVER.search(before) or _AGE_RANGE.search(before)
        if m:
            hi = float(m.group("hi")) if m.groupdict().get("hi") else math.inf
            out.append(_Tier(float(m.group("lo")), hi, n, m.group("noun"), m.group(0)[:-len(m.group("noun")) or None]))
    return out


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

