"""The years each article of a page reports and was written in (extractor/scope.py): the year its
relative words (去年, 今年以来) count from and the one its untimed figures fall back to."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .documents import article_documents
from .page import Page
from .period_shapes import began, period_words as _period_words
from .record import Record
from .time_exprs import scope_words
from .time_kinds import is_target

_YEAR = re.compile(r"^(\d{4})")


def writing_years(page: Page, years: dict[int, int], dates: list[Record]) -> dict[int, int]:
    """The year each article was written, that its relative words count from: its latest year,
    or the year after it where the article looks back on that year: it says 去年 outside a
    comparison and never 今年 (1997年…去年“两税”… written in 1998), or it states its latest year
    only as of that year's end (到1997年底: the year is over)."""
    out = dict(years)
    text = page.text
    w = scope_words()
    ended: dict[int, bool] = {}
    for d in dates:
        art = d.article
        if str(d.value or "") != str(years.get(art)):
            continue
        s, e = d.norm_start, d.norm_end
        at_end = text.startswith(_period_words().year_end, e) and text.endswith(w.as_of, 0, s)
        ended[art] = ended.get(art, True) and at_end
    for art, is_ended in ended.items():
        if is_ended:
            out[art] = years[art] + 1
    back, now = _period_words().looking_back, _period_words().this_year
    base = _period_words().base_before
    for a in page.layout.articles:
        if a.index not in years or out[a.index] != years[a.index]:
            continue
        says_back = any(not text.endswith(base, 0, m.start()) for m in back.finditer(text, a.start, a.end))
        if says_back and not now.search(text, a.start, a.end):
            out[a.index] = years[a.index] + 1
    return out


def article_years(page: Page, dates: list[Record], latest: Optional[int] = None,
                  latest_of: Optional[dict[int, int]] = None) -> dict[int, int]:
    """latest: the year a page was issued in; a later year it names is a plan (到2010年出口上升到…
    written without 到), never the year it reports. latest_of: that year for each article where
    it is the article's own (the year its report, one of a joined page, was given in)."""
    w = scope_words()
    text = page.text
    out: dict[int, int] = {}
    reached: dict[int, int] = {}
    for d in dates:
        m = _YEAR.match(str(d.value or ""))
        if not m:
            continue
        s, e = d.norm_start, d.norm_end
        if text.startswith(w.not_year_after, e) or text.endswith(w.not_year_before, 0, s) or is_target(text, s, False):
            continue  # 2021年以来, 比2022年, 力争到2030年: not the year the article reports
        if _period_words().event_after.match(text, e) or began(text, s, e):
            continue  # 2010年上海世界博览会: an event's name; 建于1970年: when a thing began
        year = int(m.group(1))
        art = d.article
        limit = latest_of.get(art, latest) if latest_of else latest
        if limit is not None and year > limit:
            continue
        if is_target(text, s, True):
            reached[art] = max(reached.get(art, 0), year)  # 到2027年: a target, or 到1997年底: as of
            continue
        out[art] = max(out.get(art, 0), year)
    for art, year in reached.items():
        if art not in out:
            out[art] = year  # an article that only says 到1997年底 reports that year
    return out


def document_years(page: Page, years: dict[int, int]) -> Callable[[int], Optional[int]]:
    """The year an article that states none falls back on (years: article_years): the latest its
    document states. A page joined from many reports (1983's, then 1984's) is as many texts: the
    1983 report's untimed figures are not of the year the next report reaches. A document that
    states no year has none, as when it stands alone (on a page of one document: the page's latest)."""
    of_doc = article_documents(page.layout)
    by_doc: dict[int, int] = {}
    for art, year in years.items():
        d = of_doc.get(art, 0)
        by_doc[d] = max(by_doc.get(d, year), year)
    return lambda art: by_doc.get(of_doc.get(art, 0))


class OpeningYears:
    """The years a feature's opening paragraph states (sentence_periods reads a feature paragraph by paragraph: only the
    time of its opening stands for its later paragraphs that state none). An opening that states one year (１９９７年，
    全区…: the review of that year) gives its later paragraphs that year; one that tells a history over several (１９７１年
    建区时…。１９７６年开始…。１９９６年，全区总人口…) reviews none of them: its last year is where the history ends, not
    the time of what the later paragraphs tell (全区２３６个乡镇全部建立了服务所: no time given, null, as a feature's
    standing figures are; bench/gold/README.md "period")."""

    def __init__(self) -> None:
        self._told: dict[int, set[str]] = {}

    def add(self, article: int, found: list[tuple[int, int, Optional[str], str]]) -> None:
        """The years of the times `found` in a sentence of the article's opening (not a base's, a target's: kinds)."""
        self._told.setdefault(article, set()).update(
            p[:4] for _, _, p, kind in found if not kind and p and p[:4].isdigit())

    def reviews(self, article: int) -> bool:
        """Whether the article's opening stated at most one year."""
        return len(self._told.get(article, ())) <= 1
