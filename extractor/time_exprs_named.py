"""这三年 right after the text named three years: the years it named (extractor/time_exprs.py reads
them for each sentence that has a few years of its own)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from .lexicon import table

if TYPE_CHECKING:
    from .record import Record

_SPAN_OF_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
_YEAR_WRITTEN = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})年")
_SAME_YEAR_REACH = 300  # characters back to the year 同年 points at: its paragraph, as a rule
_NAMED_REACH = 150  # characters back to the years a 这三年 points at: the sentence before, as a rule


@lru_cache(maxsize=1)
def _named_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = table("period.toml")["recent_years"]
    return tuple(t.get("named_before", [])), tuple(t.get("named_joiners", []))


def named_years(text: str, dates: list["Record"], starts: list[int],
                found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """这三年 right after the text named three years (从１９７９至１９８１年…。这三年城镇共安排…): the
    years it named, not the last three before the writing (a report given late in 1981 reviews
    1981 too). dates, starts: the page's date records and where they start, in order."""
    pointing, joiners = _named_words()
    out = []
    for at, stop, period, kind in found:
        span = _SPAN_OF_YEARS.match(period or "")
        if kind == "recent" and span and text.startswith(pointing, at):
            period = _years_named_before(text, dates, starts, at, int(span[2]) - int(span[1]) + 1,
                                         joiners) or period
        out.append((at, stop, period, kind))
    return out


def _years_named_before(text: str, dates: list["Record"], starts: list[int], at: int, n: int,
                        joiners: tuple[str, ...]) -> Optional[str]:
    """The span of n years that the last date before `at` names: one written as a span
    (１９７９至１９８１年) or two years joined (一九五八年和一九五九年)."""
    from bisect import bisect_left
    i = bisect_left(starts, at) - 1
    if i < 0 or at - dates[i].norm_end > _NAMED_REACH:
        return None
    last = dates[i]
    first_year, last_year = _year_of(last.value), _year_of(last.value_max)
    if first_year and last_year and last_year - first_year + 1 == n:
        return f"{first_year}/{last_year}"
    if i >= 1 and first_year and last.value_max is None:
        before = dates[i - 1]
        start = _year_of(before.value)
        if start and before.value_max is None and text[before.norm_end:last.norm_start] in joiners \
                and first_year - start + 1 == n:
            return f"{start}/{first_year}"
    return None


def _year_of(value: object) -> Optional[int]:
    """The year of a date record's value (1979, "1979-03"), None for a date without one."""
    m = re.match(r"^(\d{4})", str(value or ""))
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _same_year_words() -> tuple[str, ...]:
    return tuple(table("period.toml").get("same_year", []))


def same_year_before(text: str, at: int) -> Optional[tuple[int, int]]:
    """The year that 同年 right before `at` points at (１９７７年５月建成，同年９月起…; １９９６年秋，…。截至同年
    １２月３日: data/period.toml same_year): the last year written before it, and where the word starts;
    None where no year is written within reach."""
    word = next((w for w in _same_year_words() if text.endswith(w, 0, at)), None)
    if word is None:
        return None
    years = _YEAR_WRITTEN.findall(text, max(0, at - len(word) - _SAME_YEAR_REACH), at - len(word))
    return (int(years[-1]), at - len(word)) if years else None
