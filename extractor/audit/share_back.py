"""rate: a share said by the names of its part and its whole, their amounts said before it.

    省级财政收入完成 5214 亿元，…。省级财政收入占全部财政收入的比重达到了 55.7%
        (全年共完成地方财政收入 9360 亿元, two paragraphs before)
    水利支出为 1,254,300,000 元，支出总数为 14,826,500,000 元。水利支出在支出总数中所占的比重为 8.46%
The share's clause holds no amount of its own (rate.py reads those): `X 占 Y 的比重` or `X 在 Y 中
所占的比重`, then a verb at most (data/share_back.toml). The part is the nearest amount before
it whose name holds X; the whole the nearest amount of the part's measure before it, over the
part, whose name holds Y (`全部`, `全` dropped: `全部财政收入` is the whole of `财政收入`, the
largest such amount in reach). Both within the share's paragraph and the two before, changes and
rates left out. The names tie them across sentences, not one sentence: a share the two amounts do
not give is unverifiable, never an error (another amount of that name may be meant).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_amount, is_change
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft

_NAME = (2, 14)  # characters of X and of Y
_LABEL = 30  # characters of an amount's name read before it
_PARAGRAPHS = 2  # paragraphs before the share's in which its amounts may be said
_NUMS = 80  # numbers before the share looked at (linear on a page of long tables)
_WEAK = "部分与整体只凭名称在前文找到，未必是所指的那两个数"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("share_back.toml")["share_back"]


@lru_cache(maxsize=1)
def _clause() -> re.Pattern:
    c = _cues()
    share = "|".join(map(re.escape, c["share_words"]))
    verbs = "|".join(map(re.escape, sorted(c["verbs"], key=len, reverse=True)))
    name = f"[^，。；：！？、\\s\\d]{{{_NAME[0]},{_NAME[1]}}}?"
    return re.compile(f"(?P<x>{name})(?:占(?P<y1>{name})的?|在(?P<y2>{name})中所?占的?)(?:{share})(?:{verbs})?$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.qualifier not in ("exact", "about"):
            continue
        lo = max(view.clause_start(p.start), view.prev_end(p.start))  # after a date: `1956年国防费`
        m = _clause().search(view.text[lo:p.start])
        if m is None or view.between(view.clause_start(p.start), p.start):
            continue
        x, y = m.group("x"), m.group("y1") or m.group("y2")
        before = [n for n in view.before(view.clause_start(p.start), _NUMS)
                  if n.type in SUMMABLE_TYPES and n.type != "percent" and p.paragraph - _PARAGRAPHS <= n.paragraph
                  and n.article == p.article and is_amount(view, n) and not is_change(view, n)]
        part = next((n for n in reversed(before) if x in view.label_before(n, _LABEL)), None)
        if part is None:
            continue
        whole = _whole(view, [n for n in before if n is not part and n.same_measure(part)
                              and n.value > part.value], y)
        if whole is not None:
            drafts.append(rate_draft(p, part, whole, _WEAK))
    return drafts


def _whole(view: PageView, nums: list[Num], y: str) -> Num | None:
    """The nearest amount named y; for `全部 y` the largest amount named y."""
    lead = next((w for w in sorted(_cues()["all_words"], key=len, reverse=True) if y.startswith(w)), "")
    core = y[len(lead):]
    if len(core) < _NAME[0]:
        return None
    named = [n for n in nums if core in view.label_before(n, _LABEL)]
    if not named:
        return None
    return max(named, key=lambda n: n.value) if lead else named[-1]
