"""A stock as of a month's end opening its sentence in a release or a report (9月末，全市金融机构各项存款余额…亿元; 6月底，
全县民用汽车保有量…万辆) is as of that month (../2025-09), as a year's end is as of the year's (extractor/period_year_end.py,
bench/gold/README.md: "a year-end stock … as of the year's end"); the changes and flows its sentence tells (同比增长,
比年初增加) keep the period they were given. Only on a page whose id names no day (a user's release or report): in a
news story a month's end opening a sentence is mostly a scene (去年10月底，某区举行…), told as an event. Words: the
year's end's data/period.toml [year_end_stocks] flow and target words, and [month_end_stocks]."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .period_year_end import flow_or_plan

_MONTH = re.compile(r"\d{4}-(\d{2})")
_SPAN_TO = re.compile(r"(\d{4})-01/\1-\d{2}")  # a span of a year's first months (前三季度: 2025-01/2025-09)
_LEAD = 4  # characters of a subject before the month's end that opens its sentence (全市9月末…)


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    t = table("period.toml")["month_end_stocks"]
    return re.compile(rf"(?<!{alternation(t['not_before'])})(?P<month>[0-9０-９]{{1,2}})月(?:{alternation(t['words'])})"
                      rf"(?!{alternation(t['not_after'])})")


def month_end_stock(text: str, start: int, pos: int, period: Optional[str], stood: Optional[str] = None) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: as of the month (`../2025-09`) where the
    month it was given (`2025-09`) is the one whose end opens the sentence and its own clause tells no change, flow
    or plan; a change of the stock (同比增长, 比年初增加) takes the span under review that stood before the sentence
    where that span ends in the month (前三季度 then 9月末: the nine months, as a bulletin's changes keep the year);
    else the period as given."""
    m = _MONTH.fullmatch(period or "")
    if not m:
        return period
    opener = _opener().search(text, start, min(pos, start + _LEAD + 6))
    if not opener or opener.start() - start > _LEAD or int(unicodedata.normalize("NFKC", opener["month"])) != int(m[1]):
        return period
    if flow_or_plan(text[opener.end():pos]):
        # 同比增长6.9%, 比年初增加…: a change of the stock, not the stock
        return stood if stood and _SPAN_TO.fullmatch(stood) and stood.endswith(f"/{period}") else period
    return f"../{period}"
