"""A list of numbers that runs on after one (`40万和300万港元购买救灾物资`, `38、45、52、51件`): the noun
named after its last number and that number's span. Apart from the 分别 lists (metric_lists.py): these read
forward from a number to the list's end, to give each number the noun and unit written once after the last."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .lexicon import alternation, table, word_list


@lru_cache(maxsize=1)
def _list_run() -> re.Pattern:
    """The numbers listed after one, each with its scale and unit (和300万港元, 、5%)."""
    units = alternation([*table("money.toml")["units"], *word_list("classifiers.txt"), "%", "％"])
    return re.compile(f"(?>(?:[和、及与]\\d[\\d.,]*(?:万|亿)*(?:{units})?)+)(?=[\u4e00-\u9fff]{{2}})")


_LAST_NUMBER = re.compile("\\d[\\d.,]*")


def shared_after(text: str, end: int, measure: Callable[[int, int], str | None]) -> str | None:
    """The noun named after the last number of a list that runs on from the number ending at
    `end` (40万和300万港元购买救灾物资 → 购买救灾物资), where the last one names it after itself
    (`measure` gives the metric of a number by its span)."""
    m = _list_run().match(text, end)
    if not m:
        return None
    last = list(_LAST_NUMBER.finditer(text, m.start(), m.end()))[-1]
    named = measure(last.start(), m.end())
    if named and named.startswith(_POINTS_TAIL) and text.endswith("个", 0, m.end()):
        return None  # 4.2、3.6和1.5个百分点: the unit's tail after 个 is no noun the list shares
    return named if named and text.startswith(named[:2], m.end()) else None


_POINTS_TAIL = "百分点"


_RUN_ON = re.compile(r"(?:[、和及与]\d[\d.,]*(?:万|亿)*)*[、和及与](?P<last>\d[\d.,]*(?:万|亿)*)")


def list_last(text: str, end: int, unit: str | None) -> tuple[int, int] | None:
    """The span of the last number of a list that runs on from the number ending at `end`, its unit
    with it where written (38、45、52、51件 → 51件), None where no list runs on."""
    m = _RUN_ON.match(text, end)
    if not m:
        return None
    last = m.end("last")
    return m.start("last"), last + (len(unit) if unit and text.startswith(unit, last) else 0)
