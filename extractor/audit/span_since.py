"""span (since): a count of years up to the time of writing (`十年来`) against the year it started.

    2014 年，…计划开始在全省推行。十年来，…           the sentence before, of its paragraph, opens
                                                      with the year and says something began
                                                      (data/cues.toml [span_since] starts)
    五年来…经费，从一九五〇年到一九五三年共有…，一九五四年有…
                                                      the first year after `从`/`自` in its own sentence
The span ends with the latest year its own sentence names after the start (not past the year the
page was issued), else with the year the page was issued (a page of 2024: `十年来` from 2014).
Both ways of counting are in use (both ends, or from the start year: span.judged). Consistent
only: `N 年来` is said loosely, and the start found may be another event's; a count that fits
neither way says nothing (the words do not tie the year to the count as `从 A 年到 B 年的 N 年间`
does, span.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..issue_date import issue_year
from ..numerals import parse_number
from . import cues
from .model import Draft, PageView
from .span import MAX_YEARS, judged, year_of

_MIN_YEARS = 2  # `一年来` is the year just gone, no span to check


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    digits = "".join(cues.words("span", "year_digits"))
    year = f"(?P<y>\\d{{4}}|[{digits}]{{4}})年"
    count = re.compile(f"(?<![\\d{digits}十百千万])(?P<n>[一二两三四五六七八九十]{{1,3}}|\\d{{1,2}})(?:个)?年[来來]")
    opens = "|".join(re.escape(w) for w in cues.words("span_since", "from"))
    return count, re.compile(year), re.compile(f"(?:{opens}){year}")


def check(view: PageView) -> list[Draft]:
    drafts = []
    count, year, opened = _patterns()
    issued = issue_year(view.page.dated)
    for c in count.finditer(view.text):
        n = parse_number(c.group("n"))
        sent = view.sentence_index(c.start())
        if n is None or n < _MIN_YEARS or sent < 0:
            continue
        start = _said_after(view, sent, c.end(), opened) or _began_before(view, sent, year)
        if start is None:
            continue
        y1 = year_of(start.group("y"))
        ends = [m for m in year.finditer(view.text, start.end(), view.sentences[sent].end)
                if year_of(m.group("y")) is not None and (issued is None or year_of(m.group("y")) <= issued)]
        last = max(ends, key=lambda m: year_of(m.group("y")), default=None)
        y2 = year_of(last.group("y")) if last is not None else issued
        if y1 is None or y2 is None or not 0 < y2 - y1 < MAX_YEARS:
            continue
        ok, expected, text = judged(y1, y2, int(n), c.group("n") + "年", "“" + c.group() + "”所述")
        if not ok:
            continue
        if last is None:
            text = text.rstrip("。") + f"（止于成文的 {y2} 年）。"
        facts = [view.raw_ref(c.start("n"), c.end()), view.raw_ref(start.start("y"), start.end())]
        if last is not None:
            facts.append(view.raw_ref(last.start("y"), last.end()))
        drafts.append(Draft("span", "consistent", facts, expected, int(n), text))
    return drafts


def _said_after(view: PageView, sent: int, at: int, opened: re.Pattern) -> re.Match | None:
    """`五年来…，从一九五〇年到…`: the first year opened by `从`/`自` after the count in its sentence."""
    return opened.search(view.text, at, view.sentences[sent].end)


def _began_before(view: PageView, sent: int, year: re.Pattern) -> re.Match | None:
    """`2014 年，…开始…推行。十年来`: the year opening the sentence before, in the count's
    paragraph, that says something began."""
    if sent == 0 or view.sentences[sent - 1].paragraph != view.sentences[sent].paragraph:
        return None
    before = view.sentences[sent - 1]
    m = year.match(view.text, before.start)
    if m is None or not cues.contains_any(view.text[m.end():before.end], "span_since", "starts"):
        return None
    return m
