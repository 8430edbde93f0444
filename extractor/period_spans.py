"""What a sentence's times say together, read from its list of (start, end, period, kind) in order
(data/period.toml): dates read apart that the text writes as one span (1986年至1996年1月); the same months a
year before those the sentence named (上年同期); a time inside a background phrase (在…的基础上); a span of
years the sentence says was decided, or a plan's span up to the year it sets goals for. The shapes of one
time expression read alone (targets, bases, changes over a year, what a period carries to the next
paragraphs) are in period_shapes.py."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .clauses import BREAK_CLASS
from .lexicon import alternation, table


_RANGE_MARKS = ("至", "到", "—", "-", "～")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_END = re.compile(r"^\.\./(\d{4})-12$")  # as of a year's end (2021年末)
_END_WORDS = ("末", "底")
_MONTH_PARTS = ("底", "初", "末", "上旬", "中旬", "下旬")  # after a month (６月底至７月初): still that month


def joined_ranges(text: str, found: list[tuple[int, int, Optional[str], str]]
                   ) -> list[tuple[int, int, Optional[str], str]]:
    """Dates that the date rules read apart but the text writes as one span: 1986年至1996年 + 1月
    (1986/1996-01), 1993年10月 + 至1995年 (1993-10/1995), 2021年末 + 至2025年末 (2021/2025)."""
    out: list[tuple[int, int, Optional[str], str]] = []
    for item in found:
        if out and item[2] and out[-1][2] and not out[-1][3]:
            at, stop, period, kind = out[-1]
            gap = text[stop:item[0]]
            # (the first's 末 read with its year: 2021年|末至|2025年末, the 至 a range's all the same)
            ranged = gap in _RANGE_MARKS or gap[:1] in _END_WORDS and gap[1:] in _RANGE_MARKS
            if item[3] and not ranged:
                # 比1995年: a base is no end of a span (至2025年末 read alone looks like a target: 2021年末至2025年末
                # is a span all the same)
                out.append(item)
                continue
            first, _, last = period.partition("/")
            if last.isdigit() and not gap and item[2].startswith(last + "-"):
                out[-1] = (at, item[1], f"{first}/{item[2]}", kind)  # 1986年至1996年|1月
                continue
            part = next((p for p in _MONTH_PARTS if gap.startswith(p) and _MONTH.match(period)), "")
            if not last and gap[len(part):] in _RANGE_MARKS and item[2].startswith("../"):
                out[-1] = (at, item[1], f"{period}/{item[2][3:]}", kind)  # 1993年10月|至1995年; 6月|底至|7月(初)
                continue
            days = _DAY.match(period), _DAY.match(item[2])
            if gap in _RANGE_MARKS and not item[3] and all(days) and period < item[2]:
                # 自７日至９日的３天内, each day read alone: the days from the first to the last
                out[-1] = (at, item[1], f"{period}/{item[2]}", kind)
                continue
            ends = _YEAR_END.match(period), _YEAR_END.match(item[2])
            if ranged and all(ends) and ends[0][1] < ends[1][1]:
                # 2021年末至2025年末，…年均增长12.6%: the years from the first's end to the last's, as 2021-2025年 reads
                out[-1] = (at, item[1], f"{ends[0][1]}/{ends[1][1]}", kind)
                continue
            months = _MONTH.match(period), _MONTH.match(item[2])
            if gap in _RANGE_MARKS and not item[3] and all(months) and months[0][2] <= months[1][2]:
                # 去年1月|—|11月, each month read alone (the first in the page's year): the months
                # of the year the last one is in
                y = months[1][1]
                out[-1] = (at, item[1], f"{y}-{months[0][2]}/{y}-{months[1][2]}", kind)
                continue
        out.append(item)
    return out


_MONTHS_SPAN = re.compile(r"^(\d{4})(-\d{2}/)\1(-\d{2})$")


def same_months(out: list[tuple[int, int, Optional[str], str]], at: int, period: str) -> str:
    """去年1月—10月…，而上年同期仅为249.5亿元: the same months a year before those its sentence
    named (1996-01/1996-10), not the year 上年 counts from the writing."""
    span = next((m for a, _, p, k in reversed(out) if a < at and not k and (m := _MONTHS_SPAN.match(p or ""))), None)
    if not span:
        return period
    y = int(span.group(1)) - 1
    return f"{y}{span.group(2)}{y}{span.group(3)}"


@lru_cache(maxsize=1)
def _background_words() -> tuple[str, tuple[str, ...]]:
    t = table("period.toml")["background"]
    return t["opens"], tuple(t["closes"])


def backgrounds(text: str, end: int, found: list[tuple[int, int, Optional[str], str]]
                ) -> list[tuple[int, int, Optional[str], str]]:
    """在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%: a time inside a background phrase
    (data/period.toml background) is the period of the facts inside it only, kind "within", its
    end the phrase's end; not the period of what the clause goes on to say."""
    if not found:
        return found
    opens, closes = _background_words()
    out = []
    for at, stop, period, kind in found:
        if not kind and period:
            clause_end = BREAK_CLASS.search(text, stop, end)
            close_at = min((i for c in closes if (i := text.find(c, stop, clause_end.start() if clause_end else end)) >= 0),
                           default=-1)
            breaks = [m.end() for m in BREAK_CLASS.finditer(text, max(0, at - _BACKGROUND_REACH), at)]
            open_at = text.rfind(opens, breaks[-1] if breaks else max(0, at - _BACKGROUND_REACH), at)
            if close_at >= 0 and open_at >= 0:
                close = next(c for c in closes if text.startswith(c, close_at))
                out.append((at, close_at + len(close), period, "within"))
                continue
        out.append((at, stop, period, kind))
    return out


