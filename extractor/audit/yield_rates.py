"""yield_rates: a yield (`收益率`, `回报率`) is taken on a balance or capital, not on a flow.

    业务收入 8.97 亿元，业务支出 4.86 亿元，增值收益 4.11 亿元，增值收益率 1.36%
A yield is the income over the (average) balance or capital that earned it, which a report
seldom states beside it; the other amounts of its sentence are flows (income, spending) that
only come near. A yield (data/yield_rates.toml `rate_words`) whose whole is not labelled as a
balance or capital (`base_words`) is so no sure whole: a mismatch is unverifiable, not an error.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Num, PageView
from .saving_rates import unsaid_base


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("yield_rates.toml")["yield_rates"]


def doubt(view: PageView, p: Num, whole: Num | None) -> str | None:
    """Why `whole` may not be the base of the yield `p`; None where `p` is no yield or its whole is
    named a balance or capital."""
    if not unsaid_base(view, p, whole, _data()["rate_words"], _data()["base_words"]):
        return None
    return f"收益率以余额或本金为分母，{whole.written} 未标明是余额或本金"
