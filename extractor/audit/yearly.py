"""A yearly average change (`从 1997 年的 8651 亿元增加到 2002 年的 18914 亿元，平均每年增长 16.9%`)
against its two levels: compounded over the years between the two years that date them.

The stated rate is often at comparable prices while the levels are in current prices, so a rate
that the levels do not give is unverifiable, never inconsistent; one they give is consistent.
"""
from __future__ import annotations

import re

from .model import Draft, Num, PageView
from .tolerance import Interval, fmt

_YEAR = re.compile(r"(\d{4})年(?:的|底|末)?$")
_DATED = 10  # characters before a level that may hold its year


def _year_of(view: PageView, n: Num) -> int | None:
    m = _YEAR.search(view.text[max(view.clause_start(n.start), n.start - _DATED):n.start])
    return int(m.group(1)) if m else None


def compound_draft(view: PageView, ref: dict, written: str, shown: float, stated: Interval,
                   direction: str, new: Num, base: Num, real: str | None) -> Draft | None:
    """The yearly rate the two levels give over the years that date them, against the stated
    one (a percent); None when the levels are not dated by a year each."""
    y0, y1 = _year_of(view, base), _year_of(view, new)
    if y0 is None or y1 is None or y1 <= y0 or base.value <= 0 or new.value <= 0:
        return None
    years = y1 - y0
    sign = 1.0 if direction == "up" else -1.0
    lo = ((new.interval.lo / base.interval.hi) ** (1 / years) - 1) * 100 * sign
    hi = ((new.interval.hi / base.interval.lo) ** (1 / years) - 1) * 100 * sign
    point = ((new.value / base.value) ** (1 / years) - 1) * 100
    ok = Interval(min(lo, hi), max(lo, hi)).meets(stated)
    formula = f"({new.written} ÷ {base.written})^(1/{years}) − 1 = {fmt(point, 2)}%"
    facts = [ref, new.ref(), base.ref()]
    if ok:
        return Draft("growth", "consistent", facts, round(point, 3), shown,
                     f"{y0} 年至 {y1} 年共 {years} 年，{formula}，与所述年均 {written} 一致。")
    why = real or "年均增速常按可比价格计算，文中两端是现价"
    return Draft("growth", "unverifiable", facts, None, shown,
                 f"{y0} 年至 {y1} 年共 {years} 年，名义计算 {formula}，与所述年均 {written} 不同；"
                 f"但{why}，无法据此判定有误。")
