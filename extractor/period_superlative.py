"""A vague time inside a superlative's frame (…比上年上涨百分之八点八，是近些年来上涨幅度最大的一年; 是历年来最多的):
it says against what past the figure before it ranks, not when the figures after it stood, so it is a base
(time_kinds.time_kind: it leads nothing and blanks nothing). A vague time that opens what it dates (近些年来，某市…)
keeps naming no period, as before. Words: data/period.toml [superlative_frames]."""
from __future__ import annotations

from functools import lru_cache

from .clauses import BREAKS, HALFWIDTH_BREAKS
from .lexicon import table

_CLAUSE_ENDS = BREAKS + HALFWIDTH_BREAKS  # (the ASCII forms too: a window of the original text)


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    t = table("period.toml")["superlative_frames"]
    return tuple(t["before"]), tuple(t["degrees"]), int(t["reach"])


def in_superlative(text: str, start: int, end: int) -> bool:
    """Whether the time word at start..end stands after 是 (data: before) with a superlative (最, 之最) later in its
    clause within `reach` characters: 是近些年来上涨幅度最大的一年."""
    before, degrees, reach = _words()
    if not text.endswith(before, 0, start):
        return False
    clause = text[end:end + reach]
    cut = min((i for i in (clause.find(c) for c in _CLAUSE_ENDS) if i >= 0), default=len(clause))
    return any(d in clause[:cut] for d in degrees)
