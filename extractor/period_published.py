"""The year a web page says it was published in (发布时间:2026-11-18 16:42 among its head's furniture), for a page
whose id names none: no year the page reports is later than that, so a later year it names is a plan (目前正在面向全市
公开征集2027年民生实事项目 in a press conference of November 2026: the year its 今年, 1-10月 and 前三季度 count from stays
2026, not the plan's 2027). Only a bound on the years a page reports, never the year it reports itself: a page
published in March 2026 may be a bulletin on 2025 (its title's year), and its figures keep that year. Words:
data/period.toml [published_lines]. Used by extractor/scope.py (article_years' latest)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .page import Page

_DIGITS = "[0-9０-９]"


@lru_cache(maxsize=1)
def _line() -> re.Pattern:
    t = table("period.toml")["published_lines"]
    # the label, a colon or a space, then a date written with dashes or in words (its year is what is read)
    return re.compile(rf"(?:{alternation(t['labels'])})[:：\s]*(?P<y>{_DIGITS}{{4}})(?:[-/.年])(?P<m>{_DIGITS}{{1,2}})")


def published_on(page: Page) -> Optional[tuple[int, int]]:
    """The year and month the head of the page (its first `head` characters) says it was published in, or None
    (also the signing date of a yearly text whose title names no year: extractor/document_time.py)."""
    m = _line().search(page.text, 0, min(len(page.text), int(table("period.toml")["published_lines"]["head"])))
    return (int(unicodedata.normalize("NFKC", m["y"])), int(unicodedata.normalize("NFKC", m["m"]))) if m else None


def published_year(page: Page) -> Optional[int]:
    """The year the head of the page says it was published in, or None."""
    on = published_on(page)
    return on[0] if on else None
