"""When a hedge yields to strong evidence: a part over its whole is an error, not a doubt.

Checks that find a part and its whole from weak cues (a breakdown read from a list, two names
that differ) say a part over the whole is unverifiable. Two kinds of evidence tie the pair
strongly enough, without looking at the numbers, that the hedge no longer holds:

    共有鱼类 40 种，其中特有品种 26 种，有经济价值的 23 种    `其中` names each part one of the
                                                        whole's members (same measure, the list
                                                        of parts right after it)
    来华旅游人数 … 全年来华旅游入境人数                     the shorter name written whole, in
                                                        order, inside the longer one

Both are found on the words alone, so a number changed by mistake keeps the relation and its
verdict turns inconsistent; neither reads what the numbers add up to.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("hedges.toml")["hedges"]


def said_within(view: PageView, whole: Num, part: Num) -> bool:
    """`其中` between a whole and a later part of the same measure in one sentence, every number
    between them of that measure too (the list of the whole's members, nothing else among them)."""
    if part.start <= whole.end or part.sentence != whole.sentence or not part.same_measure(whole):
        return False
    between = view.text[whole.end:part.start]
    if not any(w in between for w in _cues()["within"]):
        return False
    return all(n.same_measure(part) for n in view.between(whole.end, part.start))


def names_agree(a: str, b: str) -> bool:
    """Two names of one measure: the shorter (long enough to name one) written whole and in order
    inside the longer, from its first character to its last (来华旅游人数 / 来华旅游入境人数)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < _cues()["shortest_name"] or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    at = 0
    for ch in short:
        at = long_.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True
