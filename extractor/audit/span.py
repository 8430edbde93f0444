"""span: a number of years against the first and last year it spans.

Structure read (cue words in data/cues.toml [span]):
    从 1979 年到 1982 年的四年间            the years are counted with both ends (1979–1982: 4)
    由 1978 年的 371 亿元增加到 1982 年…，四年间   not read: the years lie apart from the count
    从一九八一年到一九九○年的前十年
    从 1962 年到 1980 年病故的 19 年间     an event of the last year between, the count a stretch (`间`):
                                            inconsistent only where the event is an ending (`病故`,
                                            data/cues.toml [span] event_ends), else consistent only
                                            (`期间的三年中`, `剩下的两年里`: some years of the span)
    二〇二六年到二〇三〇年全省的第十五个五年规划        a plan of so many years named after the span
                                                  (consistent only: the words between may name
                                                  another plan)
A span counted from its base year (`1978 年到 1982 年的四年`: 4 years after 1978) is consistent too:
both ways are in use, so only a number that fits neither is inconsistent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .model import Draft, PageView

MAX_YEARS = 200  # a longer span is not a period of a report
_PLAN_GAP = 16  # characters between a span's last year and the plan that names it (`发展国民经济的`)
_EVENT = 4  # characters of an event said between the last year and a stretch of years (`病故的`)


@lru_cache(maxsize=1)
def said_after() -> re.Pattern:
    """A span whose count of years follows its last year at once (`1979 年到 1982 年的四年`)."""
    words = "".join(cues.words("span", "year_digits"))
    year = f"(?:\\d{{4}}|[{words}]{{4}})"
    joins = "|".join(re.escape(w) for w in cues.words("span", "joins"))
    gaps = "|".join(re.escape(w) for w in cues.words("span", "gaps") if w)
    # `1962 年到 1980 年病故的 19 年间`: an event of the last year said between, the count then
    # named as a stretch of years (`间`, data/cues.toml [span] stretch)
    event = f"(?P<event>[^，。；、：\\d{words}年]{{1,{_EVENT}}})的"
    stretch = "|".join(re.escape(w) for w in cues.words("span", "stretch"))
    return re.compile(f"(?P<y1>{year})年(?:{joins})(?P<y2>{year})年(?:(?:{gaps})?"
                      f"(?P<n>[一二两三四五六七八九十百]{{1,4}}|\\d{{1,3}})(?:个)?年"
                      f"|{event}(?P<n2>[一二两三四五六七八九十百]{{1,4}}|\\d{{1,3}})(?:个)?年(?={stretch}))")


@lru_cache(maxsize=1)
def plan_after() -> re.Pattern:
    """A span named by a plan of so many years a few words after its last year (`一九八一年到一九八五年
    发展国民经济的第六个五年计划`)."""
    words = "".join(cues.words("span", "year_digits"))
    year = f"(?:\\d{{4}}|[{words}]{{4}})"
    joins = "|".join(re.escape(w) for w in cues.words("span", "joins"))
    plans = "|".join(re.escape(w) for w in cues.words("span", "plans"))
    ordinal = "第[一二三四五六七八九十]{1,3}个"
    return re.compile(f"(?P<y1>{year})年(?:{joins})(?P<y2>{year})年[^，。；、：\\d]{{0,{_PLAN_GAP}}}?(?:{ordinal})?"
                      f"(?P<n>[一二两三四五六七八九十]{{1,3}}|\\d{{1,2}})(?:个)?年(?:{plans})")


def year_of(text: str) -> int | None:
    """A year written in digits or in words (`一九八二`), or None."""
    if text.isdigit() and text.isascii():
        return int(text)
    table = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
    table.update({"○": "0", "零": "0"})
    digits = "".join(table.get(c, "") for c in text)
    return int(digits) if len(digits) == len(text) else None


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in said_after().finditer(view.text):
        y1, y2 = year_of(m.group("y1")), year_of(m.group("y2"))
        key = "n" if m.group("n") else "n2"
        n = parse_number(m.group(key))
        if y1 is None or y2 is None or n is None or not 0 < y2 - y1 < MAX_YEARS:
            continue
        n = int(n)
        ok, expected, text = judged(y1, y2, n, m.group(key) + "年")
        if not ok and m.group("event") and not m.group("event").endswith(cues.words("span", "event_ends")):
            continue  # `期间的三年中`: the stretch may be some years of the span
        facts = [view.raw_ref(m.start(key), m.end()), view.raw_ref(m.start("y1"), m.end("y1") + 1),
                 view.raw_ref(m.start("y2"), m.end("y2") + 1)]
        drafts.append(Draft("span", "consistent" if ok else "inconsistent", facts, expected, n, text))
    said = {d.facts[0]["start"] for d in drafts}
    for m in plan_after().finditer(view.text):
        y1, y2 = year_of(m.group("y1")), year_of(m.group("y2"))
        n = parse_number(m.group("n"))
        if y1 is None or y2 is None or n is None or not 0 < y2 - y1 < MAX_YEARS:
            continue
        ok, expected, text = judged(y1, y2, int(n), m.group("n") + "年")
        facts = [view.raw_ref(m.start("n"), m.end()), view.raw_ref(m.start("y1"), m.end("y1") + 1),
                 view.raw_ref(m.start("y2"), m.end("y2") + 1)]
        # the words between may name another plan of the span (`十年规划和第七个五年计划`): a plan
        # that does not fit is no error of the text, only one that fits is reported
        if ok and facts[0]["start"] not in said:
            drafts.append(Draft("span", "consistent", facts, expected, int(n), text))
    return drafts


def judged(y1: int, y2: int, n: int, written: str, said: str = "所述") -> tuple[bool, object, str]:
    """Whether n years fit the span y1–y2 counted either way (both ends, or from the base year),
    the expected value and the explanation."""
    inclusive, apart = y2 - y1 + 1, y2 - y1
    ok = n in (inclusive, apart)
    if ok:
        how = "首尾两年都算" if n == inclusive else "从起始年算起"
        text = f"{y1} 年至 {y2} 年，{how}共 {n} 年，与{said} {written} 一致。"
    else:
        text = f"{y1} 年至 {y2} 年，首尾都算为 {inclusive} 年，从起始年算起为 {apart} 年，与{said} {written} 都不符。"
    return ok, (n if ok else [apart, inclusive]), text
