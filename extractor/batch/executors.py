"""Where the per-document work runs: in this process, in a local process pool, or on a Dask
cluster. Each takes (index, path) pairs and yields (index, DocResult) in the same order, with a
bounded number of documents in flight, so memory does not grow with the size of the batch."""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Optional

from ..docids import PageRef
from ..steps import BATCH_CHARS, BATCH_PAGES
from .rows import pack
from .work import STATUS_ERROR, DocResult, process_document, process_partition, warm

# pages a task of the local executors does: read together, stage by stage (grouped.py), and in a
# pool, sent to a worker at once (one task per page cost a third of a second core's speed-up).
# As many as `extract` reads together (steps.BATCH_PAGES, its characters capped as there): 64
# small pages a task took 4-6% less CPU than 16 over 1,000 articles; a pool's last tasks are
# smaller (page_chunks), so that the workers still finish together.
CHUNK = BATCH_PAGES
# and as many characters as extract reads together, as UTF-8 Chinese text (3 bytes a character;
# a compressed file counts less): what a chunk's rows are held for
CHUNK_BYTES = 3 * BATCH_CHARS

class BatchError(Exception):
    """A batch that cannot start or go on (no inputs, an OUT from other settings, no scheduler); one line."""


Todo = Iterable[tuple[int, str]]
Done = Iterator[tuple[int, DocResult]]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _load(types: tuple[str, ...]) -> None:
    """Build the pipeline (work.warm) and freeze what it loaded before the collector resumes:
    the tables live as long as the process, and resumed first, the collector walked all of them
    (0.07 s before the first page). The caller unfreezes them when the batch ends."""
    from ..engine import paused_gc
    with paused_gc():
        warm(types)
        gc.freeze()


def run_inline(todo: Todo, types: tuple[str, ...]) -> Done:
    loaded = False  # on the first page to do: a resumed batch with none left loads nothing
    try:
        for chunk in page_chunks(todo, CHUNK, max_bytes=CHUNK_BYTES):
            if not loaded:
                _load(types)
                loaded = True
            yield from zip((i for i, _ in chunk), pack(process_partition([p for _, p in chunk], types)))
    finally:
        if loaded:
            gc.unfreeze()


# -- local process pool --------------------------------------------------------------------

def _exit_with_batch(batch_pid: int) -> None:
    # A batch killed with SIGKILL cannot stop its pool. Its workers must not wait for work
    # forever: they leave when the batch process is gone. (Watching the parent is not enough:
    # with forkserver the parent is the server, which in turn lives as long as its workers.)
    while True:
        time.sleep(1.0)
        try:
            os.kill(batch_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


def _init_worker(types: tuple[str, ...], batch_pid: int, forked: bool) -> None:
    # Ctrl-C reaches the whole process group; the batch (the parent) decides what to do
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_batch, args=(batch_pid,), daemon=True).start()
    if not forked:  # a fork of the batch has the pipeline it built (run_pool); others build theirs
        warm(types)


def _context():
    # fork: workers start as copies of this process with its pipeline already built (run_pool
    # builds it first), sharing its memory copy-on-write; nothing is imported or loaded again.
    # Where fork is missing, forkserver builds the pipeline once in its server process.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        return multiprocessing.get_context("fork")
    try:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["extractor.batch.preload"])
        return ctx
    except ValueError:
        return multiprocessing.get_context()


def _crash_result(item) -> DocResult:
    from .work import file_sha256, page_ref
    path, doc = page_ref(item)
    return DocResult(path=path, doc=doc, sha256=file_sha256(path), status=STATUS_ERROR,
                     error=f"{path}: the worker process died while reading this page")


def _new_pool(jobs: int, types: tuple[str, ...]) -> ProcessPoolExecutor:
    ctx = _context()
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(types, os.getpid(), ctx.get_start_method() == "fork"))


Work = Callable[[str, tuple[str, ...]], DocResult]


def _run_chunk(work: Optional[Work], paths: list[str], types: tuple[str, ...]) -> list[DocResult]:
    if work is None:
        return pack(process_partition(paths, types))
    return pack([work(p, types) for p in paths])


