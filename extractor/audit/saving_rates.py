"""saving_rates: a rate of money saved (`节约率`, `下浮率`) is taken on the budget.

    三个标段成交金额 a 万元，节约资金 s 万元，节约率 r%
A procurement notice states the amount paid and the amount saved, seldom the budget the saving
rate is taken on (the amount paid plus the saving, or a budget set apart). A saving rate
(data/saving_rates.toml `rate_words`) whose whole is not labelled as a budget (`budget_words`) is
so no sure whole: a mismatch is unverifiable, not an error.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Num, PageView

_LABEL = 30  # characters of a whole's label read for a budget word


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("saving_rates.toml")["saving_rates"]


def doubt(view: PageView, p: Num, whole: Num | None) -> str | None:
    """Why `whole` may not be the base of the saving rate `p`; None where `p` is no saving rate
    or its whole is named a budget."""
    if not unsaid_base(view, p, whole, _data()["rate_words"], _data()["budget_words"]):
        return None
    return f"节约率以预算为分母，{whole.written} 未标明是预算"


def unsaid_base(view: PageView, p: Num, whole: Num | None, rate_words: list[str], base_words: list[str]) -> bool:
    """A rate named by one of `rate_words` in its clause, whose whole's label holds none of the
    `base_words` its kind of rate is taken on (also used by yield_rates.py)."""
    if whole is None:
        return False
    said = view.text[view.clause_start(p.start):p.start]
    if not any(w in said for w in rate_words):
        return False
    return not any(w in view.label_before(whole, _LABEL) for w in base_words)
