"""Discovery of shares (see discover.py): a contiguous run of percents of one sentence that adds
up to 100% within the precision each is written to is a breakdown of one whole.

    城镇人口占 61.4%，乡村人口占 38.6%。                   two shares, each with three digits
    第一产业占 8.2%，第二产业占 39.5%，第三产业占 52.3%。   three shares

Each share is read as rounded to half a unit of its last digit (share_lists.py's policy: 28% is
27.5–28.5, so 28% + 38.7% + 29.2% + 2.9% = 98.8% is no whole). Coincidence guards: three shares or more, or two shares written with three digits each; the run
written with SHARE_DIGITS digits in all (50%, 30%, 20% add up to 100 in too many ways); a share
of less than 100 and none of them a rate of change (增长 8.5%), a threshold (30% 以上), a target or
a comparison (discover.plain). Consistent only: shares that miss 100% may name only some parts.
"""
from __future__ import annotations

from typing import Optional

from .arith import digits
from .discover import measure_runs, plain
from .model import Draft, Num, PageView
from .share_lists import rounded_share  # the policy for shares of one whole: rounded, not cut
from .tolerance import Interval, fmt

SHARE_DIGITS = 6  # significant digits of a run of shares together
PAIR_DIGITS = 3  # digits of each of two shares that make a run on their own


def drafts(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for same in _percent_runs(view):
        k = 0
        while k < len(same):
            d, used = _run_from(view, same, k)
            if d:
                out.append(d)
            k += used or 1
    return out


def _percent_runs(view: PageView) -> list[list[Num]]:
    """Percents of each sentence (runs of three or more from measure_runs, and pairs)."""
    runs = measure_runs(view, ("percent",))
    pairs: dict[int, list[Num]] = {}
    for n in view.nums:
        if n.type == "percent" and n.unit in ("%", None):
            pairs.setdefault(n.sentence, []).append(n)
    return runs + [r for r in pairs.values() if len(r) == 2]


def _run_from(view: PageView, same: list[Num], k: int) -> tuple[Optional[Draft], int]:
    shares: list[Num] = []
    got = Interval(0.0, 0.0)
    for m in same[k:]:
        if not _share(view, m):
            break
        shares.append(m)
        got = got + rounded_share(m)
        if got.lo > 100.0:
            break
        if got.meets(Interval.point(100.0)) and _telling(shares):
            return _draft(shares), len(shares)
    return None, 0


def _share(view: PageView, n: Num) -> bool:
    return n.unit in ("%", None) and n.value < 100 and plain(view, n)


def _telling(shares: list[Num]) -> bool:
    places = [digits(m) for m in shares]
    if len(shares) == 2:
        return min(places) >= PAIR_DIGITS
    return len(shares) >= 3 and sum(places) >= SHARE_DIGITS


def _draft(shares: list[Num]) -> Draft:
    point = sum(m.value for m in shares)
    said = " + ".join(m.written for m in shares)
    text = f"各项比重 {said} = {fmt(point, 2)}%，合为整体 100%（在所写精度之内；由算术发现：同一句中相邻的比重）。"
    return Draft("sum", "consistent", [m.ref() for m in shares], round(point, 4), 100, text,
                 {"breakdown": "exhaustive", "found_by": "discovery"})
