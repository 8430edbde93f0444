"""The findings of a breakdown: a total against its parts, a part against its whole."""
from __future__ import annotations

import math

from .model import Draft, Num
from .tolerance import Interval, as_number, fmt_like, rounded, within


def sum_draft(total: Num, parts: list[Num], exhaustive: bool, why: str, disjoint: bool = True) -> Draft:
    got = sum((p.interval for p in parts), Interval(0.0, 0.0))
    point = sum(p.value for p in parts)
    claim = total.interval
    shown = " + ".join(p.written for p in parts)
    total_s = total.written
    sum_s = fmt_like(point, total.text, total.value)
    if got.lo > claim.hi + 1e-9 * max(1.0, claim.hi):
        diff = fmt_like(point - total.value, total.text, total.value)
        text = f"{shown} = {sum_s}，超过所述总数 {total_s}（多出 {diff}）"
        if exhaustive or disjoint:
            verdict = "inconsistent"
        else:
            verdict = "unverifiable"
            text += "，但各部分按属性划分，可能互有重叠"
    elif got.meets(claim):
        verdict = "consistent"
        bounded = all(math.isfinite(i.hi) for i in [claim, got])
        text = f"{shown} = {sum_s}，与所述总数 {total_s} 一致{rounded(point, total.value) if bounded else ''}"
    elif exhaustive:
        verdict = "inconsistent"
        diff = fmt_like(total.value - point, total.text, total.value)
        text = f"{shown} = {sum_s}，少于所述总数 {total_s}（差 {diff}），而{why}"
    else:
        verdict = "consistent"
        text = f"{shown} = {sum_s}，不超过所述总数 {total_s}（{why}）"
    return Draft("sum", verdict, [total.ref()] + [p.ref() for p in parts], as_number(point), as_number(total.value),
                 text + "。", {"breakdown": "exhaustive" if exhaustive else "partial"})


def part_of_draft(whole: Num, part: Num, why: str, weak: str | None = None) -> Draft:
    """A part against its whole; with `weak` (why the two may not be part and whole) a part over
    the whole is unverifiable, not inconsistent."""
    ok = part.interval.lo <= whole.interval.hi + 1e-9 * max(1.0, whole.interval.hi)
    if ok:
        shown = within(part.written, part.value, part.interval, whole.written, whole.value, whole.interval)
        text = f"{why} {part.written} {shown}。"
        verdict = "consistent"
    elif weak:
        text = f"{why} {part.written} 超过了 {whole.written}，但{weak}，无法据此判定有误。"
        verdict = "unverifiable"
    else:
        text = f"{why} {part.written} 超过了整体 {whole.written}，部分不能大于整体。"
        verdict = "inconsistent"
    return Draft("part_of", verdict, [whole.ref(), part.ref()], [0, as_number(whole.value)], as_number(part.value), text)
