"""How long a story's event lasted (历时５个月, 为期４天, 分４年: data/period.toml event_duration), said in a figure's
sentence before it, where the figure's period is a point of the length's unit (a month for 个月): the event ran over
that many units from the point, where the story marks the point as the event's start (１９９７年５月，…展开了…专项活动。
…历时５个月的专项活动共立案３２１件 -> 1997-05/1997-09; 从１９９９年开始，分３年…提供总计４亿元 -> 1999/2001), or
back from it, where it marks its end (…会议今天下午在京闭幕。…在为期３天的会议期间，…提出了…２１位候选人 in a 1月10日 dispatch
-> 1998-01-08/1998-01-10). A length with no such mark, or an approximate one (两个多月, 半年), leaves the point as it was:
a user asking for the months a campaign ran wants its figures dated by all of them, not by its first."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple, Optional

from .clauses import BREAK_CLASS
from .lexicon import alternation, table
from .numerals import parse_number

_DIGITS = "0-9０-９一二两三四五六七八九十"
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Words(NamedTuple):
    length: re.Pattern  # 历时５个月: the lead word, the number (group n) and the unit (group u)
    units: dict[str, str]  # unit -> "year" | "month" | "day"
    marks: re.Pattern  # a start word or an end word
    ends: frozenset[str]
    reach: int  # how far back the mark is looked for
    near: int  # how close to an earlier mark the event's noun must be said


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("period.toml")["event_duration"]
    units = {**{u: "year" for u in t["years"]}, **{u: "month" for u in t["months"]}, **{u: "day" for u in t["days"]}}
    # (no 多, 余, 半 after the number: an approximate length gives no span)
    length = re.compile(rf"(?:{alternation(t['lead'])})(?P<n>[{_DIGITS}]{{1,3}})(?P<u>{alternation(units)})")
    marks = re.compile(alternation([*t["start_words"], *t["end_words"]]))
    return _Words(length, units, marks, frozenset(t["end_words"]), int(t["mark_reach"]), int(t["noun_near"]))


def _shift(point: str, kind: str, by: int) -> Optional[str]:
    """The point moved by `by` units of its kind (1997-05 by 4 months: 1997-09)."""
    if kind == "year":
        return str(int(point) + by)
    if kind == "month":
        months = int(point[:4]) * 12 + int(point[5:7]) - 1 + by
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    try:
        return (date.fromisoformat(point) + timedelta(days=by)).isoformat()
    except ValueError:
        return None


_EVENT = re.compile(r"的([\u4e00-\u9fff]{2})")


def _marks_the_event(text: str, mark: re.Match, length: re.Match, sent_start: int, near: int) -> bool:
    """Whether the mark is the lengthy event's: said in the length's own sentence (从１９９９年开始，分３年…), or, said
    earlier, beside the noun the length qualifies (…展开了…专项活动 … 历时５个月的专项活动; 会议…闭幕 … 为期３天的会议).
    A mark of another deed (１９９７年，全县开展了植树活动 … 历时３年的努力) starts no span: the event is not the one begun."""
    if mark.start() >= sent_start:
        return True
    noun = _EVENT.match(text, length.end())
    if noun is None:
        return False
    return noun.group(1) in _clause(text, mark.start(), mark.end(), near)


def _clause(text: str, start: int, end: int, near: int) -> str:
    """The clause holding text[start:end], at most `near` characters either side of it."""
    left = max(0, start - near)
    breaks = [m.end() for m in BREAK_CLASS.finditer(text, left, start)]
    right = BREAK_CLASS.search(text, end, end + near)
    return text[breaks[-1] if breaks else left:right.start() if right else end + near]


def event_span(text: str, story_start: int, sent_start: int, pos: int, period: Optional[str]) -> Optional[str]:
    """The span an event's length gives the figure at pos (its period: `period`), the length said between
    sent_start and pos and the mark of its start or end between story_start and the length; else `period`."""
    if not period:
        return period
    words = _words()
    found = None
    for found in words.length.finditer(text, sent_start, pos):
        pass
    if found is None:
        return period
    kind = words.units[found["u"]]
    shape = {"year": _YEAR, "month": _MONTH, "day": _DAY}[kind]
    number = parse_number(found["n"])
    if not shape.match(period) or number is None or number != int(number) or not 1 < number <= 100:
        return period
    mark = None
    for mark in words.marks.finditer(text, max(story_start, found.start() - words.reach), found.start()):
        pass
    if mark is None or not _marks_the_event(text, mark, found, sent_start, words.near):
        return period
    n = int(number)
    if mark.group() in words.ends:
        first = _shift(period, kind, 1 - n)
        return f"{first}/{period}" if first else period
    last = _shift(period, kind, n - 1)
    return f"{period}/{last}" if last else period


class EventSpans:
    """The spans event_span gave, for the figures a story goes on to tell of the same event in the sentences after
    the length, within its paragraph (…历时５个月的专项活动共立案３２１件。这些案件造成的损失达２亿元: the five months too),
    where their sentence states no time of its own and the point that stood is the same."""

    def __init__(self) -> None:
        self._ran: dict[int, tuple[int, str, str]] = {}  # article -> (paragraph, point, span)

    def of(self, text: str, story: int, story_start: int, paragraph: int, sent_start: int, pos: int,
           period: Optional[str], own_time: bool) -> Optional[str]:
        """event_span for the figure at pos, else the span given before in its paragraph to the same point
        (own_time: its sentence states a time before it; then none is carried)."""
        span = event_span(text, story_start, sent_start, pos, period)
        if span != period and period:
            self._ran[story] = (paragraph, period, span)
            return span
        ran = self._ran.get(story)
        if ran and not own_time and ran[0] == paragraph and ran[1] == period:
            return ran[2]
        return period
