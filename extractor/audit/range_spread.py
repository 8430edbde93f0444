"""range: the spread of the units' values against the whole's value and the bounds they pass.

    农村居民人均可支配收入…增加到 16275 元。各乡镇农村居民人均可支配收入在 1.3 万元至 2.1 万元之间，
    14 个乡镇中有 4 个超过 1.8 万元。
A range whose name opens with `各` and a units' name (`各乡镇`, data/range_spread.toml) and that is
said with `之间` gives the lowest and the highest of the units' values. Then:
- the whole's value of the same name (the range's name less `各乡镇`, the fact records' metric), of
  the same unit and period, in the paragraph, no change: where it is an average or a rate (`人均`,
  `率`, `增幅`) it lies between its units' lowest and highest, as any weighted average does. Inside
  is consistent; outside is unverifiable (the units named may leave part of the whole out, as
  `各县市区` leaves out the city's own level);
- a bound some of the units pass (`有 4 个超过 1.8 万元`, `低于`), in the range's sentence after it, of
  the same unit: a bound above the highest value (below the lowest) that units pass contradicts the
  range, an error; within it, consistent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .amounts import is_change
from .heads import record_field
from .model import Draft, Num, PageView

_SOME = re.compile(r"有[0-9０-９一二两三四五六七八九十]+[个家所座户]?$")  # `14 个乡镇中有 4 个` before the bound


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("range_spread.toml")["range_spread"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for n in view.nums:
        if not is_spread(view, n):
            continue
        metric = record_field(n, "metric") or ""
        d = _data()
        if not metric.startswith(d["each"]):
            continue
        for cut in range(2, int(d["units_chars"]) + 2):
            whole = _whole(view, n, metric[cut:])
            if whole is not None:
                drafts.append(_whole_draft(whole, n))
                break
        drafts += [_bound_draft(b, n) for b in _bounds(view, n)]
    return drafts


def is_spread(view: PageView, n: Num) -> bool:
    """`在 1.3 万元至 2.1 万元之间`: a range of the units' values, the lowest and the highest (no
    total of them: sum.py passes it over)."""
    if n.qualifier != "range" or n.value_max is None:
        return False
    after = view.text[n.end:n.end + 4]
    return any(after.startswith(w) for w in _data()["between"])


def _whole(view: PageView, rng: Num, name: str) -> Num | None:
    """The nearest number of the paragraph named `name`, an average or rate, of the range's unit
    and period, that is no change and no range."""
    if len(name) < 2 or not any(w in name for w in _data()["averaged"]):
        return None
    found = [m for m in view.in_paragraph(rng.paragraph) if m is not rng and m.same_measure(rng)
             and record_field(m, "metric") == name and m.qualifier in ("exact", "about")
             and record_field(m, "period") == record_field(rng, "period") and not is_change(view, m)]
    return min(found, key=lambda m: abs(m.start - rng.start), default=None)


def _bounds(view: PageView, rng: Num) -> list[Num]:
    """Bounds after the range in its sentence, of its unit, that some of the units pass."""
    return [m for m in view.in_sentence(rng.sentence) if m.start > rng.end and m.same_measure(rng)
            and m.qualifier in ("over", "under") and _SOME.search(view.text[view.clause_start(m.start):m.start]
                                                                 .rstrip("超过高于低于不足以上下"))]


def _whole_draft(whole: Num, rng: Num) -> Draft:
    facts = [whole.ref(), rng.ref()]
    span = rng.written
    if whole.interval.meets(rng.interval):
        return Draft("range", "consistent", facts, [rng.value, rng.value_max], whole.shown,
                     f"整体的 {whole.written} 是各单位的平均或比率，应在各单位最低与最高之间（{span}），在其中，一致。")
    return Draft("range", "unverifiable", facts, [rng.value, rng.value_max], whole.shown,
                 f"整体的 {whole.written} 不在各单位的 {span} 之间；但所说的各单位未必构成整体的全部，"
                 "无法据此判定有误。")


def _bound_draft(bound: Num, rng: Num) -> Draft:
    facts = [bound.ref(), rng.ref()]
    span = rng.written
    over = bound.qualifier == "over"
    fits = bound.value < rng.interval.hi if over else bound.value > rng.interval.lo
    side = "超过" if over else "低于"
    if fits:
        return Draft("range", "consistent", facts, [rng.value, rng.value_max], bound.shown,
                     f"有单位{side} {bound.written}，与各单位在 {span} 之间相容，一致。")
    return Draft("range", "inconsistent", facts, [rng.value, rng.value_max], bound.shown,
                 f"所说各单位都在 {span} 之间，不可能有单位{side} {bound.written}。")
