"""Amounts listed before a count of steps (`连跨 5 万亿元、6 万亿元两个台阶`): what the count counts.

A count after listed amounts may count the amounts or the steps between them (`5 万亿元、6 万亿元
两个台阶` or one step from 5 to 6), so a mismatch is only unverifiable (enumeration.py). After a
verb of crossing (`连跨`, `跨越`, `突破`: data/cues.toml [enumeration] crossed_before) each amount is
a mark passed, one step each: the count counts the amounts, and a mismatch breaks it.
"""
from __future__ import annotations

from . import cues
from .model import PageView

_VERB = 4  # characters before the list where the verb of crossing ends


def crossed(view: PageView, start: int) -> bool:
    """Whether the amounts listed from `start` follow a verb of crossing."""
    return cues.ends_with_any(view.text[max(0, start - _VERB):start], "enumeration", "crossed_before") is not None
