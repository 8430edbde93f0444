"""average (intervals): a mean interval between events against the span of time and the count of them.

    在 10 分钟内，这台机器人平均每 20 秒完成一次焊接，共焊接 30 次        600 秒 ÷ 30 次 = 20 秒
    在 6 分钟里，这条流水线共灌装 40 次，平均每 12 秒灌装一次            360 秒 ÷ 40 次 = 9 秒: inconsistent
    各组平均翻转 30 次，在 4 分钟内平均 10 秒翻转一次                    a mean count: unverifiable

The interval is a duration said as a mean (`平均每`, `平均`: data/interval_means.toml) and followed,
in its clause, by the event it separates (`一次`, `一个队形`); the span is a duration of its sentence
said as a stretch of time (`在 … 内/中`), and the count the sentence's one count of the events (in
`次` or the event's classifier). The span over the count against the interval, in seconds: a
quotient that meets the interval within the precision written is consistent. Events and the gaps
between them may differ by one (`30 次` in 29 gaps): a quotient that meets only so is unverifiable.
Otherwise the numbers the words tie contradict each other: inconsistent where the interval and
the count are exact and the count is no mean itself, else unverifiable (a mean count over several
groups against a mean interval: the mean of the groups' intervals need not be the span over the mean
count). A sentence with two spans or two counts is not read, nor a count of another stretch of time
(`全年累计巡查 1 万次`: data/interval_means.toml count_not_after) or of another event than the one the
interval separates (`共射门 24 次` against `一次进攻`: the event's first characters must be in the
count's words where the event is named).
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
def _mean_words() -> tuple[str, ...]:
    """Words that say a duration is a mean (data/interval_means.toml), the longest first."""
    return tuple(sorted(_data()["mean_words"], key=len, reverse=True))


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
        if not label.endswith(_mean_words()):
            continue
        m = _event_re().match(view.text, per.end, view.clause_end(per.end))
        if m is None:
            continue
        same = [n for n in view.in_sentence(per.sentence) if n is not per and view.same_part(n, per)]
        spans = [n for n in same if n.type == "duration" and n.unit in seconds and _is_span(view, n)]
        units = tuple(_data()["event_units"]) + (m.group("cls"),)
        counts = [n for n in same if n.type == "count" and any(same_unit(n.unit, u) for u in units) and n.value > 1]
        if len(spans) == 1 and len(counts) == 1 and _counts_the_event(view, counts[0], m):
            drafts.append(interval_draft(per, spans[0], counts[0], seconds, _mean_count(view, counts[0])))
    return drafts


def _counts_the_event(view: PageView, count: Num, event: re.Match) -> bool:
    """Whether the count is of the span's events: not said of another stretch of time (全年, 累计), and, where the
    event is named after its classifier (`一次进攻`), the count's words hold the event's first characters or the
    verb before its `一` (`下线一辆汽车`, `共下线 30 辆`)."""
    label = view.label_before(count)
    if any(w in label for w in _data()["count_not_after"]):
        return False
    named = re.match(r"[\u4e00-\u9fff]{2}", view.text[event.end():view.clause_end(event.end())])
    if named is None:
        return True
    verb = view.text[event.start():event.start("cls") - 1][-2:]
    near = label + view.text[count.end:count.end + 4]
    return named.group() in near or (len(verb) == 2 and verb in near)


def _mean_count(view: PageView, count: Num) -> bool:
    """`平均次数达 25 次`, `平均翻转 30 次`: the count is itself a mean over several groups."""
    return any(w in view.label_before(count) for w in _data()["mean_words"])


def _is_span(view: PageView, n: Num) -> bool:
    """`在 5 分钟的比赛时间中`, `在 10 分钟内`: a stretch of time the events fill."""
    if not view.label_before(n).endswith(tuple(_data()["span_open"])):
        return False
    after = view.text[n.end:min(view.clause_end(n.end), n.end + _data()["span_reach"])]
    return any(w in after for w in _data()["span_close"])


def interval_draft(per: Num, span: Num, count: Num, seconds: dict, mean_count: bool = False) -> Draft:
    """The mean interval against span ÷ count, both in seconds (mean_count: the count is itself a mean)."""
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
    if mean_count:
        return Draft("average", "unverifiable", refs, round(point, 4), per.shown,
                     shown + f"不符；但 {count.written} 本身是平均数，各组间隔的平均不必等于时长除以平均次数，无法据此判定有误。")
    if per.qualifier == "exact" and count.qualifier == "exact":
        return Draft("average", "inconsistent", refs, round(point, 4), per.shown, shown + "不符。")
    return Draft("average", "unverifiable", refs, round(point, 4), per.shown,
                 shown + f"不符；但 {per.written} 或 {count.written} 是约数，无法据此判定有误。")
