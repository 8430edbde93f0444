"""A figure compared with the whole year before under a now its story said in an earlier sentence (目前，全省铁路
营业里程达５６００公里。…铁路客运量达到３．２亿人次，货物发送量２．１亿吨，分别比上年增长５％和１．２％): a year's
flow, reported in the first months after that year ended, so of the year just ended (1997 on a page of January
1998), not the month of issue the now gives (data/period.toml year_compared). Not where the figure's own sentence
states a time before it, nor a comparison with the same months a year before (比去年同期: a part of a year)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from .issue_date import Issued
from .lexicon import alternation, table

_STATEMENT_END = re.compile("[。；;！？\n]")
_REACH = 200  # how far back a statement's start is looked for (a page's long list reads no more)


class _Words(NamedTuple):
    compared: re.Pattern  # 比上年 not followed by 同期
    report_months: int


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("period.toml")["year_compared"]
    return _Words(re.compile(rf"(?:{alternation(t['words'])})(?!{alternation(t['not_after'])})"), int(t["report_months"]))


def year_compared(text: str, pos: int, end: int, period: Optional[str], issued: Optional[Issued]) -> Optional[str]:
    """The year just ended for a figure (pos..end) given the month of issue (period) by a now carried from an earlier
    sentence, where its statement (to a `；` or the sentence's end) compares it with the year before, on a page issued in a year's first
    months; else period. The caller checks that the now was carried (nothing dated in the sentence before pos)."""
    if issued is None or period != f"{issued.year}-{issued.month:02d}" or issued.month > _words().report_months:
        return period
    stop = _STATEMENT_END.search(text, end)
    begin = max((m.end() for m in _STATEMENT_END.finditer(text, max(0, pos - _REACH), pos)), default=max(0, pos - _REACH))
    if not _words().compared.search(text, begin, stop.start() if stop else len(text)):
        return period
    return str(issued.year - 1)
