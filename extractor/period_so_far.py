"""The months of a year so far (今年以来，某区累计签约项目５８个 in an item dated 12月18日): the span from January to the
month the news is dated in (2025-01/2025-12), as a span of months cumulated (1-11月) is its months, not the whole
year. The month is that of the issue of a page whose id names its day, else of the latest day of that year (or with
no year written) the page writes before the figure (12月18日, a dateline's; not a month alone nor 截至9月, which tell
what the figures cover: the year stays); in January the year stays (a span of one month says no more). Words: data/period.toml [year_so_far]."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from .lexicon import alternation, table
from .record import Record


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    return re.compile(alternation(table("period.toml")["year_so_far"]["words"]))


_YEAR = re.compile(r"\d{4}")
# a day's value or period: its year (or none written) and month; a month alone or an as-of month (截至9月) says
# what the figures cover, not when the item was written, and leaves the year
_DAY = re.compile(r"(XXXX|\d{4})-(\d{2})-\d{2}")


def months_so_far(text: str, start: int, pos: int, period: Optional[str], dates: Iterable[Record],
                  issued: Optional[date]) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: January to the news's month where
    the sentence says 今年以来 before it and the period given is that year, else the period as given."""
    if not period or not _YEAR.fullmatch(period) or not _words().search(text, start, pos):
        return period
    month = 0
    if issued:  # a page whose id names its day was written then
        month = issued.month if issued.year == int(period) else 0
    else:
        for d in dates:  # (its period where read already: ６月 of a story of last year is not this year's)
            for m in _DAY.finditer(str(d.period or d.value or "")) if d.norm_start < pos else ():
                if m.group(1) in ("XXXX", period):
                    # the latest day written before the figure: the news is written after what it tells
                    month = max(month, int(m.group(2)))
    return f"{period}-01/{period}-{month:02d}" if month > 1 else period
