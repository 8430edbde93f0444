"""bases: numbers that are the base of a comparison, and so neither a total nor a part.

    产值 52 亿元，上年为 47 亿元，增长 10.6%     a level of the period compared with, said in a
                                               clause of its own (data/growth_levels.toml)
    收入 36 亿元，为年度预算 40 亿元的 90%       a planned level a ratio is taken of
                                               (data/bases.toml plan_words)
A sum or part_of reader that took such a number as a total or a part would compare this year's
parts with last year's total (or a budget): `usable_amount` is `amounts.is_amount` without them.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .amounts import is_amount
from .growth_bases import base_level_pattern
from .model import Num, PageView

_RATIO_GAP = 2  # characters after `的` before the ratio's number
_NUMBER_LONG = 12  # room for the ratio's own span (`101.3%`)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("bases.toml")["bases"]


def _ratio_follows(view: PageView, n: Num) -> bool:
    """`40 亿元的 90%`: a percent right after the number and `的`."""
    after = view.text[n.end:n.end + 1]
    if after not in _data()["ratio_joins"]:
        return False
    return any(m.type == "percent" and m.start - n.end - 1 <= _RATIO_GAP
               for m in view.between(n.end, n.end + 1 + _RATIO_GAP + _NUMBER_LONG))


def is_base(view: PageView, n: Num) -> bool:
    """Whether the number is a base of a comparison: a level of the period compared with in a clause
    of its own (`上年为 B`), or a plan a ratio is taken of (`为预算 B 的 X%`)."""
    clause = view.text[view.clause_start(n.start):n.start]
    if base_level_pattern().match(clause):
        return True
    return _ratio_follows(view, n) and any(w in clause for w in _data()["plan_words"])


def plan_words() -> list[str]:
    """Words that name a plan a ratio may be taken of (`预算`, `目标`)."""
    return list(_data()["plan_words"])


def usable_amount(view: PageView, n: Num) -> bool:
    """is_amount, and not a base of a comparison."""
    return is_amount(view, n) and not is_base(view, n)
