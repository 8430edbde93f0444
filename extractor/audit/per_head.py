"""per_head: a total against a count of units and the figure per unit, where either may be read two ways.

    全年共救助 2400 人，其中城镇 600 人，农村 1800 人，发放救助金 1728 万元，月人均 600 元。

Two things decide the pairing that bounds.py's nearest count and plain division leave open:
    the count     a count said as the whole (`共`, `共有`, `合计`: data/cues.toml [bounds]
                  total_markers) among several of the unit in the sentence is the one the total is
                  spread over; the nearest is often a sub-count (`农村 1800 人`)
    the period    a figure per month (`月人均`, `每月`: data/per_head.toml) against a total not said
                  of a month: the total covers twelve months (1728 万元 ÷ 2400 人 ÷ 12 = 600 元)
A pairing that holds is consistent; one that does not, where the text left another count or the
period open, is unverifiable with the reason, never inconsistent.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView, same_unit
from .tolerance import as_number, fmt_like


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("per_head.toml")["per_head"]


def monthly(view: PageView, per: Num, total: Num) -> bool:
    """A figure per month against a total not said of a month."""
    return any(w in view.label_before(per) for w in _data()["monthly"]) \
        and not any(w in view.label_before(total) for w in _data()["total_monthly"])


def _counts(view: PageView, per: Num, count: Num) -> list[Num]:
    """Counts of the chosen count's unit in the per-unit figure's sentence, before the figure."""
    return [n for n in view.in_sentence(per.sentence) if n.type == count.type and same_unit(n.unit, count.unit)
            and n.end <= per.start and "；" not in view.text[n.end:per.start]]


def _whole_count(view: PageView, counts: list[Num], nearest: Num) -> Num:
    marked = [n for n in counts if cues.contains_any(view.label_before(n), "bounds", "total_markers")]
    return marked[-1] if len(marked) == 1 else nearest


def draft(view: PageView, total: Num, nearest: Num, per: Num) -> Draft | None:
    """The finding for a per-unit figure said after its total; None where bounds.product_draft
    reads it as it stands (one count, no month)."""
    counts = _counts(view, per, nearest)
    months = _data()["months"] if monthly(view, per, total) else 1
    count = _whole_count(view, counts, nearest)
    if per.start < total.start or (months == 1 and count is nearest and len(counts) <= 1):
        return None
    got = (total.interval / count.interval).scale(1 / months)
    ok = got.meets(per.quotient)
    point = total.value / count.value / months if count.value else float("inf")
    shown = f"{total.written} ÷ {count.written}" + (f" ÷ {months}（月）" if months > 1 else "")
    text = f"{shown} = {fmt_like(point, per.text, per.value)}，与所述 {per.written} {'一致' if ok else '不符'}"
    refs = [per.ref(), total.ref(), count.ref()]
    if ok:
        return Draft("average", "consistent", refs, as_number(point), per.shown, text + "。")
    why = "按月计的人均数与全年总数的对应" if months > 1 else f"人数有 {len(counts)} 个可选"
    return Draft("average", "unverifiable", refs, as_number(point), per.shown,
                 f"{text}，但{why}未必如此，无法据此判定有误。")

