"""A time named among the grounds an amount is shared out by (分配额按茶园面积和上年度考核结果等因素测算, 根据2025年度
绩效评价结果分配): the year of the data a share is reckoned from, as 按1952年不变价格计算 names the year of the prices a
value is reckoned in; no period of any fact, neither its sentence's nor the next ones' (a notice's allocations stay
the year of the batch it hands out). Words: data/period.toml [allocation_basis]: a word opening the grounds before
the time and a word closing them after it, both inside the time's clause."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_CLAUSE = "[^，,。；;：:\\n]"


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    t = table("period.toml")["allocation_basis"]
    return re.compile(f"(?:{alternation(t['opening'])}){_CLAUSE}{{0,{int(t['reach'])}}}$")


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    t = table("period.toml")["allocation_basis"]
    return re.compile(f"{_CLAUSE}{{0,{int(t['reach'])}}}?(?:{alternation(t['closing'])})")


def allocation_basis(text: str, start: int, end: int) -> bool:
    """Whether the time between start and end lies among the grounds an amount is reckoned from (see the module)."""
    reach = int(table("period.toml")["allocation_basis"]["reach"])
    return bool(_before().search(text, max(0, start - reach - 4), start)) and bool(_after().match(text, end))
