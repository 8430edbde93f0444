"""A run of years counted from a start its article states before it (这项活动从１９８９年开始，…。８年间，全区共
吸收…; 某社于１９８７年１２月成立。该社１０年来共出版…): the years from that start, not the last N before the
writing (extractor/time_exprs.py reads them for each sentence that has a few years of its own; the words in
data/period.toml anchored_years)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Optional

from .lexicon import alternation, table

if TYPE_CHECKING:
    from .record import Record

_SPAN_OF_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
_YEAR = re.compile(r"^(\d{4})")
_NUMBER_FIRST = re.compile(r"[0-9０-９一二两三四五六七八九十]")


class _Words(NamedTuple):
    start_after: re.Pattern  # after the start's date, in its clause (开始, 成立)
    right_after: tuple[str, ...]  # right after the start's date (起)
    start_before: tuple[str, ...]  # right before the start's date (成立于, 始于)
    not_after: tuple[str, ...]  # right after the date: a start that is no whole year (１９９３年底开始)
    to_now: tuple[str, ...]  # ending a run that runs to the writing (１０年来): its end stays the writing's


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("period.toml")["anchored_years"]
    reach = int(t["reach"])
    after = re.compile(rf"[^，。；！？\n]{{0,{reach}}}?(?:{alternation(t['start_after'])})")
    return _Words(after, tuple(t["start_right_after"]), tuple(t["start_before"]), tuple(t["not_after"]),
                  tuple(t["to_now"]))


def anchored_years(text: str, dates: list["Record"], starts: list[int], article_start: int,
                   found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """Each run of N years counted back from the writing (kind "recent", written with its number first: ８年间,
    １０年来; not 近３年来, which counts back itself) whose article states, before it, a start one year before
    the run's first (从１９８９年开始, 于１９８７年设立): the years from that start, to the writing's end where
    the run goes on to now (１０年来: 1987/1997 in a 1998 story), else its N years (８年间: 1989/1996).
    dates, starts: the page's date records and where they start, in order."""
    out = []
    for at, stop, period, kind in found:
        span = _SPAN_OF_YEARS.match(period or "")
        if kind == "recent" and span and _NUMBER_FIRST.match(text, at):
            first, last = int(span[1]), int(span[2])
            if _start_before(text, dates, starts, article_start, at, first - 1):
                n = last - first + 1
                to_now = any(text.endswith(w, 0, stop) for w in _words().to_now)
                period = f"{first - 1}/{last if to_now else first + n - 2}"
        out.append((at, stop, period, kind))
    return out


def _start_before(text: str, dates: list["Record"], starts: list[int], article_start: int, at: int,
                  year: int) -> bool:
    """Whether a date of `year` between article_start and at is told as a start (从１９８９年开始, 成立于…)."""
    words = _words()
    i = bisect_left(starts, at) - 1
    while i >= 0 and dates[i].norm_start >= article_start:
        d = dates[i]
        m = _YEAR.match(str(d.value or ""))
        if m and int(m.group(1)) == year and d.value_max is None and d.norm_end <= at \
                and not text.startswith(words.not_after, d.norm_end) \
                and (words.start_after.match(text, d.norm_end) or text.startswith(words.right_after, d.norm_end)
                     or text.endswith(words.start_before, 0, d.norm_start)):
            return True
        i -= 1
    return False
