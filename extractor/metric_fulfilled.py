"""The share of a plan fulfilled (`全年城镇新增就业5210人,年度目标为4500人,完成年度目标的115.8%`;
`新增充电桩8000个,已建成9200个,完成年度目标的115.0%`; `年度目标任务为2.40万人,已完成80.0%`)
measures the figure fulfilled, said before it in the sentence, not the target (年度目标为4500人: only what
it is measured against) nor a verb of doing (已建成: the thing built is named with the plan's figure
before it). The phrase is that figure's measure with the plan: 城镇新增就业完成年度目标.
Words: data/metric.toml [fulfilled] (and [plan])."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import last_mark
from .lexicon import alternation, table
from .metric_cut import trim
from .metric_words import unit_words

_SENTENCE_MARKS = "。！？!?\n"
_CLAUSE_MARKS = "，,；;：:"
_REACH = 120
_CLAUSE_LONGEST = 30


def _plan() -> str:
    p = table("metric.toml")["plan"]
    return f"(?:{alternation(p['modifiers'])}){{0,2}}(?:{alternation(p['nouns'])})"


@lru_cache(maxsize=1)
def _share_clause() -> re.Pattern:
    """已完成 / 完成年度目标的 / 完成年度目标（60亿元）的 / 完成年度目标24万人的: the clause of the share."""
    p, t = table("metric.toml")["plan"], table("metric.toml")["fulfilled"]
    target = f"(?:（[^）]{{1,16}}）|\\(.{{1,16}}?\\)|(?P<level>[\\d.]+[万亿]?)(?P<unit>[\u4e00-\u9fff%％]{{1,2}}?))?"
    return re.compile(f"^(?:{alternation(p['adverbs'])})?(?:{alternation(t['verbs'])})(?P<plan>{_plan()})?{target}的?$")


@lru_cache(maxsize=1)
def _target_and_done() -> tuple[re.Pattern, re.Pattern]:
    """年度目标为4500人 (a clause that names the target itself: its plan, then a verb of being), and a
    figure's measure of only a verb (已建成, 招收)."""
    t = table("metric.toml")["fulfilled"]
    target = re.compile(f"^(?P<plan>{_plan()})(?:{alternation(t['target_verbs'])})$")
    return target, re.compile(f"^(?:{alternation(t['done_adverbs'])})?[\u4e00-\u9fff]{{1,2}}$")


_NUMBER = re.compile(r"\d[\d.,]*[多余]?[万亿]*")


def fulfilled_plan(text: str, start: int, measure: Callable[[int, int], str | None]) -> str | None:
    """The measure of the figure the share at `start` fulfils, with the plan (`城镇新增就业完成年度目标`);
    None where the share's clause is no fulfilment of a plan, or no figure before it names a measure.
    `measure(s, e)` reads the metric of the number at [s, e)."""
    (target_clause, verb_only), clause_shape, number = _target_and_done(), _share_clause(), _NUMBER
    lo = _clause_start(text, start)
    m = clause_shape.match(text[lo:start])
    if not m:
        return None
    plan, unit = m.group("plan") or "", m.group("unit")
    floor = max(0, start - _REACH)
    stop = max(last_mark(text, _SENTENCE_MARKS, floor, lo) + 1, floor)
    figures = []  # (start, end, its clause's opening) of the numbers before, nearest last
    for n in number.finditer(text, stop, lo):
        after = text[n.end():n.end() + 3]
        own = _unit_after(after)
        if not own or text.startswith(("年", "月", "日"), n.end()):
            continue
        figures.append((n.start(), n.end() + len(own), own))
    # (粮食总产量达到…，完成年度计划的102%: the figure right before, read as metric.py's plan reading does;
    # this reading is for what that one misses: a target clause or a target inside the share, a bare 已完成, a
    # figure named by a verb alone)
    needed = bool(unit) or m.group("level") is not None or not plan or text[lo:start].endswith("）的")
    candidates = []
    for s, e, own in reversed(figures):
        opening = text[_clause_start(text, s):s]
        target = target_clause.match(opening)
        if target:
            plan = plan or target.group("plan")  # (年度目标任务为2.40万人,已完成80.0%: the plan named before)
            needed = True
            continue
        if unit and own != unit or not unit and own in _PERCENTS:
            continue
        candidates.append((s, e, own))
    if not candidates or not plan:
        return None
    s, e, own = candidates[0]
    subject = measure(s, e)
    if not subject or verb_only.fullmatch(subject):
        # 已建成9200个: the thing done is named with the figure before it in the same unit
        earlier = next(((s2, e2) for s2, e2, u2 in candidates[1:] if u2 == own), None)
        subject = measure(*earlier) if earlier else None
        needed = True
    if not needed or not subject or len(subject) < 2 or verb_only.fullmatch(subject):
        return None
    return trim(subject + table("metric.toml")["fulfilled"]["joining"] + plan)


_PERCENTS = ("%", "％")


def _unit_after(after: str) -> str:
    """The unit right after a number (人, 个, 元, %), up to two characters; '' where none."""
    return next((u for u in unit_words() if after.startswith(u)), "")




def _clause_start(text: str, at: int) -> int:
    cut = last_mark(text, _CLAUSE_MARKS + _SENTENCE_MARKS, max(0, at - _CLAUSE_LONGEST), at)
    return cut + 1 if cut >= 0 else max(0, at - _CLAUSE_LONGEST)


@lru_cache(maxsize=1)
def _target_before() -> tuple[re.Pattern, re.Pattern]:
    """为年初预算 / 完成年度目标 / 完成年度预算（ before a target's amount; ）的 / 的 after it."""
    p, t = table("metric.toml")["plan"], table("metric.toml")["fulfilled"]
    before = re.compile(f"(?:{alternation(p['adverbs'])})?(?:{alternation([*t['verbs'], *t['target_marks']])})"
                        f"(?P<plan>{_plan()})[（(]?$")
    return before, re.compile("[）)]?的")


def plan_target(text: str, start: int, end: int, measure: Callable[[int, int], str | None]) -> str | None:
    """The target amount inside a share of a plan (`一般公共预算收入31.46亿元,为年初预算30.80亿元的102.1%`;
    `固定资产投资86.5亿元，完成年度目标80亿元的108.1%`): the plan of the figure fulfilled, named with that
    figure's measure (一般公共预算收入年初预算); None where the number stands in no such phrase, or no figure
    in its unit before it names a measure."""
    before, after = _target_before()
    lo = _clause_start(text, start)
    m = before.search(text, lo, start)
    if not m or m.end() != start or not after.match(text, end):
        return None
    unit = _unit_after(text[start:end].lstrip("0123456789.,万亿"))
    floor = max(0, start - _REACH)
    stop = max(last_mark(text, _SENTENCE_MARKS, floor, lo) + 1, floor)
    figures = [n for n in _NUMBER.finditer(text, stop, lo) if unit and text.startswith(unit, n.end())]
    subject = measure(figures[-1].start(), figures[-1].end() + len(unit)) if figures else None
    if not subject or len(subject) < 2 or _target_and_done()[1].fullmatch(subject):
        return None
    return trim(subject + m.group("plan"))

