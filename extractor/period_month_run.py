"""A month and its run from January (10月份 and 1-10月) in one text: the one it states first is what it reviews (a
monthly release, 2026年10月某市居民消费价格运行简况 then 10月份，…; a year-to-date story, 1-10月，某市工业增加值…), and
the other, stated later in passing (1-10月平均，…上涨0.4%; 分月看，10月份…增长8.1%), is its own sentence's: the
sentences and paragraphs after it go back to the one reviewed, not on with the other nor down to the bare year
(extractor/sentence_periods.py)."""
from __future__ import annotations

import re
from typing import Optional

_MONTH = re.compile(r"^\d{4}-\d{2}$")
_RUN = re.compile(r"^(\d{4})-01/\1-\d{2}$")


def month_or_run(period: Optional[str]) -> bool:
    """Whether `period` is a month (2026-10) or a run of months from January (2026-01/2026-10)."""
    return bool(period and (_MONTH.match(period) or _RUN.match(period)))


def counterpart(period: Optional[str], reviewed: Optional[str]) -> bool:
    """Whether `period` is the month `reviewed` runs to, or the run from January to the month `reviewed` is."""
    if not period or not reviewed:
        return False
    return (_MONTH.match(reviewed) is not None and period == f"{reviewed[:4]}-01/{reviewed}") or (
        _MONTH.match(period) is not None and reviewed == f"{period[:4]}-01/{period}")
