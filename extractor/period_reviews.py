"""A news story that lists the events selected from a past year (’97某省十大经济新闻评出, 被评为’96全国十大体育新闻之一,
“1996年某市十大新闻”): the events it goes on to list are of that year, not of the month the story was
filed in (data/period.toml year_selections)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .issue_date import Issued
from .lexicon import alternation, table
from .page import Page


@lru_cache(maxsize=1)
def _selection() -> re.Pattern:
    t = table("period.toml")["year_selections"]
    marks = "".join(t["short_year_marks"])
    # ’97 (a year written short) or 1997年 / 1997年度, then the words of a selection within the reach
    year = rf"(?:[{marks}](?P<short>\d{{2}})(?!\d)|(?<!\d)(?P<full>\d{{4}})年度?)"
    return re.compile(f"{year}[^。；\n]{{0,{int(t['reach'])}}}?(?:{alternation(t['words'])})")


def selected_years(page: Page, issued: Optional[Issued]) -> dict[int, str]:
    """Article index -> the past year whose selected events the article lists, where its headline or
    its first body sentence names the selection with the year (’97某省十大经济新闻评选结果日前揭晓); the
    year must be before the issue's (’98… names what is to come or going on, 元旦 events and fairs)."""
    if issued is None:
        return {}
    out: dict[int, str] = {}
    layout = page.layout
    first_body: dict[int, int] = {}
    for sent in layout.sentences:
        if layout.paragraphs[sent.paragraph].kind == "body":
            first_body.setdefault(sent.article, sent.end)
    for art in layout.articles:
        head_end = first_body.get(art.index, art.end)
        for m in _selection().finditer(page.text, art.start, head_end):
            year = int(m.group("full")) if m.group("full") else 1900 + int(m.group("short"))
            if year < 1950:  # ’05 and the like: a year of this century
                year += 100
            if issued.year - 1 <= year < issued.year:
                out[art.index] = str(year)
                break
    return out
