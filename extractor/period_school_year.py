"""School years (学年): a bulletin of schools counts its pupils, teachers and schools by the teaching year
that runs from one autumn to the next summer, written as its two calendar years (2025/2026学年,
2025-2026学年度, 2025至2026学年). Their period is that span, `2025/2026`, as a span of years is
written; the words that count from it (本学年, 上学年, 下学年) take the last school year the page states
before them (上学年 in a 2025/2026 bulletin: `2024/2025`), and none where it states none. A pair whose
second year is not the next (2021-2025学年) is no school year and is left to the date rules.
Words: data/period.toml [school_years]. Used by extractor/time_exprs.py."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_DIGIT = "[0-9０-９]"
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["school_years"]


@lru_cache(maxsize=1)
def stated_pattern() -> re.Pattern:
    """2025/2026学年: the two years (each with 年 or not), a join, the school year's word."""
    w = _words()
    year = rf"(?<!{_DIGIT})({_DIGIT}{{4}})(?:{re.escape(w['year_mark'])})?"
    return re.compile(rf"{year}\s*(?:{alternation(w['joins'])})\s*{year}\s*(?:{alternation(w['words'])})")


@lru_cache(maxsize=1)
def relative_pattern() -> re.Pattern:
    """本学年, 上学年, 下学年 (longest first: 上一学年度 before 上学年)."""
    w = _words()
    return re.compile(alternation([*w["this"], *w["last"], *w["next"]]))


def _stated(m: re.Match) -> Optional[int]:
    """The first year of a stated school year, or None where its two years are not consecutive."""
    first, second = int(m[1].translate(_WIDE)), int(m[2].translate(_WIDE))
    return first if second == first + 1 else None


def _span(first: int) -> str:
    return f"{first}/{first + 1}"


@lru_cache(maxsize=4)
def _page_school_years(text: str) -> tuple[list[int], list[int]]:
    """Where each school year the page states ends, and its first year (one scan of the page)."""
    ends, firsts = [], []
    for m in stated_pattern().finditer(text):
        first = _stated(m)
        if first is not None:
            ends.append(m.end())
            firsts.append(first)
    return ends, firsts


def school_year_periods(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, period) of each school year stated or counted from one between start and end."""
    out = []
    for m in stated_pattern().finditer(text, start, end):
        first = _stated(m)
        if first is not None:
            out.append((m.start(), m.end(), _span(first)))
    ends, firsts = _page_school_years(text)
    w = _words()
    for m in relative_pattern().finditer(text, start, end):
        i = bisect_right(ends, m.start()) - 1
        if i < 0:
            continue  # (a page that states no school year before the word: no period)
        shift = -1 if m[0] in w["last"] else 1 if m[0] in w["next"] else 0
        out.append((m.start(), m.end(), _span(firsts[i] + shift)))
    return sorted(out)
