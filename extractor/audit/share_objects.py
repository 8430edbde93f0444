"""A number said as the whole a share is taken of: `完成调整预算 27.96 亿元的 101.8%`,
`占 X 的 N%`. Such a number is the object of the share, not a level of the clause's subject:

    收入 28.46 亿元，完成调整预算 27.96 亿元的 101.8%，比上年的 27.05 亿元增长 5.2%
        the growth compares 28.46 with 27.05; 27.96 is the plan the share is of

A checker that takes the last number before a base as the level that changed asks this first.
"""
from __future__ import annotations

import re

from .model import Num, PageView

# `的` and a percent right after the number (a qualifier may stand between)
_OF_SHARE = re.compile(r"的[约近达]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]")


def is_share_object(view: PageView, n: Num) -> bool:
    """Whether `n` is the whole of a share said right after it (`X 的 N%`)."""
    return bool(_OF_SHARE.match(view.text, n.end))
