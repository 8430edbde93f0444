"""Parallel breakdowns: once a total's sentence is found broken down sentence by sentence, the
other measures the total's sentence names are broken down by the same sentences.

    全国城镇教职工住房共投资 542 亿元，竣工 8012 万平方米，建成住房 105 万套。
    中小学教职工住房共完成投资 413 亿元，竣工面积 6626 万平方米。
    普通高校教职工住房共完成投资 129 亿元，竣工面积 1386 万平方米，建成住房 18.5 万套。
The sum 542 = 413 + 129 (found by sum.py, its parts each in a sentence of their own) says the
two sentences are parts of the first; so 18.5 万套, named as 105 万套 is (`建成住房`) and of its
unit, is a part of it. Every part sentence naming the measure: a sum (partial: the breakdown of
the first measure need not be that of the second); some of them: each a part. The relation rests
on the first sum's arithmetic and on the names, not on the second measure's numbers, so a wrong
number there stays found; it is inconsistent only where the names are the same word for word.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .findings import part_of_draft, sum_draft
from .heads import measured_name
from .model import Draft, Num, PageView
from .tolerance import Interval
from .wording import word_direction

_NAME = 2  # the shortest name that ties a measure to its parallel in a part's sentence
_WHY = "与已核对的分项总数同句列出、名称相同的量，由同样各句分项构成："
_WEAK = "两数名称只是结尾相同"
_CHANGES = "总数与各分项都已核对相加一致，各自紧接的同向增减量也应相加一致"
_CHANGE_REACH = 16  # characters between a level and the change said right after it


def from_sums(view: PageView, drafts: list[Draft]) -> list[Draft]:
    by_start = {n.rec["start"]: n for n in view.nums}
    claims = {d.facts[0]["start"] for d in drafts if d.check != "growth"}
    out = []
    for d in drafts:
        if d.check != "sum" or d.verdict != "consistent" or len(d.facts) < 3:
            continue
        nums = [by_start.get(f["start"]) for f in d.facts]
        if any(n is None for n in nums):
            continue
        total, parts = nums[0], nums[1:]
        found_changes = _changes_summed(view, total, parts, claims)
        if found_changes is not None:
            out.append(found_changes)
        sentences = [p.sentence for p in parts]
        if total.sentence in sentences or len(set(sentences)) != len(sentences):
            continue  # a breakdown within one sentence: its other numbers are that clause's
        for measure in view.in_sentence(total.sentence):
            if measure is total or measure.rec["start"] in claims or not _summable(view, measure):
                continue
            name = measured_name(view, measure)
            if len(name) < _NAME:
                continue
            found = [m for m in (_parallel(view, p.sentence, measure, name, p) for p in parts) if m]
            if not found:
                continue
            exact = all(measured_name(view, m) == name for m in found)
            if len(found) == len(parts):
                out.append(sum_draft(measure, found, False, _WHY + "各项合计不应超过它"))
            else:
                out += [part_of_draft(measure, m, _WHY + "其一", None if exact else _WEAK) for m in found]
            claims.add(measure.rec["start"])
    return out


def _changes_summed(view: PageView, total: Num, parts: list[Num], claims: set[int]) -> Draft | None:
    """`债券 3.8 万亿元，比去年增加 4500 亿元。其中，省级 1.3 万亿元，增加 1800 亿元；市县 2.5
    万亿元，增加 2700 亿元`: a total whose parts add up, each said with its own change right after
    it: the total's change is the sum of the parts' changes (the levels a year before add up too),
    when every change goes the same way."""
    if not sum((p.interval for p in parts), Interval(0.0, 0.0)).meets(total.interval):
        return None  # a partial breakdown (`不超过`): the parts' changes need not make the total's
    changes = [_change_after(view, n) for n in [total] + parts]
    if any(c is None for c in changes) or changes[0].rec["start"] in claims:
        return None  # (a change that only growth.py read, as unverifiable, is not in `claims`)
    ways = {word_direction(view.label_before(c).rstrip("了")) for c in changes}
    if len(ways) != 1 or None in ways:
        return None
    claims.add(changes[0].rec["start"])
    d = sum_draft(changes[0], changes[1:], True, _CHANGES)
    d.explanation = d.explanation.rstrip("。") + f"（{_CHANGES}）。"
    return d


def _change_after(view: PageView, n: Num) -> Num | None:
    """The change said right after a level, in its clause or the next (`1700 亿元，增加 1000 亿元`):
    of its measure, with no other number or `；` between."""
    after = view.between(n.end, n.end + _CHANGE_REACH)
    if not after or after[0].sentence != n.sentence or not after[0].same_measure(n) or not is_change(view, after[0]):
        return None
    gap = view.text[n.end:after[0].start]
    return after[0] if not any(c in gap for c in "；;。") and gap.count("，") <= 1 else None


def _summable(view: PageView, n: Num) -> bool:
    """An amount that adds up: not a change, a range, or an average (`人均居住面积`)."""
    if n.type not in SUMMABLE_TYPES or n.qualifier in ("range", "under") or is_change(view, n):
        return False
    label = view.text[view.clause_start(n.start):n.start]
    return not any(w in label for w in cues.table("period_parts.toml")["period_parts"]["average"])


def _parallel(view: PageView, sentence: int, measure: Num, name: str, taken: Num) -> Num | None:
    """The one number of a part's sentence named as the measure (one name ends the other) and of
    its unit."""
    alike = [m for m in view.in_sentence(sentence) if m is not taken and m.same_measure(measure)
             and _summable(view, m) and _named_alike(measured_name(view, m), name)]
    return alike[0] if len(alike) == 1 else None


def _named_alike(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _NAME and long_.endswith(short)
