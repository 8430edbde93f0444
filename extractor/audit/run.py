"""Auditing many pages: each page's findings, then the cumulative totals compared across them.

    run = audit_pages(texts=[(doc, text), ...])                       # extract, then audit
    run = audit_pages(facts=read_fact_records("facts.jsonl"), pages_dir="pages/")  # facts given
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional

from ..fact_types import NUMERIC_TYPES
from ..records import read_rows_by_doc
from ..textio import InputError

if TYPE_CHECKING:  # pydantic's model, imported by a run that makes findings only (rows.py)
    from ..records import Finding


@dataclass
class AuditRun:
    findings: list[Finding] = field(default_factory=list)
    pages: int = 0            # pages audited
    failed: int = 0           # pages that could not be read (each named through on_error)


def read_fact_records(path: str | Path) -> dict[str, list[dict]]:
    """Fact records by document from a JSON Lines file; raises InputError naming the bad line."""
    return read_rows_by_doc(path, "a fact record (needs doc, start, end)", ("doc", "start", "end"))


def page_file(pages_dir: str | Path, doc: str) -> Optional[Path]:
    """The page file of a document in a folder: <doc>.txt, <doc>.txt.gz or <doc>."""
    for name in (f"{doc}.txt", f"{doc}.txt.gz", doc):
        p = Path(pages_dir) / name
        if p.is_file():
            return p
    return None


def audit_pages(texts: Iterable[tuple[str, str]] = (), facts: Optional[Mapping[str, list[dict]]] = None,
                pages_dir: str | Path | None = None,
                on_error: Callable[[str], None] = lambda message: None, date: Optional[str] = None) -> AuditRun:
    """Audit pages given as (doc, text), whose numeric facts are extracted here, and documents
    whose fact records are given (`facts`, by document) with their pages in `pages_dir`. With
    more than one page, cumulative totals are also compared across them. A page that cannot be
    read is passed to on_error (one line) and counted in `failed`; the others go on. `date`: the
    day (or a report's year) the pages were issued (Page.read)."""
    from ..api import process_page
    from ..page import Page
    from ..textio import read_page
    from . import audit_page, cross_document
    if facts is not None and pages_dir is None:
        raise ValueError("fact records need the folder of the pages they were extracted from")
    run = AuditRun()
    every_record: list[dict] = []
    for doc, records in (facts or {}).items():
        path = page_file(pages_dir, doc)
        try:
            if path is None:
                raise InputError(f"{pages_dir}: no page for document {doc!r}")
            page = Page.read(read_page(path), doc, date)
        except InputError as e:
            on_error(str(e))
            run.failed += 1
            continue
        run.pages += 1
        run.findings += audit_page(page, records)
        every_record += records
    for doc, text in texts:
        result = process_page(Page.read(text, doc, date), NUMERIC_TYPES)  # numeric records carry their place
        run.pages += 1
        run.findings += result.findings or []
        every_record += result.records
    if run.pages > 1:
        run.findings += cross_document(every_record)
    return run
