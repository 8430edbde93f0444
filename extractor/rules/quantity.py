"""Quantities: physical measures in the unit as written, scaled by 万/亿 (CONTRACT.md quantity).

Rules:
    <number><scale>?<unit>          2.2 公里, 0.75 万公顷, 881 万立方米, 13.47 平方公里
    <number>至<number><unit>        3至5公里
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import alternation, word_list
from .base import Candidate, Context, Rule, measured, rule
from .fragments import measure, measure_range

UNITS = word_list("quantity_units.txt")
_UNIT = alternation(UNITS)


def _measured(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return measured(m, "quantity", m.group("unit"), r.name)


RULES = [
    rule("<number><scale>?<unit>", "quantity", measure(_UNIT), _measured, priority=2),
    rule("<number>至<number><unit>", "quantity", measure_range(_UNIT), _measured, priority=2),
]
