"""The documents of a chunk read together, stage by stage, as `extractor extract` reads pages
(steps.py): every page's rules, then every page's words, ..., so that what a stage reads (its
tables, the dictionary, its code) is still in the CPU's caches when the next page needs it.
Each page's rows are the ones it gets alone: a page's steps read nothing of another page's.

A batch's guarantees stay those of one page at a time: a group of pages runs within one page's
time limit, and a group that fails or runs out of time is done again page by page
(work.process_document), so that only the page at fault is reported, with what it gives alone,
and the others lose nothing. The audit still runs page by page, after the group's records."""
from __future__ import annotations

import time

from ..docids import PageRef
from ..records import ALL_TYPES
from ..steps import Steps, batches, interleaved
from .work import (STATUS_OK, DocResult, PageTimeout, file_sha256, finish_document, page_ref, page_seconds,
                   process_document, read_document, time_limit)


def process_documents(items: list[str | PageRef], types: tuple[str, ...] = ALL_TYPES) -> list[DocResult]:
    """process_document of each item, in order, the pages read in groups stage by stage."""
    from ..engine import paused_gc
    refs = [page_ref(item) for item in items]
    results: list[DocResult] = []
    spent = [0.0] * len(refs)  # each page's own seconds: its reading, its stages, its rows
    pages = {}
    limit = page_seconds()
    with paused_gc():  # for the whole chunk, the rows included (see work.process_document)
        for i, (path, doc) in enumerate(refs):
            started = time.perf_counter()
            res = DocResult(path=path, doc=doc, sha256=file_sha256(path), status=STATUS_OK)
            try:
                with time_limit(limit):
                    page = read_document(path, doc, res)
            except (PageTimeout, Exception):  # reported as it is alone (a bad file, a slow read)
                res, page = process_document(refs[i], types), None
            results.append(res)
            spent[i] = time.perf_counter() - started
            if page is not None:
                pages[i] = page
        for group in batches(list(pages), lambda i: len(pages[i].text)):  # (steps.BATCH_PAGES, BATCH_CHARS)
            try:
                with time_limit(limit):
                    _extract(group, pages, results, spent, types)
            except (PageTimeout, Exception):  # a page that fails or hangs: each page alone
                for i in group:
                    results[i] = process_document(refs[i], types)
                    spent[i] = results[i].seconds
    for res, seconds in zip(results, spent):
        res.seconds = round(seconds, 4)
    return results


def _extract(group: list[int], pages: dict, results: list[DocResult], spent: list[float],
             types: tuple[str, ...]) -> None:
    """The records of a group's pages, stage by stage, then each page's rows and audit."""
    from ..api import parse_types
    from ..engine import record_steps
    wanted = parse_types(types)
    todo = [i for i in group if pages[i].text]  # an empty page needs no rules (api.process_page)
    records = dict.fromkeys(group, [])
    done = interleaved([_timed(record_steps(pages[i], wanted, None, True), spent, i) for i in todo])
    records.update(zip(todo, done))
    for i in group:
        started = time.perf_counter()
        finish_document(results[i].path, pages[i], records[i], results[i])
        spent[i] += time.perf_counter() - started


def _timed(steps: Steps, spent: list[float], i: int) -> Steps:
    """The steps of page i, the seconds each of its stages takes added to spent[i]."""
    while True:
        started = time.perf_counter()
        try:
            next(steps)
        except StopIteration as done:
            spent[i] += time.perf_counter() - started
            return done.value
        spent[i] += time.perf_counter() - started
        yield

