"""part_of / sum: parts said `X 中，` (without `在`) of a whole named X in the sentence right before.

    各项规费为 2,460,000,000 元，占本年预算收入的 16.6%。各项规费中，行政事业性收费为 1,730,000,000 元
    区县预算支出为 5,310,200,000 元。区县预算支出中，教育支出为 1,620,000,000 元

A budget report names a whole and opens the next sentence with its name and `中，` to break it
down, as `在 X 中，` does (scope_parts.py, which reads it three sentences back). Without `在` the
words before `中，` are as often a time or an activity (`实际编纂过程中，`, `本次比赛中，`), so the
whole must be said by that very name in the sentence right before, in the clause of its amount,
a level of the parts' measure (scope_parts.scoped with one sentence back). One part is held
against the whole; two or more are summed, a partial list unless they add up. A claim another
check reads is left to it (CLAIM_ONLY).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, PageView
from .scope_parts import scope_drafts, scope_pattern


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("scope_bare.toml")["scope_bare"]


@lru_cache(maxsize=1)
def _scope_re() -> re.Pattern:
    return scope_pattern("", _cues()["closers"])


def check(view: PageView) -> list[Draft]:
    return scope_drafts(view, _scope_re(), _cues()["not_open"], back=1, said="", shares=False)
