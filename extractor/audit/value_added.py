"""part_of: what a sector, an industry or a kind of economy adds within the gross product of its
place and period.

    2026年全省地区生产总值42816.7亿元 … 海洋经济增加值预计达到9120亿元
    地区生产总值3.86万亿元 … 制造业增加值提升到1.12万亿元，现代服务业增加值提升到1.95万亿元
Value added (`…增加值`, money) is a part of the gross product (`地区生产总值`, `国内生产总值`) of
the same place and period, however far apart a report says them: the product is the value added
of every producer. Value added said in one sentence of different sectors (`工业`, `服务业`, neither
name holding the other) are summed within it, a partial sum; one said alone is held on its own.
The three industries that make the product whole (`第一产业`) are sum.py's, and a value added per
head, a yearly mean or an addition is no level of the period. A little over the product the
finding is unverifiable: a report may name another scope (a forecast, a revised figure) without
saying it, and those move a figure by a few percent. Beyond `over_product` of the product
(data/value_added.toml) no forecast or revision explains it: both numbers are read with one place
and period, and a value added that is more than the whole product of that place and period is
inconsistent. Cue words: data/value_added.toml.

    地区生产总值3.86万亿元 … 能源产业增加值预计达到4.2万亿元     9% over: unverifiable
    地区生产总值3.86万亿元 … 能源产业增加值达到5.1万亿元        a third over: inconsistent
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .amounts import is_change
from .findings import part_of_draft, sum_draft
from .heads import measured_name
from .model import Draft, Num, PageView

_WEAK = "增加值与生产总值的口径（地区、时期、是否预计）未必相同"
_WHY = "增加值是生产总值的一部分"
_PER_WHOLE = 12  # value added held against one product (keeps a page linear)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("value_added.toml")["value_added"]


def _sector(view: PageView, n: Num) -> str | None:
    """The sector a value added names (`数字经济`, `工业`), '' for a bare `增加值`, None where the
    number is no value added of its period."""
    name = measured_name(view, n)
    for _ in range(2):
        verb = next((w for w in _cues()["reach"] if name.endswith(w)), None)
        name = name[: -len(verb)] if verb else name
    end = next((w for w in _cues()["part_end"] if name.endswith(w)), None)
    if end is None or any(w in name for w in _cues()["industries"] + _cues()["not_level"]):
        return None
    return name[: -len(end)]


def _is_product(view: PageView, n: Num) -> bool:
    """The number is the gross product itself (`全省地区生产总值`), no sector's (`海洋生产总值`)."""
    name = measured_name(view, n)
    end = next((w for w in _cues()["whole_end"] if name.endswith(w)), None)
    if end is None:
        return False
    rest = name[: -len(end)]
    return rest == "" or rest in _cues()["scopes"] or rest == n.rec.get("place")


def check(view: PageView) -> list[Draft]:
    products: dict[tuple, Num] = {}
    parts: dict[tuple, list[tuple[Num, str]]] = {}
    for n in view.nums:
        period, place = n.rec.get("period"), n.rec.get("place")
        if n.type != "money" or not isinstance(period, str) \
                or n.qualifier in ("range", "under") or is_change(view, n):
            continue
        key = (n.article, place, period, n.unit)
        if _is_product(view, n):
            products.setdefault(key, n)  # the first said: a later one restates it or is another year's
            continue
        sector = _sector(view, n)
        if sector is not None:
            parts.setdefault(key, []).append((n, sector))
    drafts = []
    for key, whole in products.items():
        for group in _runs(view, [p for p in parts.get(key, [])[:_PER_WHOLE] if p[0].same_measure(whole)]):
            sectors = [s for _, s in group]
            apart = len(group) > 1 and all(s and not (s in t or t in s) for i, s in enumerate(sectors)
                                           for t in sectors[i + 1:])
            if apart:
                drafts.append(sum_draft(whole, [n for n, _ in group], False, "各部门的增加值合计不超过生产总值",
                                        disjoint=False))
            else:
                drafts += [part_of_draft(whole, n, _WHY + "，其", None if _far_over(whole, n) else _WEAK)
                           for n, _ in group]
    return drafts


def _far_over(whole: Num, part: Num) -> bool:
    """The part's least value beyond the product's greatest by more than a forecast or a revision
    moves a figure (`over_product`)."""
    return part.interval.lo > whole.interval.hi * (1 + float(_cues()["over_product"]))


def _runs(view: PageView, parts: list[tuple[Num, str]]) -> list[list[tuple[Num, str]]]:
    """Value added said one right after another, a comma apart in one sentence (`工业增加值…1.6万亿元，
    服务业增加值…3万亿元`), in runs; a semicolon or another number between them parts them."""
    runs: list[list[tuple[Num, str]]] = []
    for n, sector in parts:
        if runs:
            last = runs[-1][-1][0]
            between = view.text[last.end:n.start]
            if n.sentence == last.sentence and not any(c in between for c in _cues()["apart"]) \
                    and not view.between(last.end, n.start):
                runs[-1].append((n, sector))
                continue
        runs.append([(n, sector)])
    return runs