_BACKGROUND_REACH = 30


_YEARS_SPAN = re.compile(r"^\d{4}/\d{4}$")


def decided_span(text: str, found: list[tuple[int, int, Optional[str], str]], after: int) -> Optional[str]:
    """A span of years that its sentence says was decided, after when (…在临近1997年底时通过一项决议，
    确定了1998年至2000年成员国的会费分摊比例表。): what the next sentences go on about
    (data/period.toml decided_before), not the time of the decision. after: where the sentence's
    lead ends."""
    words = _decided_words()
    for at, _, period, kind in found:
        if at < after or kind or not _YEARS_SPAN.match(period or ""):
            continue
        if any(w in text[after:at] for w in words):
            return period
    return None


@lru_cache(maxsize=1)
def _decided_words() -> tuple[str, ...]:
    return tuple(table("period.toml").get("decided_before", []))


def goal_span(text: str, found: list[tuple[int, int, Optional[str], str]], start: int,
              year: Optional[int]) -> Optional[str]:
    """The years from the writing to the year its sentence sets a plan's goals for (二期施工，其主要目标是：
    确保2003年水库蓄水…: 1998/2003 in a 1998 article; data/period.toml goal_before before the target):
    the span of the plan the next sentences of its paragraph describe (其主要工程量为：…二期移民安置55万人)."""
    if not year:
        return None
    for at, _, period, kind in found:
        if kind == "target" and period and period.isdigit() and int(period) > year \
                and any(w in text[start:at] for w in _goal_words()):
            return f"{year}/{period}"
    return None


@lru_cache(maxsize=1)
def _goal_words() -> tuple[str, ...]:
    return tuple(table("period.toml").get("goal_before", []))


_YEARS_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
_AVERAGE_REACH = 16  # characters before a rate within which its word of a yearly average stands


@lru_cache(maxsize=1)
def _yearly_average() -> re.Pattern:
    """年均, 平均每年 (data/period.toml span_average), then no clause break up to the number."""
    return re.compile(f"(?:{alternation(table('period.toml')['span_average'])})[^，。；、,;]*$")


def yearly_average(text: str, pos: int, period: Optional[str], stood: Optional[str]) -> Optional[str]:
    """A yearly average (平均每年增长8.3%) in a sentence that names only the last year of the run it averages
    (国内生产总值2000年达…，平均每年增长8.3%, after a review of 1996/2000): the span that stood before the sentence
    and ends in that year, not the year alone; any other fact keeps its period."""
    m = _YEARS_SPAN.match(stood or "")
    if not period or not m or m.group(2) != period or m.group(1) == period:
        return period
    return stood if _yearly_average().search(text, max(0, pos - _AVERAGE_REACH), pos) else period
