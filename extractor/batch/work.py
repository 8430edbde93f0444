"""The work on one document and on one partition of documents: the same function runs in a local
process, on a Dask worker or inside Spark's mapPartitions. The pipeline is built once per process
(its dictionaries and tables are cached) and reused for every document that process sees."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from ..docids import PageRef
from ..records import ALL_TYPES
from ..textio import InputError, doc_id, read_page
from .rows import Rows

if TYPE_CHECKING:
    from ..page import Page

# An empty (or whitespace-only) page is a document with no facts, not an error: `extract` gives no
# records and exit 0 for it, and a batch lists it with the status `empty`, outside errors.jsonl.
STATUS_OK, STATUS_ERROR, STATUS_PARTIAL, STATUS_EMPTY = "ok", "error", "partial", "empty"

# A batch never waits on one page without end: a page that takes longer than this is reported in
# errors.jsonl and the batch goes on. `extractor batch --page-seconds` sets it for one batch (0: no
# limit); it travels in the environment so that worker processes forked by the batch read it too.
PAGE_SECONDS_ENV = "EXTRACTOR_PAGE_SECONDS"
DEFAULT_PAGE_SECONDS = 300.0


class PageTimeout(BaseException):
    """Raised inside a page's work when its time is up (a BaseException, so that no `except
    Exception` in the pipeline swallows it)."""


@contextmanager
def page_limit(seconds: Optional[float]) -> Iterator[None]:
    """The page time limit for the duration of one batch (None: leave it as it is), restored
    afterwards so that nothing of one batch's settings leaks into the calling process."""
    if seconds is None:
        yield
        return
    before = os.environ.get(PAGE_SECONDS_ENV)
    os.environ[PAGE_SECONDS_ENV] = str(seconds)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(PAGE_SECONDS_ENV, None)
        else:
            os.environ[PAGE_SECONDS_ENV] = before


def page_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(PAGE_SECONDS_ENV, DEFAULT_PAGE_SECONDS)))
    except ValueError:
        return DEFAULT_PAGE_SECONDS


@contextmanager
def time_limit(seconds: float):
    """Interrupt the block after `seconds` with PageTimeout. A timer signal only reaches the main
    thread, so in a worker thread (Dask's) the block runs without a limit."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(signum, frame):
        raise PageTimeout()

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class DocResult:
    """Everything a batch keeps of one document; facts and findings already as JSON Lines rows
    (lists of str, or encoded by the pool worker that made them: rows.EncodedRows)."""

    path: str
    doc: str
    sha256: Optional[str]
    status: str
    facts: Rows = field(default_factory=list)
    findings: Rows = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0
    error: Optional[str] = None

    def to_dict(self) -> dict:
        return asdict(self)


def file_sha256(path: str) -> Optional[str]:
    """The content hash of the file as stored (what `sha256sum` prints), or None if unreadable."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def one_line(e: BaseException) -> str:
    return " ".join(f"{e.__class__.__name__}: {e}".split())


def page_ref(item: str | PageRef) -> PageRef:
    """A page with its document id; a bare path gets its file stem."""
    return item if isinstance(item, PageRef) else PageRef(item, doc_id(item))


def process_document(item: str | PageRef, types: tuple[str, ...] = ALL_TYPES) -> DocResult:
    """Read, extract and audit one page, within the page time limit. Never raises for bad input:
    the result says what failed."""
    started = time.perf_counter()
    path, doc = page_ref(item)
    res = DocResult(path=path, doc=doc, sha256=file_sha256(path), status=STATUS_OK)
    limit = page_seconds()
    from ..engine import paused_gc
    try:
        # the collector paused for the whole page, the audit and the JSON rows included: resumed
        # while the page's records were still held, it walked every one of them (see cli/extract)
        with time_limit(limit), paused_gc():
            _work(path, doc, types, res)
    except PageTimeout:
        res.status, res.facts, res.findings = STATUS_ERROR, [], []
        res.error = f"{path}: took longer than {limit:g} s, the page time limit (--page-seconds); skipped"
    res.seconds = round(time.perf_counter() - started, 4)
    return res


def _work(path: str, doc: str, types: tuple[str, ...], res: DocResult) -> None:
    from ..api import process_page
    try:
        page = read_document(path, doc, res)
        if page is None:
            return
        records = process_page(page, types, audit=False, validate_facts=False).records
    except InputError as e:
        res.status, res.error = STATUS_ERROR, str(e)
        return
    except Exception as e:  # a bug on one page must not stop the batch; the page is reported
        internal_error(res, path, e)
        return
    finish_document(path, page, records, res)


def read_document(path: str, doc: str, res: DocResult) -> Optional["Page"]:
    """The page of a file (None for an empty one, res marked so); raises InputError."""
    from ..page import Page
    text = read_page(path)
    res.chars = len(text)
    if not text.strip():
        res.status = STATUS_EMPTY
        return None
    return Page.read(text, doc)


def finish_document(path: str, page: "Page", records: list, res: DocResult) -> None:
    """The rows of a page's facts (written from the records, no Fact model each: see
    records.fact_row) and of its audit's findings (from their drafts: audit/rows.py). An audit
    that fails keeps the facts and reports the page as partial."""
    from ..records import fact_row
    try:
        res.facts = [fact_row(r) for r in records]
        from ..audit import audit_page_rows
        try:
            res.findings = audit_page_rows(page, records)
        except Exception as e:
            res.status, res.error = STATUS_PARTIAL, f"{path}: audit failed: {one_line(e)}"
    except Exception as e:
        internal_error(res, path, e)


def internal_error(res: DocResult, path: str, e: Exception) -> None:
    res.status, res.error = STATUS_ERROR, f"{path}: internal error: {one_line(e)}"


def process_partition(paths: Iterable[str | PageRef], types: tuple[str, ...] = ALL_TYPES) -> list[DocResult]:
    """Process a partition of documents in order: the unit of work on Dask and under Spark (its
    pages read together, stage by stage: grouped.process_documents)."""
    from .grouped import process_documents
    return process_documents(list(paths), types)


def warm(types: tuple[str, ...] = ALL_TYPES) -> None:
    """Build the pipeline and load its dictionaries now, so that the first page is not slow."""
    from ..audit import audit_page_rows
    from ..page import Page
    from ..engine import page_records
    # a name jieba's dictionary lacks (田灿灿) makes the names pass load posseg's dictionary too
    page = Page.read("2024年3月，长沙市新增就业1.2万人。（田灿灿）", "warm")
    # and the audit (its checks and their tables), which every page of a batch runs: loaded once
    # before the workers fork, not once in each of them (its rows need no pydantic: audit/rows.py)
    audit_page_rows(page, page_records(page, types))
