"""The work on one document and on one partition of documents: the same function runs in a local
process, on a Dask worker or inside Spark's mapPartitions. The pipeline is built once per process
(its dictionaries and tables are cached) and reused for every document that process sees."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from typing import Iterable, Optional

from ..docids import PageRef
from ..records import ALL_TYPES
from ..textio import InputError, doc_id, read_page

# An empty (or whitespace-only) page is a document with no facts, not an error: `extract` gives no
# records and exit 0 for it, and a batch lists it with the status `empty`, outside errors.jsonl.
STATUS_OK, STATUS_ERROR, STATUS_PARTIAL, STATUS_EMPTY = "ok", "error", "partial", "empty"


@dataclass
class DocResult:
    """Everything a batch keeps of one document; facts and findings already as JSON Lines rows."""

    path: str
    doc: str
    sha256: Optional[str]
    status: str
    facts: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
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


def finding_json(finding: object) -> str:
    from pydantic import BaseModel

    from ..records import to_json
    if isinstance(finding, BaseModel):
        return to_json(finding)
    return json.dumps(finding, ensure_ascii=False, separators=(", ", ": "))


def one_line(e: BaseException) -> str:
    return " ".join(f"{e.__class__.__name__}: {e}".split())


def page_ref(item: str | PageRef) -> PageRef:
    """A page with its document id; a bare path gets its file stem."""
    return item if isinstance(item, PageRef) else PageRef(item, doc_id(item))


def process_document(item: str | PageRef, types: tuple[str, ...] = ALL_TYPES) -> DocResult:
    """Read, extract and audit one page. Never raises for bad input: the result says what failed."""
    from ..api import AuditError, process_page
    from ..page import Page
    from ..records import to_json

    started = time.perf_counter()
    path, doc = page_ref(item)
    res = DocResult(path=path, doc=doc, sha256=file_sha256(path), status=STATUS_OK)
    try:
        text = read_page(path)
        res.chars = len(text)
        if not text.strip():
            res.status = STATUS_EMPTY
            res.seconds = round(time.perf_counter() - started, 4)
            return res
        result = process_page(Page.read(text, doc), types)
        res.facts = [to_json(f) for f in result.facts]
        res.findings = [finding_json(f) for f in result.findings or []]
    except InputError as e:
        res.status, res.error = STATUS_ERROR, str(e)
    except AuditError as e:  # the facts are kept; the page is reported
        res.facts = [to_json(f) for f in e.result.facts]
        res.status, res.error = STATUS_PARTIAL, f"{path}: audit failed: {one_line(e.__cause__ or e)}"
    except Exception as e:  # a bug on one page must not stop the batch; the page is reported
        res.status, res.error = STATUS_ERROR, f"{path}: internal error: {one_line(e)}"
    res.seconds = round(time.perf_counter() - started, 4)
    return res


def process_partition(paths: Iterable[str | PageRef], types: tuple[str, ...] = ALL_TYPES) -> list[DocResult]:
    """Process a partition of documents in order: the unit of work on Dask and under Spark."""
    return [process_document(p, types) for p in paths]


def warm(types: tuple[str, ...] = ALL_TYPES) -> None:
    """Build the pipeline and load its dictionaries now, so that the first page is not slow."""
    from ..page import Page
    from ..engine import page_records
    # a name jieba's dictionary lacks (田灿灿) makes the names pass load posseg's dictionary too
    page_records(Page.read("2024年3月，长沙市新增就业1.2万人。（田灿灿）", "warm"), types)
