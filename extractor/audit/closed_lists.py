"""closed_lists: parts named one after another and closed by a conjunction end with their clause.

    一至四季度分别完成投资 a、b、c 和 d，全年目标为 t
The last part joined on by `和` (data/closed_lists.toml) closes the list: a later clause of
amounts (`全年目标为 t`) says something more of the whole, not one more of its parts.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _closers() -> tuple[str, ...]:
    return tuple(cues.table("closed_lists.toml")["closed_lists"]["closers"])


def closes(view: PageView, amounts: list[Num]) -> bool:
    """Whether a clause's amounts (two or more of one measure) end with one joined on by `和`
    right after the one before it (`c 和 d`, no name between that could open another list)."""
    if len(amounts) < 2 or not amounts[-1].same_measure(amounts[-2]):
        return False
    gap = view.text[amounts[-2].end:amounts[-1].start]
    return gap in _closers()
