"""A batch run: which documents to do, where to run them, and the OUT files assembled in order."""
from __future__ import annotations

import fcntl
import json
import os
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Protocol

from .. import __version__
from ..docids import PageRef
from ..output import replacing
from ..records import ALL_TYPES
from .cross import CrossDocument
from .executors import BatchError, default_jobs, run_dask, run_inline, run_pool
from .inputs import display_path, expand_pages
from .journal import HEADER_FIELDS, Journal, read_block
from .rows import Rows, encoded
from .work import STATUS_EMPTY, STATUS_OK, DocResult, file_sha256, page_limit

OUT_FILES = ("facts.jsonl", "findings.jsonl", "documents.jsonl", "errors.jsonl")
STATE_DIR = ".batch"


@dataclass
class BatchSummary:
    pages: int = 0
    processed: int = 0
    skipped: int = 0
    errors: int = 0
    facts: int = 0
    findings: int = 0
    seconds: float = 0.0
    unmatched: list[str] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


class Progress(Protocol):
    """What a batch reports as it goes (the CLI's progress bar)."""

    def start(self, total: int) -> None: ...

    def __call__(self, result: Optional[DocResult], skipped: bool) -> None: ...


@contextmanager
def _locked(state: Path) -> Iterator[None]:
    """One batch at a time per OUT: two writing the same journal would interleave their blocks."""
    state.mkdir(parents=True, exist_ok=True)
    with open(state / "lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(f"{state.parent}: another batch is writing here") from None
        yield


def _write_json_atomic(path: Path, obj: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _check_settings(state: Path, settings: dict, resume: bool) -> None:
    path = state / "settings.json"
    if resume and path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            old = None
        if old != settings:
            raise BatchError(f"{state.parent} was written with other settings ({old}); "
                             "run without --resume to start over")
    state.mkdir(parents=True, exist_ok=True)
    _write_json_atomic(path, settings)


def run_batch(inputs: Iterable[str], out: str | Path, *, jobs: Optional[int] = None, resume: bool = False,
              types: tuple[str, ...] = ALL_TYPES, scheduler=None, partition_size: int = 16,
              progress: Optional[Progress] = None, root: Optional[str] = None,
              page_seconds: Optional[float] = None) -> BatchSummary:
    """Extract and audit every page under `inputs` into OUT; see the package docstring.

    Document ids are the pages' paths relative to the folder (or glob root) they were named
    under, or to `root` when given (extractor.docids).

    `scheduler` is a dask.distributed address or Client; without it, `jobs` worker processes
    (default: all cores; 1 runs in this process)."""
    started = time.perf_counter()
    if root is not None and not os.path.isdir(root):
        raise BatchError(f"{root}: --root is not a folder")
    paths, unmatched = expand_pages(inputs, root)
    if not paths:
        raise BatchError("no page files (.txt, .txt.gz) found in: " + " ".join(inputs))
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: exists and is not a folder")
    with _locked(out / STATE_DIR), page_limit(page_seconds):
        return _run(paths, unmatched, out, jobs, resume, types, scheduler, partition_size, progress, started)


def _run(paths: list[PageRef], unmatched: list[str], out: Path, jobs: Optional[int], resume: bool,
         types: tuple[str, ...], scheduler, partition_size: int, progress: Optional[Progress],
         started: float) -> BatchSummary:
    state = out / STATE_DIR
    _check_settings(state, {"version": __version__, "types": list(types)}, resume)
    if progress:
        progress.start(len(paths))
    journal = Journal(state / "journal")
    if resume:
        journal.recover()
    journal.open_for_append(fresh=not resume)
    summary = BatchSummary(pages=len(paths), unmatched=unmatched)
    offsets: list[Optional[int]] = [None] * len(paths)
    seen = [0]  # paths todo() has looked at: the others may all be still to do

    def todo() -> Iterator[tuple[int, PageRef]]:
        for i, p in enumerate(paths):
            seen[0] = i + 1
            if resume:
                off = journal.done.get((p.doc, file_sha256(p.path)))
                if off is not None:
                    offsets[i] = off
                    summary.skipped += 1
                    if progress:
                        progress(None, True)
                    continue
            yield i, p

    jobs = jobs or default_jobs()
    if scheduler is not None:
        results = run_dask(todo(), types, scheduler, partition_size)
    elif jobs == 1:
        results = run_inline(todo(), types)
    else:
        results = run_pool(todo(), types, jobs, left=lambda: len(paths) - seen[0])
    try:
        with _Assembly(out, journal, paths, offsets, summary) as assembly:
            for i, res in results:
                res.path, res.doc = display_path(paths[i].path), paths[i].doc
                offsets[i] = journal.append(res)
                summary.processed += 1
                assembly.arrived(i, res)
                if progress:
                    progress(res, False)
            assembly.finish()
    finally:
        results.close()
        journal.close()
    _compact(journal, offsets)
    summary.seconds = time.perf_counter() - started
    return summary


class _Assembly:
    """The OUT files, written in input order while the results arrive (they arrive in that order;
    documents a resumed run skips are read back from the journal when their turn comes), each
    through a temporary file renamed over the old one at the end, so that a reader (or a crash)
    never meets a partial line. Written as they come rather than read back from the journal
    after the last one: the writing overlaps the workers' extraction instead of following it."""

    def __init__(self, out: Path, journal: Journal, paths: list[PageRef], offsets: list[Optional[int]],
                 summary: BatchSummary) -> None:
        self.out, self.state, self.journal = out, out / STATE_DIR, journal
        self.paths, self.offsets, self.summary = paths, offsets, summary
        self.ready: dict[int, DocResult] = {}  # arrived ahead of an earlier document (none do, in order)
        self.next = 0
        self.stack = ExitStack()
        self.files: dict = {}
        self.cross = CrossDocument()

    def __enter__(self) -> "_Assembly":
        with ExitStack() as stack:
            self.files = {name: stack.enter_context(replacing(self.out / name, self.state / f"tmp-{name}"))
                          for name in OUT_FILES}
            self.stack = stack.pop_all()
        return self

    def __exit__(self, *exc) -> Optional[bool]:
        self.cross.stop()
        return self.stack.__exit__(*exc)

    def arrived(self, i: int, res: DocResult) -> None:
        self.ready[i] = res
        self._write_due()

    def _write_due(self) -> None:
        """Every document up to the first one still being extracted."""
        while self.next < len(self.paths):
            i = self.next
            res = self.ready.pop(i, None)
            if res is not None:
                self._write(i, {k: getattr(res, k) for k in HEADER_FIELDS}, res.facts, res.findings, res.path)
            elif self.offsets[i] is not None:  # skipped: done by an earlier run
                block = self.journal.read(self.offsets[i])
                self._write(i, block.header, block.facts, block.findings)
            else:
                return
            self.next += 1

    def _write(self, i: int, h: dict, facts: Rows, findings: Rows, path: Optional[str] = None) -> None:
        """One document's rows; h: its journal header (doc, sha256, status, chars, seconds, error);
        path: as shown (display_path), where already known."""
        files, summary = self.files, self.summary
        row = {"path": path or display_path(self.paths[i].path), "doc": h["doc"], "sha256": h["sha256"],
               "status": h["status"], "facts": len(facts), "findings": len(findings), "chars": h["chars"],
               "seconds": h["seconds"], "error": h["error"]}
        files["documents.jsonl"].write(_dumps(row) + "\n")
        if h["status"] not in (STATUS_OK, STATUS_EMPTY):
            summary.errors += 1
            err = {"path": row["path"], "doc": h["doc"], "sha256": h["sha256"], "error": h["error"]}
            files["errors.jsonl"].write(_dumps(err) + "\n")
        if facts:  # facts.jsonl and findings.jsonl are written as bytes only (rows.py)
            files["facts.jsonl"].buffer.write(encoded(facts))
            self.cross.add(facts)
        if findings:
            files["findings.jsonl"].buffer.write(encoded(findings))
        summary.facts += len(facts)
        summary.findings += len(findings)

    def finish(self) -> None:
        """The documents left (skipped ones at the end), then the findings across documents."""
        self._write_due()
        if self.ready or self.next < len(self.paths):
            raise RuntimeError("batch: a document's result never arrived")  # an executor's bug
        files, summary = self.files, self.summary
        cross, failure = self.cross.result()
        files["findings.jsonl"].buffer.write(encoded(cross))
        summary.findings += len(cross)
        if failure:
            summary.errors += 1
            files["errors.jsonl"].write(_dumps({"path": None, "doc": None, "sha256": None, "error": failure}) + "\n")
        self.stack.close()


def _dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def _compact(journal: Journal, offsets: list[Optional[int]]) -> None:
    """Drop blocks no longer used (older extractions, retried errors) once they are the majority."""
    used = list(dict.fromkeys(o for o in offsets if o is not None))
    if journal.blocks <= 2 * len(used):
        return
    tmp = journal.path.with_name("journal.compact")
    with open(tmp, "wb") as f, open(journal.path, "rb") as src:
        for off in used:
            src.seek(off)
            read_block(src)
            end = src.tell()
            src.seek(off)
            f.write(src.read(end - off))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, journal.path)
