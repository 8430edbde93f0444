"""sum: a total said to add up what was just listed (`合计`, `总计`, `共计`, `总共`, `加起来`), its parts
the amounts of its measure in the sentence before it and in its own sentence up to it.

    省级财政赤字 640 亿元，比上年增加 120 亿元，同时市县发行 180 亿元专项债券。全省赤字合计 820 亿元
                    640 + 180 (an amount of change, `比上年增加`, is no part)

arith_sum.py finds such a total by its arithmetic, so a total written wrong is no longer found at
all; here the word ties it. The word says the total is the sum of what came before, so a sum
that misses it is an error of the text. The parts are read only where the list is sure to be
whole: the total's paragraph holds no amount of its measure before the sentence before (the list
may have begun there), two to six parts, no change among them, none listed as a subset (`其中`,
`包括`), left open (`等`) or approximate, each below the total, of a period within the total's
where both have one (data/summed_before.toml). Where the last few parts alone add up to the
total the list may start later than read: that is arith_sum.py's finding, not an error. A claim
another check reads is left to it (a CLAIM_ONLY check).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import cues
from .arith import AMOUNT_TYPES, bounded, measure_groups
from .arith_sum import changed_by, coincident
from .findings import sum_draft
from .model import Draft, Num, PageView
from .tolerance import Interval

_WORD_REACH = 8  # characters from the word to the total (`合计` … `9500 亿元`, the name between)
_MOST_PARTS = 6


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("summed_before.toml")["summed_before"]


def check(view: PageView) -> list[Draft]:
    out = []
    for same in measure_groups(view).values():
        for k, total in enumerate(same):
            if total.type not in AMOUNT_TYPES or not bounded(total) or total.value <= 0:
                continue
            word = _said_word(view, total)
            parts = _parts(view, total, same[:k]) if word else None
            if parts and not _tail_meets(total, parts):
                out.append(sum_draft(total, parts, True, f"“{word}”说总数是前面所列各项之和"))
    return out


def _tail_meets(total: Num, parts: list[Num]) -> bool:
    """The last few parts alone add up to the total: the list may start later than read, and
    arith_sum.py reports the total with them."""
    got = Interval(0.0, 0.0)
    for m in reversed(parts[1:]):
        got = got + m.interval
        if got.meets(total.interval):
            return True
    return False


def _said_word(view: PageView, total: Num) -> Optional[str]:
    """The word of its clause, close before it, that says the total adds up what came before."""
    start = max(view.clause_start(total.start), total.start - _WORD_REACH)
    lead = view.text[start:total.start]
    return next((w for w in _cues()["words"] if w in lead), None)


def _parts(view: PageView, total: Num, earlier: list[Num]) -> Optional[list[Num]]:
    """Every amount of the total's measure in the sentence before and its own up to it, where
    the list is sure to be whole (see the module's note), or None."""
    if any(m.sentence < total.sentence - 1 for m in earlier):
        return None  # amounts of the measure earlier in the paragraph: the list may start there
    parts = [m for m in earlier if not changed_by(view, m)]
    if not 2 <= len(parts) <= _MOST_PARTS:
        return None
    if any(not bounded(m) or m.value >= total.value for m in parts) or coincident(total, parts):
        return None
    between = view.text[parts[0].start:total.start]
    if any(w in between for w in _cues()["not_whole"]):
        return None
    return parts
