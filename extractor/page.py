"""A page read for extraction: the original text, its normalization and its layout.

A page printed in traditional characters (older national reports: 國, 經濟, 萬元) is read in
simplified ones: the rules, word lists and gazetteer are written so. Its normalized text is put
through data/traditional.txt (one character for one, so every offset holds) before anything reads
it; `page.text` is that view, `page.printed` the normalized text as the page prints it, from which
a record takes the page's own words (its metric phrase and sentence; its text and a name's value
come from the original, as on any page). A page with no traditional character is read as before:
`printed` is the very `text`."""
from __future__ import annotations

import datetime
from array import array
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from .heap import fix_mmap_threshold
from .issue_date import issue_date, issued_id
from .layout import Layout, analyse
from .normalize import Normalized, normalize
from .page_dates import masthead
from .traditional import simplified_view

_heap_set = False  # (heap.py: glibc's threshold for mapped blocks, fixed before the first page)


@dataclass
class Page:
    doc: str
    norm: Normalized
    layout: Layout
    # the normalized text as printed, where `text` is its simplified view (None: the same text)
    printed_text: Optional[str] = None
    # an id naming the day the page's masthead prints, where `doc` names none (extractor/page_dates.py)
    masthead: Optional[str] = None
    masthead_end: int = 0  # where the masthead's line ends (normalized offsets)
    # an id naming the day (or a report's year) the caller says the page was issued (read's `date`,
    # the commands' --date): above what the page prints and what its id names
    issued: Optional[str] = None

    @cached_property
    def dated(self) -> str:
        """The id the page's issue date and year are read from (extractor/issue_date.py): one naming the day its
        masthead prints, or, for a report alone whose id names no day, one naming the year its head gives
        (documents.head_years: ——2026年2月3日在…大会上; 向第六届…大会第一次会议作…报告), read then as an
        archive's report of that year is; else the doc's. A year an id names (report-1981.txt) is a file's name, the
        last to go by: what the text says of itself comes first. A date the caller gives comes before all of them."""
        if self.issued:
            return self.issued
        if self.masthead:
            return self.masthead
        if issue_date(self.doc) is None and len(self.layout.documents) < 2:
            from .documents import head_years  # (documents reads pages: imported when first asked)
            year = head_years(self).get(0)
            if year:
                return f"given-{year}"
        return self.doc

    @property
    def original(self) -> str:
        return self.norm.original

    # kept on the page once read (a page's normalized text never changes): the finders read
    # page.text hundreds of times a page, and a property's call each time was 1% of a run
    @cached_property
    def text(self) -> str:
        return self.norm.text

    @property
    def printed(self) -> str:
        """The normalized text in the page's own characters (offsets as `text`'s)."""
        return self.norm.text if self.printed_text is None else self.printed_text

    @classmethod
    def read(cls, text: str, doc: str = "stdin", date: Optional[str | datetime.date] = None) -> "Page":
        """The page of `text`, named `doc`; `date` (YYYY-MM-DD or YYYY, issue_date.issued_id; or a
        datetime.date) is the day it was issued where its id and masthead do not say (or say
        otherwise): 去年, 目前 and dates without a year are read from it. Raises ValueError for a date
        of another form."""
        global _heap_set
        issued = issued_id(str(date)) if date is not None else None
        if not _heap_set:
            _heap_set = True
            fix_mmap_threshold()
        norm, printed = _simplified(normalize(text))
        if not isinstance(norm.raw, array):
            # the offset map as machine integers: a list holds an int object a character (36
            # bytes where this holds 4), for as long as the page is read
            norm.raw = array("i", norm.raw)
        layout = analyse(norm)
        if len(layout.documents) > 1:
            # a page joined from many documents: read again with each document's lines set in
            # paragraphs by its own conventions (normalize.document_breaks), as it is read alone
            norm, printed = _simplified(normalize(text, [norm.raw[s] for s, _ in layout.documents[1:]]))
            layout = analyse(norm)
        return cls(doc, norm, layout, printed, *masthead(text, doc, norm.text), issued=issued)


def _simplified(norm: Normalized) -> tuple[Normalized, Optional[str]]:
    """The normalization read in simplified characters, and its text as printed where that differs."""
    view = simplified_view(norm.text)
    if view is norm.text:
        return norm, None
    printed, norm.text = norm.text, view
    return norm, printed
