"""The month a notice is dated by its own line (公告发布日期:2026年9月26日 under a 中标结果公告's items): its figures
with no time of their own (预算金额, 中标金额, the bidders counted, the ranked bids) are of that month, as a dispatch's
are of its month of issue (bench/gold/README, "Standing figures of a dated story"), not of the day (the day the
notice went out is no period of the award) nor of the bare year; and the notices printed after it on the page that
state no time (a second 成交结果公告) keep that month, until a sentence states a time of its own (the quarter's
summary after them: 2026年第三季度…). A web page's 发布时间 line is its furniture, not the notice's (a bulletin
reviews what its title names): only a notice's own labels count. Words: data/period.toml [notice_dates]. Used by
extractor/sentence_periods.py."""
from __future__ import annotations

import re
from functools import lru_cache
from .lexicon import alternation, table

_DIGITS = "[0-9０-９]"
_YEAR = rf"(?P<y>{_DIGITS}{{4}})"
_MONTH = rf"(?P<m>{_DIGITS}{{1,2}})"
_DAY = rf"{_DIGITS}{{1,2}}"
_WRITTEN = rf"{_YEAR}年{_MONTH}月{_DAY}日"  # 2026年9月26日
_DASHED = rf"(?P<y2>{_DIGITS}{{4}})[-/.](?P<m2>{_DIGITS}{{1,2}})[-/.]{_DAY}(?!{_DIGITS})"  # 2026-09-26


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    t = table("period.toml")["notice_dates"]
    return re.compile(rf"(?:{alternation(t['labels'])})(?:{alternation(t['separators'])})*"
                      rf"(?P<date>{_WRITTEN}|{_DASHED})")


def _number(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def notice_dates(text: str) -> dict[int, str]:
    """Where each date a page's notices are labelled with starts (not its label) -> its month (2026-09), in one
    pass over the text: a time expression found there is the notice's date, not its sentence's period."""
    out = {}
    for m in _pattern().finditer(text):
        year, month = _number(m["y"] or m["y2"]), _number(m["m"] or m["m2"])
        if 1 <= month <= 12:
            out[m.start("date")] = f"{year}-{month:02d}"
    return out


def goes_on(notice: str | None, carried: str | None) -> bool:
    """Whether a notice's month stands for a paragraph that carries `carried` from before: nothing, or the notice's
    own year (what a month becomes in the next paragraph, period_shapes.carried_on)."""
    return bool(notice) and carried in (None, notice[:4])
