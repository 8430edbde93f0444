"""The day that opens a dispatch's report (本报长沙１月１０日电记者某某报道：１月８日上午，…启动仪式在这里举行): the
event the dispatch was filed to report, whose figures its next paragraph goes on to tell (…等９个部门的２００多人，
将５万多册图书…送到…), as the dispatch's own day named in its first sentence (今天在京受到表彰,
extractor/time_exprs_spans.py opening_day) is. extractor/sentence_periods.py holds it for the next paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Optional

from .layout import Sentence
from .time_exprs import Times

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# between a dateline and the day: no clause of the report before it (…宣布，１月８日… is a day the report names
# inside what it tells, not the event it opens with); the reporter's byline (记者某某报道：) is no clause
_CLAUSE = re.compile("[，；。！？\n]")
# the days before the dateline's that a dispatch reports an event of (filed on the 10th of an act of the 8th);
# a day further back is background (在去年１２月２９日举行的大选中), a later one a plan
_EVENT_DAYS = 7


def opening_event_day(text: str, times: Times, sent: Sentence, lead_at: int, lead: Optional[str]) -> Optional[str]:
    """lead (its sentence's leading period, starting at lead_at) where it is a day opening the report of a dispatch
    whose dateline is in the same sentence: written right after the dateline and its byline, within a week up to
    the day filed; else None."""
    if not lead or not _DAY.match(lead):
        return None
    i = bisect_left(times.dateline_starts, lead_at) - 1
    if i < 0 or times.datelines[i][0] < sent.start or times.datelines[i][1] != sent.article:
        return None
    before = date.fromisoformat(times.datelines[i][2]) - date.fromisoformat(lead)
    if not timedelta(0) <= before <= timedelta(days=_EVENT_DAYS) or _CLAUSE.search(text, times.datelines[i][0], lead_at):
        return None
    return lead
