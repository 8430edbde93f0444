"""growth_calc: the arithmetic of a stated change against its new value and its base (or the
amount of change), with the precision each number was written to."""
from __future__ import annotations

from .model import Draft, Num
from .tolerance import Interval, fmt, rounded
from .wording import Change


def growth_draft(ch: Change, direction: str, new: Num, base: Num, increment: bool = False,
                 of_base: bool = False, set_levels: bool = False, set_base: bool = False) -> Draft:
    """The stated change against new and base; with `increment` the second number is the amount
    of change (`比年初增加 4.6 亿元，增长 20%`), so the base is new minus it; with `of_base` too, the
    first number is the base itself (`去年 A，今年比上年增加 X%，即增加 D`: D ÷ A). `set_levels`:
    both levels are figures set (a plan and the plan it was moved to, `计划 10 万亩，后调整为 12 万亩`),
    as exact as written, not measures rounded to their last digit (as a fulfilment's target is);
    `set_base`: only the base is (a plan, the level reached a measured outcome that keeps its rounding)."""
    sign = 1.0 if direction == "up" else -1.0
    if of_base and ch.kind in ("%", "倍") and new.value > 0:
        return _over_base(ch, new, base)
    start_value = new.value - sign * base.value if increment else base.value
    if ch.kind != "个百分点" and start_value <= 0:
        return Draft("growth", "unverifiable", [ch.ref, new.ref(), base.ref()], None, ch.shown,
                     f"{ch.written} 的基数为 0 或负数，增长率无从计算。")
    if increment and ch.kind in ("%", "倍"):
        start = new.interval - base.interval if sign > 0 else new.interval + base.interval
        got = (base.interval / start).scale(100.0 if ch.kind == "%" else 1.0)
        point = base.value / (new.value - sign * base.value) * (100.0 if ch.kind == "%" else 1.0)
        op = "−" if sign > 0 else "+"
        ok = got.meets(ch.interval)
        shown = f"{fmt(point, 2)}{'%' if ch.kind == '%' else ' 倍'}"
        text = (f"{base.written} ÷ ({new.written} {op} {base.written}) = {shown}，"
                f"与所述 {ch.written} {'一致' if ok else '不符'}。")
        return Draft("growth", "consistent" if ok else "inconsistent", [ch.ref, new.ref(), base.ref()],
                     round(point, 3), ch.shown, text)
    new_iv = _set(new) if set_levels else new.interval
    base_iv = _set(base) if set_levels or set_base else base.interval
    if ch.kind == "个百分点":
        got = (new_iv - base_iv).scale(sign)
        point = sign * (new.value - base.value)
        formula = f"{new.written} − {base.written}" if sign > 0 else f"{base.written} − {new.written}"
        shown = f"{fmt(point, 2)} 个百分点"
    elif ch.kind == "times":
        got = new_iv / base_iv
        point = new.value / base.value
        formula, shown = f"{new.written} ÷ {base.written}", f"{fmt(point, 2)} 倍"
    else:
        got = ((new_iv - base_iv) / base_iv).scale(sign)
        point = sign * (new.value - base.value) / base.value
        if ch.kind != "倍":
            got, point = got.scale(100.0), point * 100
            shown = f"{fmt(point, 2)}%"
        else:
            shown = f"{fmt(point, 2)} 倍"
        formula = (f"({new.written} − {base.written}) ÷ {base.written}" if sign > 0
                   else f"({base.written} − {new.written}) ÷ {base.written}")
    ok = got.meets(ch.interval)
    word = "增长" if sign > 0 else "下降"
    text = f"{formula} = {shown}，与所述{word} {ch.written} {'一致' + rounded(point, ch.value) if ok else '不符'}"
    if not ok:
        text += f"（按所写精度应在 {fmt(ch.interval.lo, 3)}–{fmt(ch.interval.hi, 3)} 之间）"
    return Draft("growth", "consistent" if ok else "inconsistent", [ch.ref, new.ref(), base.ref()],
                 round(point, 3), ch.shown, text + "。")


def _set(n: Num) -> Interval:
    """A set figure's value, exact as written where it is said plainly (not `约`, `以上`)."""
    return Interval.point(n.value) if n.qualifier == "exact" else n.interval


def _over_base(ch: Change, base: Num, inc: Num) -> Draft:
    """The amount of change over the base it counts from, against the stated rate."""
    k = 100.0 if ch.kind == "%" else 1.0
    got = (inc.interval / base.interval).scale(k)
    point = inc.value / base.value * k
    ok = got.meets(ch.interval)
    shown = f"{fmt(point, 2)}{'%' if ch.kind == '%' else ' 倍'}"
    text = f"{inc.written} ÷ {base.written} = {shown}，与所述 {ch.written} {'一致' + rounded(point, ch.value) if ok else '不符'}"
    if not ok:
        text += f"（按所写精度应在 {fmt(ch.interval.lo, 3)}–{fmt(ch.interval.hi, 3)} 之间）"
    return Draft("growth", "consistent" if ok else "inconsistent", [ch.ref, base.ref(), inc.ref()],
                 round(point, 3), ch.shown, text + "。")
