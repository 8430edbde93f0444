"""Whether the modifiers of two names of one head noun name siblings: different words of one
dimension (data/modifier_kinds.toml).

    居民储蓄存款余额  /  企业存款余额      siblings: 居民 and 企业 both say who holds the deposit
    金融机构存款余额  /  企业存款余额      maybe whole and part: 金融机构 says where it is held
    常住人口          /  城镇常住人口      whole and part: the whole has no modifier of the kind

A match on the head noun alone (`存款余额`) ignores the modifier's category; a checker that reads
a name as a kind of another (part_of's category parts) asks this first.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues


@lru_cache(maxsize=1)
def _dimensions() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(d["words"]) for d in cues.table("modifier_kinds.toml")["dimension"])


def siblings(member: str, whole_modifier: str) -> bool:
    """The part's modifier `member` and some other word of its dimension in the whole's own
    modifier (the words before the shared noun): the whole is a sibling kind, not the whole."""
    for words in _dimensions():
        if any(w in member for w in words) and any(w in whole_modifier and w not in member for w in words):
            return True
    return False


def crosses(first_modifier: str, modifier: str) -> bool:
    """A later modifier of one head noun that leaves the first one's dimension: the first holds a
    word of a dimension the later, a modifier of its own, holds no word of (`民办幼儿园` and then
    `普惠性幼儿园`: who runs them, then what they charge), so the two are no members of one
    breakdown. A first modifier of no known dimension (`工程建设项目`, then `政府采购项目`) says
    nothing of the later one's."""
    if not first_modifier or not modifier:
        return False
    return any(any(w in first_modifier for w in words) and not any(w in modifier for w in words)
               for words in _dimensions())
