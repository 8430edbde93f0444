"""Value bands that cover the whole range: the shares of such bands make up the whole.

    照明电价 0.7 元以下占 16.4%，0.7 元至 0.8 元占 44.2%，0.8 元至 1 元占 24.4%，1 元以上占 15%
A list of shares is every part of its whole where its labels name bands of one scale that
follow each other without a gap: the first open below (`以下`, `不足`), each next one starting
at the bound the one before ends at, the last open above (`以上`, `超过`). Nothing is left out,
so the shares must add up to 100% however far they miss it; bands with a gap or an overlap, or
a list not open at both ends, say nothing here (data/bands.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues

_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"[^\d，、；。：]{0,3}?"  # `元`, `千瓦时` between a bound and the band word


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    c = cues.table("bands.toml")["bands"]

    def alt(key: str) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(c[key], key=len, reverse=True)) + ")"
    return {
        "below": re.compile(f"{_NUM}{_UNIT}{alt('below_after')}|{alt('below_before')}{_NUM}"),
        "above": re.compile(f"{_NUM}{_UNIT}{alt('above_after')}|{alt('above_before')}{_NUM}"),
        "between": re.compile(f"{_NUM}{_UNIT}{alt('joins')}{_NUM}"),
    }


def _band(label: str, kind: str) -> tuple[float, ...] | None:
    """The bounds of the last band of that kind in a label."""
    found = list(_patterns()[kind].finditer(label))
    if not found:
        return None
    return tuple(float(g) for g in found[-1].groups() if g is not None)


def cover(labels: list[str]) -> str | None:
    """Why the labels' bands cover the whole range, if they do (in either order)."""
    if len(labels) < 3:
        return None
    for ordered in (labels, labels[::-1]):
        low, high = _band(ordered[0], "below"), _band(ordered[-1], "above")
        mids = [_band(label, "between") for label in ordered[1:-1]]
        if low is None or high is None or any(m is None or len(m) != 2 for m in mids):
            continue
        bounds = [low[0]] + [b for m in mids for b in m] + [high[0]]
        if all(bounds[i] == bounds[i + 1] for i in range(0, len(bounds) - 1, 2)) \
                and all(a < b for a, b in zip(bounds[::2], bounds[2::2])):
            return "各项为首尾相接、两端开放的数值区间，涵盖全部"
    return None
