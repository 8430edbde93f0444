"""rate: a fulfilment rate of a target stated inside its own phrase, of an amount said before it.

    前三季度，全市实现社会消费品零售总额 1586.42 亿元，…。完成年度目标 2140 亿元的 74.1%。
    …贷款增加额 701.4 亿元…；…多增 86.2 亿元，完成全年新增贷款目标 850 亿元的 82.5%。
    改造城镇老旧小区 136 个，惠及居民 2.47 万户，为年度计划 130 个的 104.6%
A report says how much of a target was done by naming the target and its amount in the rate's
phrase (`完成…目标 T 的 P%`, `为年度计划 T 的 P%`); what was done is an amount of the target's
measure said before, in the rate's sentence or the one before, often with other amounts between
(a base, a difference, a second measure). The target is a figure set, so as exact as written
(rate_drafts.set_whole). The numerator is the nearest such amount, no change or base, whose
quotient gives the rate within the digits written: `consistent`; where none does, the rate is
`unverifiable` with its target alone (the amount done may be one the text does not state).
One tie leaves no doubt: the amount done ends the clause just before the rate's phrase, nothing
but a clause break between (`城镇新增就业 33.6 万人，为年度目标 31 万人的 112.0%`); the words make it
the numerator, so its quotient is the claim's own and a miss is `inconsistent` (data: tied_gap),
unless an earlier amount of the run gives the rate (then the tie was read wrong), and never for
an item of a 、-joined list (the list's other items stand as near).
Only where no other check took the rate (CLAIM_ONLY in __init__.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..lexicon import alternation
from . import cues
from .amounts import is_change
from .bases import is_base
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("target_shares.toml")["target_shares"]


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    """`完成年度目标`, `为年度计划`, `完成全年新增贷款目标`: the phrase before the target's number."""
    d = _data()
    n = int(d["name_chars"])
    return re.compile(rf"(?:{alternation(d['verbs'])})[^，,；;。：:\d]{{0,{n}}}?(?:{alternation(d['targets'])})(?:为|是)?$")


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    nums = view.nums
    for i in range(1, len(nums)):
        p, target = nums[i], nums[i - 1]
        if p.type != "percent" or p.unit != "%" or target.type not in SUMMABLE_TYPES or target.type == "percent" \
                or target.value <= 0 or view.text[target.end:p.start].strip() != "的":
            continue
        m = _phrase().search(view.text, view.clause_start(target.start), target.start)
        if m is None:
            continue
        out.append(_draft(view, p, target, m.start()))
    return out


@lru_cache(maxsize=1)
def _tied_gap() -> re.Pattern:
    """What may stand between the amount done and the rate's phrase for the two to be tied."""
    return re.compile(_data()["tied_gap"])


def _draft(view: PageView, p: Num, target: Num, phrase_start: int) -> Draft:
    back = int(_data()["back"])
    nearest = True
    # a tied miss waits: an earlier amount of the run whose quotient is the rate shows the words
    # tied the wrong one (`就业 33.6 万人、再就业 8 万人，为年度目标 31 万人的 108.4%`)
    tied_miss: Draft | None = None
    for n in reversed(view.before(target.start, int(_data()["reach"]))):
        if n.sentence < p.sentence - back or n.paragraph != p.paragraph:
            break
        if not n.same_measure(target) or n.qualifier not in ("exact", "about") or is_change(view, n) \
                or is_base(view, n):
            continue
        d = rate_draft(p, n, target, None, set_whole=True)
        tied = nearest and n.sentence == p.sentence and _tied_gap().fullmatch(view.text, n.end, phrase_start) \
            and not any(w in view.text[view.clause_start(n.start):n.start] for w in _data()["untied_words"])
        nearest = False
        if d.verdict == "consistent":
            d.extra["found_by"] = "target_shares"
            return d
        if tied and d.verdict == "inconsistent":
            d.explanation = d.explanation.rstrip("。") + "（完成数紧接在目标分句之前，二者由文字相连，按所写精度四舍五入后仍不符）。"
            d.extra["found_by"] = "target_shares"
            tied_miss = d
    if tied_miss is not None:
        return tied_miss
    return Draft("rate", "unverifiable", [p.ref(), target.ref()], None, p.shown,
                 f"{p.written} 是目标 {target.written} 的完成程度，完成数未在前文明确给出，无法核对。",
                 {"found_by": "target_shares"})
