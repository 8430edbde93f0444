"""span (ages): an age at death against the years of birth and death the page gives.

    于1997年12月31日在北京逝世，享年88岁。…1910年11月出生于…     88 against 1910 and 1997

An obituary says the year of death right before the age (data/cues.toml [span] event_ends, the
lead words of [span_ages]) and the year of birth in the same paragraph or the next. An age is
counted three ways in use: in full years with the birthday of the last year passed or not
(`周岁`: d − b or d − b − 1), or as both years counted (虚岁, the custom of obituaries: d − b + 1),
so any of them is consistent. An age that fits none is unverifiable: the birth found may be
another person's, the text says no more.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .model import Draft, PageView
from .span import year_of

_BEFORE = 80  # characters before the age searched for the year of death (its sentence)
_PARAGRAPHS = 2  # the age's paragraph and the next one hold the birth


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, tuple[re.Pattern, re.Pattern]]:
    digits = "".join(cues.words("span", "year_digits"))
    year = f"(?P<y>\\d{{4}}|[{digits}]{{4}})年"
    gap = int(cues.number("span_ages", "date_gap"))
    leads = "|".join(map(re.escape, cues.words("span_ages", "age_leads")))
    ends = "|".join(map(re.escape, cues.words("span", "event_ends")))
    age = re.compile(f"(?:{leads})(?P<n>\\d{{1,3}}|[一二两三四五六七八九十百]{{1,4}})(?P<full>周)?岁")
    death = re.compile(f"{year}[^，。；！？\\n]{{0,{gap}}}?(?:{ends})")
    after = "|".join(map(re.escape, cues.words("span_ages", "born_after")))
    before = "|".join(map(re.escape, cues.words("span_ages", "born_before")))
    right = "|".join(map(re.escape, cues.words("span_ages", "born_right_after")))
    # `生` alone may open another word (`生产`, `生活`, `生日`): a birth only where none follows
    birth = (re.compile(f"(?:{before}){year}"),
             re.compile(f"{year}(?:[^，。；！？\\n年]{{0,{gap}}}?(?:{after})|(?:\\d{{1,2}}月(?:\\d{{1,2}}日)?)?(?:{right})"
                        "(?![产活前后日]))"))
    return age, death, birth


def check(view: PageView) -> list[Draft]:
    drafts = []
    age, death, birth = _patterns()
    text = view.text
    for m in age.finditer(text):
        n = parse_number(m.group("n"))
        s0 = max(text.rfind("。", 0, m.start()) + 1, m.start() - _BEFORE, 0)
        deaths = list(death.finditer(text, s0, m.start()))
        if n is None or not deaths:
            continue
        d = deaths[-1]
        dy = year_of(d.group("y"))
        end = m.end()
        for _ in range(_PARAGRAPHS):
            nl = text.find("\n", end + 1)
            end = len(text) if nl < 0 else nl
        start = max(text.rfind("\n", 0, m.start()) + 1, 0)
        births = {(b.start(), b.end()): b for p in birth for b in p.finditer(text, start, end)
                  if b.start("y") != d.start("y")}
        years = {year_of(b.group("y")) for b in births.values()}
        if dy is None or len(years) != 1 or None in years:
            continue  # no birth said, or several (another person's too): nothing to set the age against
        b = min(births.values(), key=lambda b: abs(b.start() - m.start()))
        by = years.pop()
        if not 0 < dy - by < 130:
            continue
        drafts.append(_draft(view, m, b, d, int(n), by, dy))
    return drafts


def _draft(view: PageView, m: re.Match, b: re.Match, d: re.Match, n: int, by: int, dy: int) -> Draft:
    ways = {dy - by + 1: "出生年和逝世年都算在内（虚岁）", dy - by: "按周岁（当年生日已过）",
            dy - by - 1: "按周岁（当年生日未到）"}
    if m.group("full"):
        del ways[dy - by + 1]  # `周岁`: full years only
    facts = [view.raw_ref(m.start("n"), m.end()), view.raw_ref(b.start("y"), b.end("y") + 1),
             view.raw_ref(d.start("y"), d.end("y") + 1)]
    written = view.text[m.start("n"):m.end()]
    if n in ways:
        return Draft("span", "consistent", facts, n, n,
                     f"{by} 年出生、{dy} 年逝世，{ways[n]}为 {n} 岁，与所述 {written} 一致。")
    return Draft("span", "unverifiable", facts, sorted(ways), n,
                 f"{by} 年出生、{dy} 年逝世，按周岁或虚岁应为 {min(ways)}–{max(ways)} 岁，与所述 {written} 不符；"
                 "但所找到的出生年份也可能是文中另一人的，无法据此判定有误。")
