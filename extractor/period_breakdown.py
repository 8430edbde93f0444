"""A breakdown of a span's figure by its parts (1-10月，全市…到位资金1268.4亿元…。其中，前三季度到位1131.9亿元，10月当月到位
136.5亿元…。省外资金986.2亿元…): a sentence opened by 其中 that names parts of the months that stood before it
counts those parts of the figure before it; it reviews no new period, and the sentences after it go on with the
months that stood (the ten months), not the bare year a part of a year otherwise leaves (extractor/period_release.py
after_part). A part outside those months (其中，上年同期…; 其中，11月…) is read as before. Words: data/period.toml
span_part_openers. Used by extractor/sentence_periods.py."""
from __future__ import annotations

import re
from typing import Optional

from .time_exprs_words import period_list

_PART = re.compile(r"^(\d{4}-\d{2})/(\d{4}-\d{2})$")
_LEAD = 2  # 其中 opens the sentence (after nothing but a mark)


def part_of_stood(text: str, sent_start: int, lead: Optional[str], stood: Optional[str]) -> bool:
    """Whether the sentence at sent_start opens on 其中 and its lead, a part of a year, lies inside the part of a
    year that stood before it (2026-01/2026-09 inside 2026-01/2026-10), and is not all of it."""
    a, b = _PART.match(lead or ""), _PART.match(stood or "")
    if not (a and b) or lead == stood:
        return False
    if not opens_on_part(text, sent_start):
        return False
    return b[1] <= a[1] and a[2] <= b[2]


def opens_on_part(text: str, sent_start: int) -> bool:
    """Whether the sentence at sent_start opens on a word of a part (其中: data/period.toml span_part_openers)."""
    return any(text.startswith(w, at) for w in period_list("span_part_openers")
               for at in range(sent_start, sent_start + _LEAD + 1))
