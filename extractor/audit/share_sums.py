"""Sums of the parts of one whole that consistent shares name (part_of.from_rates): `A 为 a 元，占
支出的 52%；B 为 b 元，占 13%…`. Each share, checked by arithmetic, already ties its part to the
whole; read together the parts are a breakdown of it:
    a run of such parts, in page order, whose sum meets the whole (within what is written): the
        shares add up to the whole, a consistent sum (a budget's items spread over paragraphs);
    two or more such parts in one sentence otherwise (`其中，A …，占 x%；B …，占 y%`): a partial
        sum, consistent where it stays within the whole; above it only unverifiable, for shares
        of one whole may overlap (`工业占 40%，其中重工业占 30%`) and no word says they do not.
Never inconsistent: no cue word lists the parts as the whole's breakdown."""
from __future__ import annotations

from .findings import sum_draft
from .model import Draft, Num, PageView
from .part_of import RATE_PART
from .tolerance import Interval

MAX_RUN = 12  # parts in one run: a budget's heads of expenditure, not a report's every share


def from_share_parts(view: PageView, drafts: list[Draft]) -> list[Draft]:
    by_start = {n.rec["start"]: n for n in view.nums}
    parts_of: dict[int, dict[int, Num]] = {}
    for d in drafts:
        if d.check != "part_of" or len(d.facts) != 2 or not d.explanation.startswith(RATE_PART):
            continue
        whole, part = (by_start.get(f["start"]) for f in d.facts)
        if whole is not None and part is not None:
            parts_of.setdefault(whole.rec["start"], {})[part.rec["start"]] = part
    summed = {(d.facts[0]["start"], frozenset(f["start"] for f in d.facts[1:])) for d in drafts if d.check == "sum"}
    out: list[Draft] = []
    for at, found in parts_of.items():
        whole = by_start[at]
        parts = [found[k] for k in sorted(found)]
        if len(parts) < 2:
            continue
        used: set[int] = set()
        for run in _exact_runs(whole, parts):
            used.update(p.rec["start"] for p in run)
            out.append(sum_draft(whole, run, False, "各项占比之和", disjoint=False))
            out[-1].explanation = out[-1].explanation.rstrip("。") + "（各部分的占比已由算术确认，合为整体）。"
        by_sentence: dict[int, list[Num]] = {}
        for p in parts:
            if p.rec["start"] not in used:
                by_sentence.setdefault(p.sentence, []).append(p)
        for group in by_sentence.values():
            if len(group) >= 2:
                out.append(sum_draft(whole, group, False, "各项只是按占比列出的部分", disjoint=False))
    return [d for d in out if (d.facts[0]["start"], frozenset(f["start"] for f in d.facts[1:])) not in summed]


def _exact_runs(whole: Num, parts: list[Num]) -> list[list[Num]]:
    """Runs of two or more consecutive parts whose sum meets the whole, the longest from each
    start, none overlapping."""
    runs: list[list[Num]] = []
    i = 0
    while i < len(parts):
        got, best = Interval(0.0, 0.0), 0
        for j in range(i, min(len(parts), i + MAX_RUN)):
            got = got + parts[j].interval
            if got.lo > whole.interval.hi:
                break
            if j > i and got.meets(whole.interval):
                best = j + 1
        if best:
            runs.append(parts[i:best])
            i = best
        else:
            i += 1
    return runs
