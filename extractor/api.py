"""The library's entry points: extract facts from text or files, as validated records."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional

from .page import Page
from .records import ALL_TYPES, Fact
from .textio import doc_id, read_page


def parse_types(types: Optional[Iterable[str]]) -> tuple[str, ...]:
    """The canonical, ordered tuple of fact types; raises ValueError naming unknown ones."""
    if types is None:
        return ALL_TYPES
    wanted = {t.strip() for t in types if t and t.strip()}
    unknown = wanted - set(ALL_TYPES)
    if unknown:
        raise ValueError(f"unknown fact type(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL_TYPES)}")
    return tuple(t for t in ALL_TYPES if t in wanted)


def extract_page(page: Page, types: Optional[Iterable[str]] = None) -> list[Fact]:
    wanted = parse_types(types)
    if not page.text:
        return []  # an empty page needs no pipeline (and no second of spaCy start-up)
    from .engine import page_records, paused_gc
    from .facts import validate
    with paused_gc():
        return validate(_drained(page_records(page, wanted)))


def _drained(items: list) -> Iterator:
    """The items of a list, first to last, each dropped from the list as it is given: a record
    is freed once its fact is made, rather than all records living beside all facts (a long
    page's peak memory)."""
    items.reverse()
    while items:
        yield items.pop()


def iter_facts(text: str, doc: str = "stdin", types: Optional[Iterable[str]] = None) -> Iterator[Fact]:
    """extract_text's facts, one at a time, validated as they are asked for: a caller that
    writes each fact as it comes never holds a long page's facts all at once (a fact object is
    1.7 KB; a 1M-character page of news holds 38,000)."""
    wanted = parse_types(types)
    page = Page.read(text, doc)
    if not page.text:
        return
    from .engine import page_records, paused_gc
    from .facts import validate
    with paused_gc():  # not around the yields: the caller's own work runs with the collector on
        records = page_records(page, wanted)
    del page
    for record in _drained(records):
        yield validate([record])[0]


def extract_text(text: str, doc: str = "stdin", types: Optional[Iterable[str]] = None) -> list[Fact]:
    """Facts of one page of text, in document order, offsets into `text`."""
    return extract_page(Page.read(text, doc), types)


def extract_file(path: str | Path, types: Optional[Iterable[str]] = None) -> list[Fact]:
    """Facts of one page file; raises textio.InputError for a file that is not a readable page."""
    return extract_text(read_page(path), doc_id(path), types)
