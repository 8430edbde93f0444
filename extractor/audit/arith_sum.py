"""Totals confirmed by arithmetic (see arith.py): a fact equal, within the precision written, to
the sum of a run of two or more consecutive facts of its measure right after it or right before it
in its paragraph. The arithmetic alone is no proof (1 + 2 = 3): the total must also stand by a
total word or share a metric head with the parts, and be written with several digits (or have
three parts or more). An amount of change is the total of changes the same way only (`增产` of
its parts' `增产`). Every finding is `consistent`."""
from __future__ import annotations

from typing import Optional

from .arith_ratio import way_of
from .arith import AMOUNT_TYPES, WINDOW, bounded, digits, exact_places, has_any, measure_groups, related, words
from .findings import sum_draft
from .model import Draft, Num, PageView
from .tolerance import Interval

SUMMED = AMOUNT_TYPES + ("percent",)  # shares of one whole add up like amounts
REACH = 240  # characters: parts further from their total than this are another passage
LEVEL_GAP = 16  # characters between a level and the change said right after it


def drafts(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for same in measure_groups(view).values():
        for k, n in enumerate(same):
            if n.type not in SUMMED or not bounded(n) or n.value <= 0 or "百分点" in n.text \
                    or n.type not in AMOUNT_TYPES and changed_by(view, n):
                continue  # a rate of change (`增长 12.4%`) is no total of the figures after it
            if n.type in AMOUNT_TYPES and changed_by(view, n) and _of_level(view, n):
                continue  # `3.6 万亿元，比去年增加 4200 亿元`: a level's change, read with its level
            d = _total(view, n, same, k)
            if d:
                out.append(d)
    out.sort(key=lambda d: d.facts[0]["start"])
    return out


def _total(view: PageView, total: Num, same: list[Num], k: int) -> Optional[Draft]:
    after = same[k + 1:k + 1 + WINDOW]
    before = list(reversed(same[max(0, k - WINDOW):k]))
    for run, side in ((after, "after"), (before, "before")):
        parts: list[Num] = []
        got = Interval(0.0, 0.0)
        way = change_way(view, total)
        for m in run:
            if way and change_way(view, m) not in (way, None):
                break  # rises and falls together make a net change, no sum of the rises alone
            if change_way(view, m) != way:
                continue  # `比上年增加 88 亿元` between a total and its parts is neither
            if abs(m.start - total.start) > REACH or abs(m.sentence - total.sentence) > 2 \
                    or not bounded(m) or m.value >= total.value:
                break
            parts.append(m)
            got = got + m.interval
            if got.lo > total.interval.hi:
                break
            if len(parts) >= 2 and got.meets(total.interval) and _agree(view, total, parts, side):
                ordered = parts if side == "after" else list(reversed(parts))
                d = sum_draft(total, ordered, exhaustive=False, why="由算术得出")
                d.explanation = d.explanation.rstrip("。") + "（由算术得出：相邻同类数字之和）。"
                d.extra["found_by"] = "arithmetic"
                return d
    return None


def _agree(view: PageView, total: Num, parts: list[Num], side: str) -> bool:
    """Parts and total measure the same thing and the sum is no coincidence of small numbers."""
    if coincident(total, parts) or _list_item(view, total):
        return False
    first = min(parts, key=lambda m: m.start)
    last = max(parts, key=lambda m: m.end)
    if side == "after":
        between = view.text[total.end:first.start]
        if has_any(between, "sum", "strong_after"):
            return True  # `N，其中 A、B`: the word says it, round numbers may add up
    else:
        between = view.text[last.end:total.start]
        if has_any(between, "sum", "strong_before"):
            return True
    if not (digits(total) >= 3 or (len(parts) >= 3 and exact_places(total) >= 2)):
        return False
    own = view.text[view.clause_start(total.start):total.start]
    if has_any(own + between, "sum", "total"):
        return True
    if any(abs(m.sentence - total.sentence) > 1 for m in parts):
        return False  # parts two sentences away are parts only where a total word says so
    # parts after the total may share its head noun (`钢材 N 吨，其 A 钢材…`)
    return side == "after" and all(related(total, m) for m in parts)


def _list_item(view: PageView, total: Num) -> bool:
    """`六十斤、八十斤或者一百斤`: a number joined to the one before it by 、/和 alone is one item of
    a list, not the total of its neighbours."""
    gap = view.text[view.prev_end(total.start):total.start].strip()
    return gap in words("sum", "list_joint")


def _of_level(view: PageView, n: Num) -> bool:
    """The change is said right after a level of its measure (`B，比上年增加 D`): growth and
    parallel_parts read it with that level, the growth unverifiable where the base is not given."""
    before = [m for m in view.in_sentence(n.sentence) if m.end <= n.start]
    return bool(before) and before[-1].same_measure(n) and n.start - before[-1].end <= LEVEL_GAP


def change_way(view: PageView, m: Num) -> Optional[str]:
    """'up' or 'down' for an amount of change, None for a level: a total increase (`增产 36 万吨`)
    is the sum of increases of its parts (`小麦增产 21 万吨`), never of their levels."""
    return way_of(view.label_before(m, 6))


def changed_by(view: PageView, m: Num) -> bool:
    """An amount of change (`比上年增加 24 亿元`) is no part of a total: with the old level it
    makes the new one, a growth, not a breakdown."""
    return way_of(view.label_before(m, 6)) is not None


def coincident(total: Num, parts: list[Num]) -> bool:
    """Levels of one series (a year's figure, then the next year's) are not parts of a total:
    a part's period and the total's lie one within the other where the records give both (a year
    within a span, a month within its year: which of the two a record dates by its end year varies). (Places may differ: the regions of a country add up to it.)"""
    tp = total.rec.get("period")
    return bool(tp) and any(m.rec.get("period") and not (_within(m.rec["period"], tp) or _within(tp, m.rec["period"]))
                            for m in parts)


def _within(part: str, whole: str) -> bool:
    """`2030` within `2026/2030`, `2025-03` within `2025`, a period within itself."""
    if part == whole or part.startswith(whole + "-"):
        return True
    if "/" in whole and "/" not in part and not whole.startswith(".."):
        lo, hi = whole.split("/", 1)
        return lo[:4].isdigit() and hi[:4].isdigit() and lo[:4] <= part[:4] <= hi[:4]
    return False
