"""part_of: the amount actually paid in (实际投资, 到位资金) within the amount agreed (协议投资,
合同外资) said beside it in one sentence.

    某国已是该省最大的外资来源国，协议投资近 86 亿美元，实际投资超过 31 亿美元
    外商直接投资协议金额 95 亿美元，实际投资 36.2 亿美元
    合同利用外资 62 亿美元，实际到位 21 亿美元

Investment news and reports give a contract total and what of it has arrived; what has arrived
is part of what was agreed. The two amounts are the nearest pair of one measure in a sentence,
one named with a word of agreement and the other with a word of arrival (data/contract_actual.toml),
neither a change. Paid-in over agreed is only unverifiable: money agreed in earlier years may
arrive in this one (a year's 实际使用外资 may exceed its 合同外资), so the pair is read as part
and whole, never as an error.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .model import Draft, Num, PageView

_LABEL = 24  # characters of a number's name read before it
_WEAK = "协议额之外也可能有往年协议的资金在本期到位"
_NEXT = 8  # numbers after an amount in which its other side is looked for (a table as one sentence stays linear)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("contract_actual.toml")["contract_actual"]


def _kind(view: PageView, n: Num) -> str | None:
    """`agreed`, `actual` or None, by the words of the number's name."""
    if n.type not in SUMMABLE_TYPES or n.type == "percent" or not is_amount(view, n) or is_change(view, n):
        return None
    label = view.label_before(n, _LABEL)
    agreed = any(w in label for w in _cues()["agreed"])
    actual = any(w in label for w in _cues()["actual"])
    return None if agreed == actual else ("agreed" if agreed else "actual")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for sent in range(len(view.sentences)):
        nums = view.in_sentence(sent)
        if len(nums) < 2:
            continue
        kinds = [_kind(view, n) for n in nums]
        for i, k in enumerate(kinds):
            if k is None:
                continue
            j = next((j for j in range(i + 1, min(len(nums), i + 1 + _NEXT))
                      if kinds[j] is not None and nums[j].same_measure(nums[i])), None)
            if j is None or kinds[j] == k:
                continue  # the next amount of its measure names the same side: not a pair
            whole, part = (nums[i], nums[j]) if k == "agreed" else (nums[j], nums[i])
            drafts.append(part_of_draft(whole, part, "协议（合同）数额中实际到位的部分", _WEAK))
    return drafts
