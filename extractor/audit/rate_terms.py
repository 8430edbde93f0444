"""The numbers before a rate that may be its terms, and which of them are levels of a shared time.

Apart from rate.py because every reading of a rate (named_rates.py, rate_phrases.py,
bare_shares.py) takes its numerator and denominator from these same candidates.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import amounts
from .bases import is_base
from .heads import periods_overlap, record_field
from .model import Num, PageView
from .wording import after_word

TERMS = 60  # numbers before a rate, in its paragraph, that may be its terms
HEAD = 2  # characters of a label's head noun that must match


def terms_before(view: PageView, p: Num) -> list[Num]:
    """Numbers before the rate in its paragraph that can be a rate's terms."""
    # a duration (`两年实际完成的投资额`) is the period of an amount, not an amount
    return [n for n in view.paragraph_before(p, TERMS) if n.type in SUMMABLE_TYPES]


def level(view: PageView, n: Num) -> bool:
    """n is a level stated of its subject: not a plan or last year's level compared with
    (`为年度预算 B 的 90%`, `比上年同期的 B`), nor a change (`增加 D`)."""
    return not (is_base(view, n) or after_word(view, n, "growth", "base_before") or amounts.is_change(view, n))


def shares_time(whole: Num, part: Num) -> bool:
    """The two periods, where both are stated spans, share some time: a holiday's figure is no part of the
    January–September total (`1-9 月全市接待 1.21 亿人次` … `国庆假期全区 268.4 万人次，占全市的`)."""
    p, q = record_field(whole, "period"), record_field(part, "period")
    if _DAY.match(p or "") and _span(q):
        return False  # one day's figure is no whole of a figure over a span of days (每日 142.6 against 8天 863.5)
    if _YEAR.match(p or "") and _YEAR.match(q or "") and p != q:
        return False  # two different years share no time: a share of 2025 is not taken on 2020's whole
    if not (_span(p) and _span(q)):
        return True  # a stock's date (`../1996-12`) or a page's month says too little of a flow's time
    return periods_overlap(p, q)


_DAY = re.compile(r"^[0-9X]{4}-[0-9X]{2}-\d{2}$")  # (XXXX: a year the page never gives)
_YEAR = re.compile(r"^\d{4}$")  # one whole calendar year the text states


def _span(period: str | None) -> bool:
    """A period stated as a closed span of time (`2026-01/2026-09`, `2026-10-01/2026-10-08`)."""
    return bool(period) and "/" in period and ".." not in period
