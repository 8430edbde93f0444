"""part_of for each part of a partial breakdown: a total with some of its parts (`其中` listing
only some kinds, parts that may overlap) says of each part that it is not more than the total.

    全省共有鱼类 45 种，其中特有 26 种、有经济价值的 23 种    the sum 26 + 23 may exceed 45 (the
                                                             kinds overlap); each part may not
    重点抓好 1000 户，其中 300 户已改制，511 户纳入试点        300 ≤ 1000 and 511 ≤ 1000

The sum alone answers one relation; a reader (and a number changed by mistake) checks each part
against the total too. A part is as strong as its sum: over the total it is inconsistent where
the sum said inconsistent (disjoint parts or a stated total) or the part is named under `其中`
(hedges.said_within: overlapping kinds, each still within the total) or is a source's amount told in
the paragraph of a total pooled from the sources (hedges.pooled_within), and unverifiable where the sum
hedged otherwise: parts said to overlap are often read from weak cues that pair numbers of other measures
(`30 张唱片中有 20 张获奖，销量超过 500 万张`). An exhaustive breakdown, or parts that add up to the
total, are the sum's alone.
"""
from __future__ import annotations

from .findings import part_of_draft
from .hedges import pooled_within, said_within
from .model import Draft, PageView
from .tolerance import Interval

_WHY = "分项所列的部分"
_WEAK = "总数与各分项的关系由分项列举推断"


def from_sums(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """One part_of per part of each partial sum, where no finding already starts with the
    total and holds only that part."""
    by_start = {n.rec["start"]: n for n in view.nums}
    have = {(d.facts[0]["start"], d.facts[1]["start"]) for d in drafts if len(d.facts) == 2}
    out = []
    for d in drafts:
        if d.check != "sum" or (d.extra or {}).get("breakdown") != "partial" or len(d.facts) < 3:
            continue
        total = by_start.get(d.facts[0]["start"])
        parts = [by_start.get(f["start"]) for f in d.facts[1:]]
        if total is None or any(p is None for p in parts) \
                or sum((p.interval for p in parts), Interval(0.0, 0.0)).meets(total.interval):
            continue  # parts that add up to the total are its whole breakdown: the sum says it all
        for part in parts:
            if (total.rec["start"], part.rec["start"]) in have:
                continue
            have.add((total.rec["start"], part.rec["start"]))
            # kinds may overlap one another, but one named under `其中` is within the total alone
            # and a source's amount told in the paragraph of a total pooled from the sources is one of them
            weak = None if d.verdict == "inconsistent" or said_within(view, total, part) \
                or pooled_within(view, total, part) else _WEAK
            out.append(part_of_draft(total, part, _WHY, weak))
    return out
