"""The findings across a batch's documents (cumulative totals that shrink over time), computed
while the documents' results arrive: a thread reads the fact rows as they are written, so that
the audit over the whole batch runs while the workers extract, not after the last page. The
rows pass through once, in order, as the audit reads a batch's facts.jsonl; none is kept."""
from __future__ import annotations

import queue
import threading
from typing import Callable, Iterable, Iterator, Optional

from .work import one_line

Rows = Callable[[Iterable[str]], list]


class CrossDocument:
    def __init__(self) -> None:
        self._rows: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: Optional[threading.Thread] = None
        self._done = threading.Event()  # the audit stopped reading: no more rows need be queued
        self._findings: list[str] = []
        self._failure: Optional[str] = None

    def add(self, facts: list[str]) -> None:
        """A document's fact rows (JSON lines), in the batch's order."""
        if not facts or self._done.is_set():
            return
        if self._thread is None:
            self._start()
        self._rows.put(facts)

    def result(self) -> tuple[list[str], Optional[str]]:
        """(the findings as JSON lines, why the audit failed or None), once every row was added."""
        if self._thread is None:
            self._start()
        self._rows.put(None)
        self._thread.join()
        return self._findings, self._failure

    def stop(self) -> None:
        """The batch ends without a result (an error, an interrupt): the thread ends too."""
        if self._thread is not None and self._thread.is_alive():
            self._rows.put(None)
            self._thread.join()

    def _start(self) -> None:
        # the audit is imported here, by the batch's own thread: a worker process forked while
        # another thread was halfway through an import would find that import's lock held
        try:
            from ..audit import cross_document_json as cross_document_rows
        except ImportError:
            cross_document_rows = None
        self._thread = threading.Thread(target=self._run, args=(cross_document_rows,),
                                        name="extractor-cross-document", daemon=True)
        self._thread.start()

    def _stream(self) -> Iterator[str]:
        while True:
            facts = self._rows.get()
            if facts is None:
                return
            yield from facts

    def _run(self, cross_document_rows: Optional[Rows]) -> None:
        rows = self._stream()
        try:
            if cross_document_rows is not None:
                self._findings = cross_document_rows(rows)
        except Exception as e:  # the documents' own results stand; the failure is reported
            self._findings, self._failure = [], f"cross-document audit failed: {one_line(e)}"
        finally:
            self._done.set()
            for _ in rows:  # what the audit did not read, up to the end
                pass
