"""A base named as the same months a year before (…，上年同期为5.76元; 由去年同期的每公斤11.80元降至…) where the sentence
speaks of a month, a part of a year or a run of months (10月份, 第三季度, 1-9月): that month, part or run of the year
before (2025-10 under 2026-10), as the base of a year is the year before (time_exprs_spans.year_before_discussed);
under an as-of a month (截至10月底，…进度99.6%，比上年同期的98.2%快…) the same as-of a year before (../2025-10).
Words: data/period.toml [same_period_bases]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import table

# a month, a day or a span of months inside one year (2026-10, 2026-07/2026-09): the shapes shifted a year back
_SHAPE = re.compile(r"^(\.\./)?(\d{4})(-\d{2}(?:-\d{2})?)(?:/(\d{4})(-\d{2}))?$")  # (../2026-10: as of a month)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(table("period.toml")["same_period_bases"]["words"])


def same_period_before(text: str, at: int, discussed: Optional[str]) -> Optional[str]:
    """The period a year before `discussed` where the time at `at` names the same months a year before (去年 read
    with the 同期 after it) and `discussed` is a month or a span of months within one year; else None (the base is
    read as before)."""
    m = _SHAPE.match(discussed or "")
    if not any(text.startswith(w, at) for w in _words()) or not m or (m.group(4) and m.group(4) != m.group(2)) or (
            m.group(1) and m.group(4)):
        return None
    year = int(m.group(2)) - 1
    return (m.group(1) or "") + f"{year}{m.group(3)}" + (f"/{year}{m.group(5)}" if m.group(4) else "")