def run_pool(todo: Todo, types: tuple[str, ...], jobs: int, window: Optional[int] = None,
             work: Optional[Work] = None, chunk: int = CHUNK, left: Optional[Callable[[], int]] = None) -> Done:
    """A process pool of `jobs` workers, each building the pipeline once. Documents go to the
    workers `chunk` at a time, read together (work.process_partition), the last ones in smaller
    chunks where `left` tells how many todo may still yield; `work`: a function that
    does one page instead (process_document by default, where pages are done one at a time)."""
    window = window or jobs * 4
    # before the workers fork, so that they start with the pipeline built; frozen, out of the
    # collector's sight, a worker's collections neither walk the tables nor write to (and so
    # copy) the memory it shares with the batch
    _load(types)
    chunks = page_chunks(todo, chunk, left, jobs, CHUNK_BYTES)
    pending: deque = deque()  # (chunk of (index, path), future), in input order
    pool = _new_pool(jobs, types)
    try:
        while True:
            while len(pending) < window:
                nxt = next(chunks, None)
                if nxt is None:
                    # all sent: the workers leave when their last chunk is done, while this
                    # process still writes the last rows (its results still arrive)
                    pool.shutdown(wait=False)
                    break
                pending.append((nxt, pool.submit(_run_chunk, work, [p for _, p in nxt], types)))
            if not pending:
                return
            batch, fut = pending[0]
            try:
                results = fut.result()
            except BrokenProcessPool:
                # A worker died (out of memory, a crash in native code) and took the pool with it.
                # What was in flight is run again one page at a time, so that the page that kills
                # a worker is known and reported, and the others are not blamed for it.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                suspects = [item for b, _ in pending for item in b]
                pending.clear()
                for i2, p2 in suspects:
                    pool = _new_pool(1, types) if pool is None else pool
                    try:
                        yield i2, pool.submit(work or process_document, p2, types).result()
                    except BrokenProcessPool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = None
                        yield i2, _crash_result(p2)
                if pool is not None:
                    pool.shutdown(wait=True)
                pool = _new_pool(jobs, types)
                continue
            pending.popleft()
            for (i, _), res in zip(batch, results):
                yield i, res
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


# -- Dask ------------------------------------------------------------------------------------

def page_chunks(todo: Todo, size: int, left: Optional[Callable[[], int]] = None, workers: int = 1,
            max_bytes: Optional[int] = None) -> Iterator[list[tuple[int, str]]]:
    """Chunks of `size` pages, and of `max_bytes` of files at most (a page over it alone): a
    chunk's rows are held until its last page is done, so long pages go a few at a time.
    With `left` (how many pages todo may still yield, at most) and several workers, the last
    chunks are smaller (half of what is left per worker, down to one page), so that the
    workers finish together: with whole chunks to the end, one worker still read its last
    pages while the other had nothing left (0.03-0.05 s of 3.4 over 1,000 articles with chunks
    of 16 pages; more with larger ones)."""
    it = iter(todo)
    carry: list = []  # the page that would have taken a chunk over max_bytes: the next one's first
    while True:
        n = size if left is None else max(1, min(size, -(-(left() + len(carry)) // (2 * workers))))
        chunk, carry = carry, []
        total = sum(_file_bytes(p) for _, p in chunk) if max_bytes else 0
        for item in itertools.islice(it, n - len(chunk)):
            if max_bytes:
                total += _file_bytes(item[1])
                if chunk and total > max_bytes:
                    carry = [item]
                    break
            chunk.append(item)
        if not chunk:
            return
        yield chunk


def _file_bytes(item) -> int:
    try:
        return os.path.getsize(item.path if isinstance(item, PageRef) else item)
    except (OSError, TypeError, ValueError):
        return 0  # a missing file is a document too: its error is reported by its worker


DASK_MISSING = "the dask executor needs: pip install 'extractor[dask]'"


def _distributed():
    """dask.distributed, an optional dependency (the `dask` extra): a one-line BatchError without it."""
    try:
        import distributed
    except ImportError:
        raise BatchError(DASK_MISSING) from None
    return distributed


def connect(scheduler):
    """A dask.distributed Client for an address (tcp://host:8786) or the Client itself."""
    Client = _distributed().Client
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout="20s"), True
    except (OSError, ValueError) as e:  # TimeoutError is an OSError
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None


def run_dask(todo: Todo, types: tuple[str, ...], scheduler, partition_size: int = 16) -> Done:
    """Documents in partitions of `partition_size`, one task per partition; each worker process
    builds the pipeline once (the first partition it runs) and keeps it."""
    KilledWorker = _distributed().KilledWorker
    client, own = connect(scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(2, 2 * threads)
        chunks = page_chunks(todo, partition_size)
        pending: deque = deque()
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                paths = [p for _, p in chunk]
                pending.append((chunk, client.submit(process_partition, paths, types, pure=False)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except KilledWorker:
                results = [_crash_result(p) for _, p in chunk]
            finally:
                fut.release()
            for (i, _), res in zip(chunk, results):
                yield i, res
    finally:
        if own:
            client.close()
