"""Runs of quarters and of months written with a dash or 至 between their first and last (1-3季度, 一至三季度, 2-3
季度; 1-9月, 1至10月份): the months they span, first to last. One pattern for each, built from the fragments below,
read in a sentence (extractor/time_exprs.py: 2026年2-3季度，…实现营业收入… is April to September 2026) and in a
document's title (extractor/document_time.py: 2026年1-3季度全省省属企业经济运行情况 is January to September), so that
the two read a run alike. A run that goes backwards (3-1季度, 9-1月) or stands still (2-2季度) names no span: refused.

    QUARTER   a quarter's number, in figures or characters: 1-4, １-４, 一二三四
    MONTH     a month's number in figures: 1-12 (months in characters are read by extractor/rules/date.py)
    DASH      what stands between a run's first and last: extractor/rules/fragments.py DASH (至, 到, -, ~, —, …)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .rules.fragments import DASH

QUARTER = "[1-4１-４一二三四]"
MONTH = r"(?:1[0-2]|0?[1-9])"
_QUARTER_NUMBER = {c: i for figures in ("一二三四", "1234", "１２３４") for i, c in enumerate(figures, 1)}


def quarter_run(tag: str = "") -> str:
    """A run of quarters, its first and last in groups q1{tag} and q2{tag}: 1-3季度, 一至三季度, 2 - 3 季度."""
    return rf"(?P<q1{tag}>{QUARTER})\s*{DASH}\s*(?P<q2{tag}>{QUARTER})\s*季度"


def months_written(tag: str = "") -> str:
    """One month or a run of months in figures, in groups m1{tag} and m2{tag} (m2 empty for one): 10月, 1-9月, 1至10月份."""
    return rf"(?P<m1{tag}>{MONTH})\s*(?:{DASH}\s*(?P<m2{tag}>{MONTH}))?\s*月(?:份)?"


def span(first: int, last: int) -> Optional[tuple[int, int]]:
    """(first, last) where they run forwards, else None (3-1季度, 9-1月, 2-2季度: no span of months)."""
    return (first, last) if first < last else None


def quarter_months(m: re.Match, tag: str = "") -> Optional[tuple[int, int]]:
    """The first and last months of the run of quarters quarter_run(tag) matched (2-3季度: 4 to 9), or None where it
    goes backwards."""
    run = span(_QUARTER_NUMBER[m[f"q1{tag}"]], _QUARTER_NUMBER[m[f"q2{tag}"]])
    return (run[0] * 3 - 2, run[1] * 3) if run else None


@lru_cache(maxsize=1)
def quarter_runs_pattern() -> re.Pattern:
    """A run of quarters standing alone, its ordinal's 第 with it (第一至三季度), not the end of a longer run of numbers
    (11-3季度)."""
    return re.compile(rf"(?<!\d)第?{quarter_run()}")


def quarter_runs(text: str, start: int, end: int) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, (first month, last month)) of each run of quarters between start and end that runs forwards."""
    out = []
    for m in quarter_runs_pattern().finditer(text, start, end):
        months = quarter_months(m)
        if months:
            out.append((m.start(), m.end(), months))
    return out
