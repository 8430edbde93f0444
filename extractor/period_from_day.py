"""A day a yearly text says a level takes effect from (a bulletin's 7月1日起,全市月最低工资标准由2320元调整为2420元,提高
100元,增幅4.3%): the new level and its change hold over the months from then to the year's end (2025-07/2025-12), the level
it replaced over the months before (由2320元: 2025-01/2025-06), as a user asking what the standard was in March or in
October wants them; the day is when it changed, the period of none of them. It is its sentence's only: the next ones go on
with the year the text reports on (年末全市社会保障卡持卡人数…: as of the year's end). A page with an issue day (news) is
read as before. Words: data/period.toml [from_day]. Used by extractor/scope.py and extractor/sentence_periods.py."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_A_DAY = re.compile(r"^(\d{4})-(\d{2})-\d{2}$")
_DIGITS = "[0-9０-９]"
_CLAUSE_END = re.compile("[，,；;。：:]")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, tuple[str, ...], re.Pattern]:
    t = table("period.toml")["from_day"]
    opening = re.compile(rf"(?:{alternation(t['openers'])})?(?P<m>{_DIGITS}{{1,2}})月{_DIGITS}{{1,2}}[日号]"
                         rf"(?:{alternation(t['closes'])})")
    return opening, tuple(t["replaced_before"]), re.compile(alternation(t["changed_to"]))


def _month(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def from_day(text: str, sent_start: int, lead: Optional[str]) -> bool:
    """Whether the sentence at sent_start opens on the day `lead` (2025-07-01) and 起: from then on."""
    day = _A_DAY.match(lead or "")
    found = _words()[0].match(text, sent_start) if day else None
    return bool(found) and _month(found["m"]) == int(day[2])


def months_from_day(text: str, sent_start: int, fact_start: int, fact_end: int, period: Optional[str]) -> Optional[str]:
    """The months a figure of a sentence opened by a day and 起 holds over (period: the day, as read so far): from the
    day's month to the year's end, or, for the level replaced (由2320元调整为…), the months before; else `period`."""
    if not from_day(text, sent_start, period):
        return period
    year, month = int(period[:4]), int(period[5:7])
    _, replaced, changed = _words()
    clause = _CLAUSE_END.search(text, fact_end)
    after = text[fact_end:clause.start() if clause else len(text)]
    if text.endswith(replaced, sent_start, fact_start) and changed.match(after):
        return f"{year}-01/{year}-{month - 1:02d}" if month > 1 else str(year - 1)
    return f"{year}-{month:02d}/{year}-12" if month > 1 else str(year)
