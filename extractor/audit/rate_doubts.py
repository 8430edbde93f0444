"""A rate found inconsistent with the whole a check chose, where its numerator over another amount
near it gives the rate as written: the text's rate is then likely right and the whole wrong, so the
finding is unverifiable, not an error.

    工、农、中、建四家…存款余额 1236.8 亿元，占全省金融机构的 66.3%；各项贷款余额 1204.6 亿元，占 72.0%
        `占 72.0%` read with the deposits' whole (1865.4 亿元) gives 64.58%; 1204.6 ÷ 1672.8 (the
        province's loans, said after) gives 72.01%: the whole was misread, not the rate misstated
An error needs strong evidence (a rate the text's own amounts cannot give); the check's numerator
over another amount of its measure near it in the article (WHOLES), no base or change (a share of
last year's level is no reading of this year's share), that gives the rate within the digits
written is a reading the check did not take. Another numerator is not tried: a share names its part
(`中央投资占`), and an item of a list that happens to give the rate is no reason to doubt it.
Runs over all drafts, after every check (__init__.drafts_of); linear in page length (REACH pairs).
"""
from __future__ import annotations

import bisect

from .amounts import is_change
from .bases import is_base
from .model import Draft, Num, PageView

WHOLES = 60  # numbers of its article either side of it that may be the whole (pairs tried: linear in page length)
_WHY = "；但 {a} ÷ 前后文另一数 {b} 合乎所述比率，所取的分母可能不是原文所指，无法据此判定有误"


def doubt(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The drafts, each inconsistent rate that its numerator over another whole gives made unverifiable."""
    by_start = {n.rec["start"]: n for n in view.nums}
    for d in drafts:
        if d.check != "rate" or d.verdict != "inconsistent" or len(d.facts) != 3:
            continue
        p, part, whole = (by_start.get(f["start"]) for f in d.facts)
        if p is None or part is None or whole is None or p.type != "percent" or p.unit not in ("%", "％"):
            continue
        other = _other_whole(view, p, part, whole)
        if other is not None:
            d.verdict = "unverifiable"
            d.explanation = d.explanation.rstrip("。") + _WHY.format(a=part.written, b=other.written) + "。"
    return drafts


def _other_whole(view: PageView, p: Num, part: Num, whole: Num) -> Num | None:
    """A larger amount of the part's measure near it in the article (a whole may follow: `…，占
    72.0%。…全省…贷款余额 1672.8 亿元`), no base or change, over which the part gives the rate."""
    i = bisect.bisect_left(view.nums, p.start, key=lambda n: n.start)
    for n in view.nums[max(0, i - WHOLES):i + WHOLES]:
        if n is whole or n is part or n.article != p.article or not n.same_measure(part) or n.value < part.value \
                or n.qualifier not in ("exact", "about") or is_change(view, n) or is_base(view, n):
            continue
        if (part.interval / n.interval).scale(100.0).meets(p.interval):
            return n
    return None
