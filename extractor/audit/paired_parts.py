"""paired_parts: parts that each carry a second measure, once the first measure adds up exactly.

    现场签约项目 12 个，总投资 80 亿元。…从项目结构看，制造业项目 7 个，投资 52 亿元；服务业项目 5 个，投资 28 亿元。

The counts 7 + 5 = 12 (a sum another check found, holding exactly) say the kinds are all the
projects the total counts. Each kind's investment is said right after its count, and the total's
right after the total count, named alike (`投资` ends `总投资`; `协议投资` is `协议总投资` less its 总): so the investments of the kinds
make the total investment, an exhaustive sum whose mismatch is inconsistent. The evidence is the
first measure's exact arithmetic and the pairing of every part: each part and the total have one
number of the second measure right after it (in the clause after it at most, before the next
part and before a `；` or the sentence's end); any part without one, a name that does not end the
total's (`完成投资` is no part of `计划投资`), an average or a change, and nothing is said.
"""
from __future__ import annotations

import math

from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .findings import sum_draft
from .heads import measured_name, named_alike
from .measures import is_per_head
from .model import Draft, Num, PageView

_WHY = "各部分的个数恰好加总为总数，各部分紧随其后的另一量也应加总为总数紧随其后的同名量"
_STOPS = "；;。"
_CLAUSES = 1  # commas at most between a number and the one it carries
_TOTAL = "总"  # the word a total's name may hold before its measure (协议总投资)


def _partner(view: PageView, n: Num, stop: int) -> Num | None:
    """The number of another measure said right after n, before `stop`."""
    after = view.between(n.end, stop)
    if not after:
        return None
    m = after[0]
    gap = view.text[n.end:m.start]
    if any(c in gap for c in _STOPS) or gap.count("，") + gap.count(",") > _CLAUSES or m.same_measure(n) \
            or m.type not in SUMMABLE_TYPES or is_change(view, m) or is_per_head(view, m) or m.qualifier != "exact":
        return None
    return m


def reread(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a sum of the second measure for each exact sum whose parts carry one: added,
    or put in place of a reading of the same numbers as a partial breakdown (`其中` lists only some
    kinds; the first measure's arithmetic says they are all)."""
    sums = {_spans(d): i for i, d in enumerate(drafts) if d.check == "sum"}
    claimed = {(d.facts[0]["start"], d.facts[0]["end"]) for d in drafts if d.check == "sum"}
    out = list(drafts)
    for d in drafts:
        if d.check != "sum" or d.verdict != "consistent" or len(d.facts) < 3:
            continue
        nums = [view.num_of(f) for f in d.facts]
        if not all(nums) or not math.isclose(sum(p.value for p in nums[1:]), nums[0].value, rel_tol=1e-9):
            continue
        found = _carried_sum(view, nums[0], sorted(nums[1:], key=lambda p: p.start))
        if found is None:
            continue
        same = sums.get(_spans(found))
        if same is not None and drafts[same].extra.get("breakdown") == "partial":
            out[same] = found  # the same numbers read as only some kinds: they are all
        elif (found.facts[0]["start"], found.facts[0]["end"]) not in claimed:
            out.append(found)
        claimed.add((found.facts[0]["start"], found.facts[0]["end"]))
    return out


def _spans(d: Draft) -> tuple:
    return ((d.facts[0]["start"], d.facts[0]["end"]), frozenset((f["start"], f["end"]) for f in d.facts[1:]))


def _carried_sum(view: PageView, total: Num, parts: list[Num]) -> Draft | None:
    """The sum of the numbers said right after each part against the one said right after the total."""
    ends = [p.start for p in parts[1:]] + [view.sentences[parts[-1].sentence].end]
    carried = [_partner(view, p, end) for p, end in zip(parts, ends)]
    whole = _partner(view, total, view.sentences[total.sentence].end)
    if whole is None or not all(carried) or not all(c.same_measure(whole) for c in carried):
        return None
    name = measured_name(view, whole)
    # (`协议总投资` over the kinds' `协议投资`: the total's 总 is no other measure)
    whole_names = (name, name.replace(_TOTAL, "", 1)) if _TOTAL in name else (name,)
    if not all(any(named_alike(measured_name(view, c), w, True) for w in whole_names) for c in carried):
        return None
    return sum_draft(whole, carried, True, _WHY)
