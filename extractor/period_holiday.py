"""A holiday a page names with its days (国庆中秋8天假期(10月1日至8日)), then refers to by its word alone (假期全市80家
重点商贸企业实现销售额21.6亿元; 假期栾川县接待游客186.3万人次 in the next story of the page): the word is that span of
days, not the bare year nor a day or a run of days the sentence before named (10月1日至3日入住率91.2%, 10月2日为客流
最高峰). Its days are read where the page defines them, in brackets right after the word; the word before another
time word or a preposition's end (假期前, 节后, 假期结束后), or after a comparison's word (比假期日均), is no span
of the holiday. Words: data/period.toml
[holidays]. Used by extractor/time_exprs.py Times.of."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple, Optional

from .lexicon import alternation, table

_NUM = "[0-9０-９]{1,2}"


class Holiday(NamedTuple):
    at: int  # where the defining word starts
    first: tuple[int, int]  # (month, day) of its first day
    last: tuple[int, int]  # and of its last


@lru_cache(maxsize=1)
def _defined() -> re.Pattern:
    t = table("period.toml")["holidays"]
    return re.compile(rf"(?:{alternation(t['words'])})[（(](?P<m1>{_NUM})月(?P<d1>{_NUM})日"
                      rf"(?:{alternation(t['joints'])})(?:(?P<m2>{_NUM})月)?(?P<d2>{_NUM})日[)）]")


@lru_cache(maxsize=1)
def _word() -> re.Pattern:
    t = table("period.toml")["holidays"]
    # (one lookbehind a word: Python's are of one width each)
    before = "".join(f"(?<!{re.escape(w)})" for w in t["not_before"])
    return re.compile(rf"{before}(?:{alternation(t['words'])})(?:{alternation(t['suffixes'])})?"
                      rf"(?![（(]|{alternation(t['not_after'])})")


def _n(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def holidays(text: str) -> list[Holiday]:
    """The holidays the page defines with their days, in the order they stand."""
    out = []
    for m in _defined().finditer(text):
        m1, d1 = _n(m["m1"]), _n(m["d1"])
        out.append(Holiday(m.start(), (m1, d1), (_n(m["m2"]) if m["m2"] else m1, _n(m["d2"]))))
    return out


def holiday_words(text: str, defined: list[Holiday]) -> list[tuple[int, int, Holiday]]:
    """Each holiday word after a definition (not the defining one, which its bracket's days already give), with
    the holiday it refers to: the last defined before it."""
    if not defined:
        return []
    starts = [h.at for h in defined]
    out = []
    for m in _word().finditer(text, defined[0].at + 1):
        i = bisect_left(starts, m.start()) - 1
        if i >= 0:
            out.append((m.start(), m.end(), defined[i]))
    return out


def holiday_span(h: Holiday, year: Optional[int]) -> Optional[str]:
    """The holiday's days as a period in the year (that of a date written without one there), or None."""
    if year is None:
        return None
    (m1, d1), (m2, d2) = h.first, h.last
    return f"{year}-{m1:02d}-{d1:02d}/{year}-{m2:02d}-{d2:02d}"
