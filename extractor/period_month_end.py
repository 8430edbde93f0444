"""A stock as of a month's or a quarter's end opening its sentence in a release or a report (9月末，全市金融机构各项存款
余额…亿元; 三季度末生猪存栏…万头) is as of that month (../2025-09), and its base at the end of the same months a year
before (比上年同期末的…) as of theirs (../2024-09), as a year's end is as of the year's (extractor/period_year_end.py,
bench/gold/README.md: "a year-end stock … as of the year's end"); the changes and flows its sentence tells (同比增长,
比年初增加) keep the period they were given. Only on a page whose id names no day (a user's release or report): in a
news story a month's end opening a sentence is mostly a scene (去年10月底，某区举行…), told as an event. Words: the
year's end's data/period.toml [year_end_stocks] flow and target words, and [month_end_stocks]."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .period_year_end import flow_or_plan

_MONTH = re.compile(r"\d{4}-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-(?:01|04|07|10)/\1-(?:03|06|09|12)")  # a quarter (三季度: 2025-07/2025-09)
_SPAN_TO = re.compile(r"(\d{4})-01/\1-\d{2}")  # a span of a year's first months (前三季度: 2025-01/2025-09)
_WRITTEN_TIME = re.compile(r"[0-9０-９〇○零一二三四五六七八九十]+[年月日]|季度")
_LEAD = 4  # characters of a subject before the month's end that opens its sentence (全市9月末…)


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    t = table("period.toml")["month_end_stocks"]
    return re.compile(rf"(?<!{alternation(t['not_before'])})(?:(?P<month>[0-9０-９]{{1,2}})月|(?P<quarter>[一二三四])季度)"
                      rf"(?:{alternation(t['words'])})(?!{alternation(t['not_after'])})")


def month_end_stock(text: str, start: int, pos: int, period: Optional[str], stood: Optional[str] = None,
                    para: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: as of the month (`../2025-09`) where the
    month it was given (`2025-09`) is the one whose end opens the sentence and its own clause tells no change, flow
    or plan; a change of the stock (同比增长, 比年初增加) takes the span under review that stood before the sentence
    where that span ends in the month (前三季度 then 9月末: the nine months, as a bulletin's changes keep the year);
    else the period as given."""
    m = _MONTH.fullmatch(period or "") or _QUARTER.fullmatch(period or "")
    if not m:
        return period
    last = m[0][-7:]  # the month the period ends in (2025-09 of 2025-07/2025-09)
    if text.endswith(_base_ends(), 0, pos):
        return f"../{last}"  # 比上年同期末的153.70万头: the base stood at the end of its period
    # the sentence's or its item's opener (…同比下降3.2%；三季度末生猪存栏…: an item after a semicolon)
    item = max(start, text.rfind("；", start, pos) + 1, text.rfind(";", start, pos) + 1)
    opener = _opens(text, item, pos) or _opens(text, start, pos)
    since = opener.end() if opener else start
    if not opener and para is not None and not _WRITTEN_TIME.search(text, start, pos):
        # 9月末，…存款余额…。各项贷款余额…: a stock of a later sentence of the paragraph, with no time of its own
        opener = _paragraph_opener(text, para, start)
    if not opener or _ended(opener) != int(last[5:]) or \
            (m.re is _QUARTER and not opener["quarter"]) or (m.re is _MONTH and not opener["month"]):
        return period
    if flow_or_plan(text[since:pos]):
        # 同比增长6.9%, 比年初增加…: a change of the stock, not the stock
        return stood if stood and _SPAN_TO.fullmatch(stood) and stood.endswith(f"/{last}") else period
    return f"../{last}"


def _opens(text: str, start: int, pos: int) -> Optional[re.Match]:
    """The month's or quarter's end opening the text from start (within _LEAD characters of a subject), before pos."""
    opener = _opener().search(text, start, min(pos, start + _LEAD + 6))
    return opener if opener and opener.start() - start <= _LEAD else None


def _paragraph_opener(text: str, para: tuple[int, int], start: int) -> Optional[re.Match]:
    """The month's or quarter's end opening an earlier sentence of the paragraph (存贷款稳定增长。9月末，…。), the last
    one that opens with one, if one does."""
    starts, stops, last = _sentences(text, *para)
    j = bisect.bisect_left(starts, start) - 1  # the last sentence starting before the figure's
    if j < 0:
        return None
    if 0 <= stops[j] < start:
        return last[j]
    # (a sentence that runs on into the figure's: read up to the figure's sentence only)
    return _opens(text, starts[j], start) or (last[j - 1] if j else None)


@lru_cache(maxsize=4)  # (the figures of one paragraph come together; few page texts kept alive)
def _sentences(text: str, para_start: int, para_end: int) -> tuple[list[int], list[int], list[Optional[re.Match]]]:
    """The paragraph's sentences split at 。 as their starts, their 。 (-1: none) and the last month's end opening any
    of them up to each: read once a paragraph, not once a figure (a release's paragraph holds many figures)."""
    starts: list[int] = []
    stops: list[int] = []
    last: list[Optional[re.Match]] = []
    found, at = None, para_start
    while 0 <= at < para_end:
        stop = text.find("。", at, para_end)
        found = _opens(text, at, stop if stop >= 0 else para_end) or found
        starts.append(at)
        stops.append(stop)
        last.append(found)
        at = stop + 1 if stop >= 0 else -1
    return starts, stops, last


def _ended(opener: re.Match) -> int:
    """The month whose end the opener names (9月末: 9; 三季度末: 9)."""
    if opener["month"]:
        return int(unicodedata.normalize("NFKC", opener["month"]))
    return 3 * ("一二三四".index(opener["quarter"]) + 1)


@lru_cache(maxsize=1)
def _base_ends() -> tuple[str, ...]:
    return tuple(table("period.toml")["month_end_stocks"]["base_ends"])
