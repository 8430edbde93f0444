"""The few years counted from the writing or from an event (最近3年来, ３年前, 今后3年, 连续３年, 第一个10年,
two years before a change, 改革开放以来): the span each names (data/period.toml recent_years, counted_years,
since_events); apart from five_years.py, which reads the named plans and their five years."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from .lexicon import alternation, table
from .word_starts import led_by_first_chars
from .year_counts import CLAUSE_BREAK, CLAUSE_REACH, DIGITS, YEARS_COUNT, count_years

_SPAN = re.compile(r"^(\d{4})/(\d{4})$")


def recent_year_periods(text: str, start: int, end: int,
                        year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each `last few years` between start and end (最近3年来 in a 1998
    article: 1995/1997, the years before the writing); year: the year the article was written."""
    if year is None:
        return
    for m in recent_years().finditer(text, start, end):
        n = count_years(m.group("k") or m.group("k2") or m.group("k3") or m.group("k4") or m.group("k5")
                   or m.group("k6"))
        if n >= 2:
            yield m.start(), m.end(), f"{year - n}/{year - 1}"
        elif n == 1 and (m.group("k5") or m.group("k6")):
            # one year of an effort done or a total reached within it (经过一年…整顿，共查封…): the year before
            yield m.start(), m.end(), str(year - 1)
    for m in _years_ago().finditer(text, start, end):
        # ３年前梁某拿出１０万元 in a 1998 article: 1995, the facts after it in its sentence
        n = count_years(m.group("k"))
        if n >= 1:
            yield m.start(), m.end(), str(year - n)
    for m in years_ahead().finditer(text, start, end):
        # 今后3年 in a 1998 article: 1998/2000, the writing's year and the ones after it
        n = count_years(m.group("k"))
        if n >= 1:
            yield m.start(), m.end(), f"{year}/{year + n - 1}" if n > 1 else str(year)


