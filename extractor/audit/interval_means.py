"""average (intervals): a mean interval between events against the span of time and the count of them.

    在 10 分钟内，这台机器人平均每 20 秒完成一次焊接，共焊接 30 次        600 秒 ÷ 30 次 = 20 秒
    平均次数达 25 次，在 5 分钟的比赛时间中平均 15 秒就转换一个队形        300 秒 ÷ 25 次 = 12 秒: inconsistent

The interval is a duration said as a mean (`平均每`, `平均`: data/interval_means.toml) and followed,
in its clause, by the event it separates (`一次`, `一个队形`); the span is a duration of its sentence
said as a stretch of time (`在 … 内/中`), and the count the sentence's one count of the events (in
`次` or the event's classifier). The span over the count against the interval, in seconds: a
quotient that meets the interval within the precision written is consistent. Events and the gaps
between them may differ by one (`30 次` in 29 gaps): a quotient that meets only so is unverifiable.
Otherwise the numbers the words tie contradict each other: inconsistent where the interval and
the count are exact, else unverifiable. A sentence with two spans or two counts is not read.
Linear: each interval looks only at its own sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView, same_unit
from .tolerance import Interval, fmt, fmt_like


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("interval_means.toml")


@lru_cache(maxsize=1)
def _event_re() -> re.Pattern:
    """`就转换一个队形` after the interval: `一` and the event's classifier, no number between."""
    return re.compile(rf"[^\d０-９，。；：,;]{{0,{_data()['event_reach']}}}?一(?P<cls>[^\d０-９一二三四五六七八九十两，。；：,;])")


def check(view: PageView) -> list[Draft]:
    seconds = _data()["seconds"]
    drafts = []
    for per in view.nums:
        if per.type != "duration" or per.unit not in seconds or per.value <= 0:
            continue
        label = view.label_before(per)
        if not label.endswith(tuple(sorted(_data()["mean_words"], key=len, reverse=True))):
            continue
        m = _event_re().match(view.text, per.end, view.clause_end(per.end))
        if m is None:
            continue
        same = [n for n in view.in_sentence(per.sentence) if n is not per and _same_part(view, n, per)]
        spans = [n for n in same if n.type == "duration" and n.unit in seconds and _is_span(view, n)]
        units = tuple(_data()["event_units"]) + (m.group("cls"),)
        counts = [n for n in same if n.type == "count" and any(same_unit(n.unit, u) for u in units) and n.value > 1]
        if len(spans) == 1 and len(counts) == 1:
            drafts.append(interval_draft(per, spans[0], counts[0], seconds))
    return drafts


def _same_part(view: PageView, a: Num, b: Num) -> bool:
    """Not separated by `；`: the parts of a long sentence speak of different things."""
    lo, hi = sorted((a, b), key=lambda n: n.start)
    return "；" not in view.text[lo.end:hi.start]


def _is_span(view: PageView, n: Num) -> bool:
    """`在 5 分钟的比赛时间中`, `在 10 分钟内`: a stretch of time the events fill."""
    if not view.label_before(n).endswith(tuple(_data()["span_open"])):
        return False
    after = view.text[n.end:min(view.clause_end(n.end), n.end + _data()["span_reach"])]
    return any(w in after for w in _data()["span_close"])


def interval_draft(per: Num, span: Num, count: Num, seconds: dict) -> Draft:
    """The mean interval against span ÷ count, both in seconds."""
    span_s, per_s = float(seconds[span.unit]), float(seconds[per.unit])
    total = span.interval.scale(span_s / per_s)  # the span in the interval's unit
    point = span.value * span_s / per_s / count.value
    converted = "" if span_s == per_s else f"（{fmt(span.value * span_s / per_s)}{per.unit}）"
    shown = f"{span.written}{converted} ÷ {count.written} = {fmt_like(point, per.text, per.value)}，与所述 {per.written} "
    refs = [per.ref(), span.ref(), count.ref()]
    if (total / count.interval).meets(per.quotient):
        return Draft("average", "consistent", refs, round(point, 4), per.shown, shown + "一致。")
    gaps = (Interval.point(count.value - 1), Interval.point(count.value + 1))
    if any((total / g).meets(per.quotient) for g in gaps if g.lo > 0):
        return Draft("average", "unverifiable", refs, round(point, 4), per.shown,
                     shown + "不符；但按间隔数（次数差一）计算相符，无法据此判定有误。")
    if per.qualifier == "exact" and count.qualifier == "exact":
        return Draft("average", "inconsistent", refs, round(point, 4), per.shown, shown + "不符。")
    return Draft("average", "unverifiable", refs, round(point, 4), per.shown,
                 shown + f"不符；但 {per.written} 或 {count.written} 是约数，无法据此判定有误。")
