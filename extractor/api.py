"""The library's entry points: extract facts from text or files, as validated records; and
`process_page`, the one place where a page's records, facts and findings are made (the CLI,
the batch runner, the report and the audit all call it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from .page import Page
from .record import Record
from .records import ALL_TYPES
from .textio import doc_id, read_page

if TYPE_CHECKING:  # pydantic's models: a run that writes rows (iter_rows) never imports them
    from .records import Fact, Finding


def parse_types(types: Optional[Iterable[str]]) -> tuple[str, ...]:
    """The canonical, ordered tuple of fact types; raises ValueError naming unknown ones."""
    if types is None:
        return ALL_TYPES
    wanted = {t.strip() for t in types if t and t.strip()}
    unknown = wanted - set(ALL_TYPES)
    if unknown:
        raise ValueError(f"unknown fact type(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL_TYPES)}")
    return tuple(t for t in ALL_TYPES if t in wanted)


@dataclass
class PageResult:
    """What one page gives: its records (record.Record: the facts with their internal offsets into
    the normalized text, what the audit and the report read), the same records validated as facts,
    and the audit's findings (None where the audit was not run)."""

    page: Page
    records: list[Record] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    findings: Optional[list[Finding]] = None


class AuditError(Exception):
    """The audit failed on a page whose facts were extracted; `result` holds those facts."""

    def __init__(self, result: PageResult, cause: Exception) -> None:
        super().__init__(f"audit failed: {cause.__class__.__name__}: {cause}")
        self.result = result


def process_page(page: Page, types: Optional[Iterable[str]] = None, audit: bool = True,
                 keep_records: bool = True, validate_facts: bool = True) -> PageResult:
    """Records, validated facts and (with audit) findings of one page, for the given types.
    The audit reads the records of these types only. Raises AuditError where the audit fails.
    Without keep_records (and audit) each record is freed as its fact is made, and
    `records` stays empty: what a caller that wants only the facts needs (a long page's peak).
    Without validate_facts, `facts` stays empty: for a caller that writes the records' rows
    (records.fact_row checks each as a Fact would be checked)."""
    wanted = parse_types(types)
    result = PageResult(page)
    if page.text:  # an empty page needs no rules (nor the tables and dictionaries they load)
        from .engine import page_records, paused_gc
        from .facts import validate
        with paused_gc():
            records = page_records(page, wanted)
            if keep_records or audit or not validate_facts:
                result.records = records
                if validate_facts:
                    result.facts = validate(records)
            else:
                result.facts = validate(_drained(records))
    if audit:
        from .audit import audit_page
        try:
            result.findings = audit_page(page, result.records)
        except Exception as e:
            raise AuditError(result, e) from e
    return result


def _drained(items: list) -> Iterator:
    """The items of a list, first to last, each dropped from the list as it is given: a record
    is freed once its fact is made, rather than all records living beside all facts (a long
    page's peak memory)."""
    items.reverse()
    while items:
        yield items.pop()


def extract_page(page: Page, types: Optional[Iterable[str]] = None) -> list[Fact]:
    return process_page(page, types, audit=False, keep_records=False).facts


def iter_facts(text: str, doc: str = "stdin", types: Optional[Iterable[str]] = None,
               date: Optional[str] = None) -> Iterator[Fact]:
    """extract_text's facts, one at a time, validated as they are asked for: a caller that
    writes each fact as it comes never holds a long page's facts all at once (a fact object is
    1.7 KB; a 1M-character page of news holds 38,000)."""
    from .facts import validate
    for record in _iter_records(text, doc, types, date):
        yield validate([record])[0]


def iter_rows(text: str, doc: str = "stdin", types: Optional[Iterable[str]] = None,
              date: Optional[str] = None) -> Iterator[str]:
    """iter_facts' facts as their JSON Lines rows (records.to_json's), one at a time, written
    from the records with Fact's checks (records.fact_row) rather than through a Fact each."""
    from .records import fact_row
    for record in _iter_records(text, doc, types, date):
        yield fact_row(record)


def batch_rows(pages: list[tuple[str, str]], types: Optional[Iterable[str]] = None,
               date: Optional[str] = None) -> Iterator[str]:
    """iter_rows' rows of several pages, (doc id, text) each, page after page: the same rows,
    the pages' records made together, stage by stage (engine.batch_records). For many small
    pages; a long page is better given alone (all of a batch's records are held at once).
    `date`: the day (or a report's year) every page was issued (Page.read)."""
    from .records import fact_row
    wanted = parse_types(types)
    read = [Page.read(text, doc, date) for doc, text in pages]
    read = [page for page in read if page.text]
    if not read:
        return
    from .engine import batch_records, paused_gc
    with paused_gc():  # not around the yields, as in _iter_records
        batch = batch_records(read, wanted)
    del read
    batch.reverse()
    while batch:
        for record in _drained(batch.pop()):
            yield fact_row(record)


def _iter_records(text: str, doc: str, types: Optional[Iterable[str]], date: Optional[str] = None) -> Iterator[Record]:
    """A page's records, each dropped as it is given (see _drained)."""
    wanted = parse_types(types)
    page = Page.read(text, doc, date)
    if not page.text:
        return
    from .engine import page_records, paused_gc
    with paused_gc():  # not around the yields: the caller's own work runs with the collector on
        records = page_records(page, wanted)
    del page
    yield from _drained(records)


def extract_text(text: str, doc: str = "stdin", types: Optional[Iterable[str]] = None,
                 date: Optional[str] = None) -> list[Fact]:
    """Facts of one page of text, in document order, offsets into `text`. `date` (YYYY-MM-DD, or
    YYYY for a report) is the day the page was issued, where neither `doc` nor the page's own
    date line says: periods (去年, 目前, dates without a year) are read from it. An unknown type
    or a date of another form is a ValueError."""
    return extract_page(Page.read(text, doc, date), types)


def extract_file(path: str | Path, types: Optional[Iterable[str]] = None, date: Optional[str] = None) -> list[Fact]:
    """Facts of one page file (`date` as extract_text's); raises textio.InputError for a file that
    is not a readable page."""
    return extract_text(read_page(path), doc_id(path), types, date)