@lru_cache(maxsize=1)
def recent_years() -> re.Pattern:
    """最近3年来, 近两年: the last few years before the writing (data/period.toml recent_years)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?P<k>[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十)"
    led = f"(?:{alternation(t['before'])}){n}(?:{alternation(t['after'])})"
    # a clause opens after these (or at the text's start); no number runs on before it (十二年中)
    alone = rf"(?:(?<=[，。；：！？\n])|^){n.replace('?P<k>', '?P<k2>')}(?:{alternation(t['clause_after'])})"
    opening = rf"(?:(?<=[。！？\n])|^){n.replace('?P<k>', '?P<k3>')}(?:{alternation(t.get('sentence_after', []))})"
    # and after the clause's subject, where a word of a total follows (部门５年来共破获…)
    totals = t.get("subject_after_total", [])
    subject = rf"(?<![0-9０-９第十百{DIGITS}两几数]){n.replace('?P<k>', '?P<k4>')}(?:{alternation(t['clause_after'])})(?=(?:{alternation(totals)}))" \
        if totals else "(?!)"
    # and years within which a total was reached, opening a clause (３年内，垦区累计投入…, 在两年多的时间里，共投资…):
    # the years before the writing, where no word of a plan comes before the total (三年内，全市将新建…)
    within = t.get("within_after", [])
    total = rf"，?[^，。；！？{''.join(t.get('within_not', []))}]{{0,12}}?(?:{alternation(t.get('within_total', []))})"
    past = rf"(?:(?<=[，。；：！？\n在])|^){n.replace('?P<k>', '?P<k5>')}(?:{alternation(within)})(?={total})" \
        if within else "(?!)"
    # and the years of an effort done (通过４年的苦干实干): not one still ahead (再经过十年), nor a point (经过３年后)
    effort = "".join(f"(?<!{re.escape(w)})" for w in t.get("effort_not_before", [])) \
        + rf"(?:{alternation(t['effort_before'])}){n.replace('?P<k>', '?P<k6>')}年" \
        rf"(?!{alternation(t['effort_not_after'])}|[0-9０-９])" \
        rf"(?![^。；！？]{{0,{int(t.get('effort_plan_reach', 0))}}}?(?:{alternation(t.get('effort_plan_after', ['(?!)']))}))" \
        if t.get("effort_before") else "(?!)"
    # led by its first characters: its lookbehinds left the engine none (5x faster scans)
    return led_by_first_chars(re.compile(f"{led}|{alone}|{opening}|{subject}|{past}|{effort}", re.M))


@lru_cache(maxsize=1)
def _years_ago() -> re.Pattern:
    """３年前, 两年前: a year counted back from the writing (data/period.toml recent_years ago_*); not a
    year written in full (２０００年前), nor one that names what it dates (３年前的承诺: the years since)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?<![0-9０-９第十百{DIGITS}两几数多])(?P<k>[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十)"
    return re.compile(f"{n}(?:{alternation(t['ago_after'])})(?!{alternation(t['ago_not_before'])})")


@lru_cache(maxsize=1)
def years_ahead() -> re.Pattern:
    """今后3年, 未来两年内: the next few years from the writing (data/period.toml recent_years ahead_*)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?P<k>[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十)"
    # 今后一二年: no count of years, no span; 今后3年级: a grade, no years
    stop = alternation(t["ahead_not_before"])
    return re.compile(f"(?:{alternation(t['ahead_before'])}){n}(?:{alternation(t['ahead_after'])})(?!{stop}|[0-9０-９])")


def consecutive_years(text: str, pos: int, period: Optional[str]) -> Optional[str]:
    """A figure its clause says held over a run of years (连续３年涨幅超过20%, 连续三年增长百分之九)
    is of the run, the years up to the one it is told in (1995/1997), like a yearly average; not a
    run in another clause (粮食连续10年增产，人均纯收入达2537元: a level of its year)."""
    if not period or not period.isdigit():
        return period
    clause = CLAUSE_BREAK.split(text[max(0, pos - CLAUSE_REACH):pos])[-1]
    m = None
    for m in _consecutive().finditer(clause):
        pass
    n = count_years(m.group("k")) if m else 0
    return f"{int(period) - n + 1}/{period}" if n >= 2 else period


@lru_cache(maxsize=1)
def _consecutive() -> re.Pattern:
    words = table("period.toml")["recent_years"].get("run_before", [])
    return re.compile(rf"(?:{alternation(words)})(?P<k>[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十)年(?!代)") \
        if words else re.compile("(?!)")


def ordinal_part(text: str, start: int, pos: int, period: Optional[str]) -> Optional[str]:
    """The k-th run of N years of a longer span, named between start and pos (下世纪…：第一个10年，…40%:
    2001/2010 of 2001/2100; 第二个10年: 2011/2020), where the span holds it."""
    m = _SPAN.match(period or "")
    found = None
    for found in _ordinal_part().finditer(text, start, pos):
        pass
    if not m or not found:
        return period
    k, n = count_years(found.group("i")), count_years(found.group("k"))
    first, last = int(m.group(1)) + (k - 1) * n, int(m.group(1)) + k * n - 1
    return f"{first}/{last}" if k >= 1 and n >= 2 and last <= int(m.group(2)) else period


@lru_cache(maxsize=1)
def _ordinal_part() -> re.Pattern:
    words = table("period.toml")["recent_years"].get("ordinal_part", [])
    n = rf"[0-9０-９]{{1,2}}|十?[两{DIGITS}]|十"
    return re.compile("|".join(w.replace("{i}", f"(?P<i>{n})").replace("{n}", f"(?P<k>{n})") for w in words)) \
        if words else re.compile("(?!)")


@lru_cache(maxsize=1)
def event_since() -> tuple[re.Pattern, dict[str, int]]:
    """改革开放以来, 全国解放以来: the events of data/period.toml since_events, each with the
    first whole year after it."""
    t = table("period.toml")
    events = {k: int(v) for k, v in t["since_events"].items()}
    closes = alternation(t["since_event_close"])
    return re.compile(f"(?P<e>{alternation(list(events))})(?:{closes})"), events


def event_since_periods(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each `since an event` between start and end: `1979/..`, the span
    running on to the writing (extractor/issue_date.py closes it)."""
    pattern, events = event_since()
    for m in pattern.finditer(text, start, end):
        yield m.start(), m.end(), f"{events[m.group('e')]}/.."


@lru_cache(maxsize=1)
def counted_years() -> tuple[re.Pattern, tuple[str, ...]]:
    """两年增长, 四年增长, 两年平均每年增长: a bare count of years before a change or a total
    (data/period.toml counted_years)."""
    t = table("period.toml")["counted_years"]
    return (led_by_first_chars(re.compile(rf"{YEARS_COUNT}年(?=(?:{alternation(t['after'])}))")),
            tuple(t["not_after"]))


def counted_year_periods(text: str, start: int, end: int,
                         found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """A count of years before a change (粮食两年增长百分之四十六 after 一九五八年和一九五九年; 四年增长
    after 由一九七八年的…增加到一九八二年的…): the years ending at the latest year its sentence named
    before it (none where it named none: 五年累计… opening a sentence is the five-year words' own)."""
    pattern, not_after = counted_years()
    added = []
    for m in pattern.finditer(text, start, end):
        if text.endswith(not_after, 0, m.start()) or any(a <= m.start() < b for a, b, _, _ in found):
            continue  # 连续三年, 前三年, 这三年: words of their own
        named = [int(p) for a, _, p, _ in found if a < m.start() and p and p.isdigit()]
        last = max(named, default=None)
        n = count_years(m.group("k"))
        if last and n >= 2:
            added.append((m.start(), m.end(), f"{last - n + 1}/{last}", "recent"))
    return sorted([*found, *added], key=lambda t: t[0]) if added else found
