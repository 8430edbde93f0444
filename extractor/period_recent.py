"""A news item with no dateline whose first sentence tells its news as of recent days (某厂工程日前开工,
某公司近日推出…, a photo's caption 某团近日在某地公演…): the text gives a time, the days just before the
issue, so its figures with no time of their own stand in the month of issue, as a dispatch's do
(data/period.toml recent_news). A feature that opens on something else and says 近日 later gets nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from .issue_date import Issued
from .lexicon import alternation, table
from .page import Page


@lru_cache(maxsize=1)
def _recent() -> tuple[re.Pattern, int, re.Pattern]:
    t = table("period.toml")["recent_news"]
    digit = t["year_digits"]
    years = rf"(?:[{digit}]{{2,4}}年(?!代)|{alternation(t['year_words'])})"
    return re.compile(alternation(t["words"])), int(t["reach"]), re.compile(years)


def recent_news(page: Page, dispatched: dict[int, str], issued: Issued) -> dict[int, str]:
    """Article index -> the month of issue, for the articles not already dispatched whose first body
    sentence says, within its first `reach` characters, that its news is of recent days."""
    words, reach, _ = _recent()
    layout = page.layout
    first: dict[int, tuple[int, int]] = {}
    for sent in layout.sentences:
        if layout.paragraphs[sent.paragraph].kind == "body":
            first.setdefault(sent.article, (sent.start, sent.end))
    out: dict[int, str] = {}
    for art, (start, end) in first.items():
        if art in dispatched:
            continue
        if words.search(page.text, start, min(end, start + reach)):
            out[art] = f"{issued[0]}-{issued[1]:02d}"
    return out


def no_year_before(page: Page, article: int, pos: int) -> bool:
    """Whether the story of a recent-news article writes no year (１９９７年, 去年) before pos: its 日前 then
    dates it as of the month of issue, though the story has stated a time (what a dispatch's dateline does)."""
    a = next((a for a in page.layout.articles if a.index == article), None)
    return a is not None and not _recent()[2].search(page.text, a.start, pos)
