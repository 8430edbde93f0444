"""The findings of a rate: a stated rate against its numerator over its denominator, or one
whose denominator the text does not give (rate.py, respective.py, sibling_shares.py find the terms).
"""
from __future__ import annotations

import math

from . import cues
from .model import Draft, Num
from .tolerance import Interval, fmt, interval_of, rounded

_EDGE = 0.05  # a mismatch within this share of the stated rate's precision is a rounding edge


def rate_draft(p: Num, num: Num, den: Num, weak: str | None = None, set_whole: bool = False) -> Draft:
    """num ÷ den against the stated rate; with `weak` (why den may not be the whole) a mismatch
    is unverifiable, not inconsistent. `set_whole`: den is a target or plan the rate is a
    fulfilment of (`完成年度目标的 N%`): a figure set, not measured, so as exact as written
    (`1.2 万个` is 12000, not 11500–12500)."""
    if den.value <= 0:
        return Draft("rate", "unverifiable", [p.ref(), num.ref(), den.ref()], None, p.shown,
                     f"分母 {den.written} 为 0，{p.written} 无从计算。")
    whole = Interval.point(den.value) if set_whole and den.qualifier == "exact" else den.interval
    got = (num.interval / whole).scale(100.0)
    point = num.value / den.value * 100
    ok = got.meets(p.interval)
    relation = "一致" if ok else "不符"
    k, sign = (10.0, "‰") if per_mille(p) else (1.0, "%")
    relation += rounded(round(point, 6), p.value) if ok else ""
    text = (f"{num.written} ÷ {den.written} = {fmt(point * k, 2)}{sign}，与所述 {p.written} {relation}"
            + ("" if ok else f"（按所写精度应在 {fmt(p.interval.lo * k, 3)}{sign}–{fmt(p.interval.hi * k, 3)}{sign} 之间）"))
    verdict = "consistent" if ok else "inconsistent"
    if not ok and not weak and _edge(got, p):
        # `1636.6 ÷ 3250.6 = 50.348%` against `50.4%`: a hair outside the written precision, as
        # rounding the terms another way may give; not sure enough to call an error
        weak = "差距只在舍入边缘"
    if not ok and weak:
        verdict, text = "unverifiable", text + f"；但{weak}，无法据此判定有误"
    return Draft("rate", verdict, [p.ref(), num.ref(), den.ref()], round(point, 3), p.shown, text + "。")


def _edge(got: Interval, p: Num) -> bool:
    """Two intervals apart by less than `_EDGE` of the stated rate's precision: the width of its
    interval, or where that is open (`47.8% 以上`, no upper end) of the number as written (0.15
    points for 47.8%), else every miss of an open bound would be an edge."""
    stated = p.interval
    gap = max(got.lo - stated.hi, stated.lo - got.hi)
    width = stated.hi - stated.lo
    if not math.isfinite(width):
        exact = interval_of(p.text, p.value, "exact", None, p.type)
        width = exact.hi - exact.lo
    return gap <= _EDGE * width


def per_mille(p: Num) -> bool:
    return any(w in p.text for w in cues.words("rate", "per_mille"))


def unverifiable_draft(p: Num, num: Num) -> Draft:
    return Draft("rate", "unverifiable", [p.ref(), num.ref()], None, p.shown,
                 f"{p.written} 所对应的整体（分母）未在文中给出，无法用 {num.written} 核对。")
