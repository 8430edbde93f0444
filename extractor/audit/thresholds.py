"""A number said as a bound or a threshold, which no share is taken of.

    投资 10 亿元以上的项目 35 个       a threshold: the bound word (`以上`, `以下`) after the number,
    增幅保持在 20% 以上                 then what it qualifies, or a clause break (a bound on a value)
    3500 万吨到 4000 万吨               a range
A rate's whole (rate.py) or a part's total is one value, the total of what the part is a piece of;
`903.2 亿元 ÷ 10 亿元` says nothing of the threshold. A number said with `多` (`1146 亿多美元`) only
rounds its value and stays a whole. The bound words are stated_bound's (data/cues.toml), shared
with the check of a bound against its value.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView


def is_bound(view: PageView, n: Num) -> bool:
    """A range, or a number with a bound word right after it (`10亿元以上`, `5%以下`)."""
    if n.qualifier == "range":
        return True
    return any(view.text.startswith(cues.words("stated_bound", way), n.end) for way in ("over_after", "under_after"))
