"""The records of one page: the numeric rules, the names, each fact's metric and scope. The
gov_facts spaCy component (pipeline.py) gives these records on a Doc; the library, the CLI, the
batch runner, the audit and the report take them from here, without importing spaCy (a second
of start-up) or building a Doc (a third of a numeric run)."""
from __future__ import annotations

import gc
from bisect import bisect_right
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from . import rules
from .facts import to_record
from .names import name_steps
from .page import Page
from .record import Record
from .records import NAME_TYPES, NUMERIC_TYPES
from .scope import scope_steps
from .steps import Steps, finish, interleaved

if TYPE_CHECKING:  # jieba is imported only when words are needed
    from .segment import Segmenter


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic collector paused while a page is read. The pipeline makes few reference
    cycles (a few hundred objects a page, collected once the collector runs again), but the
    collector walks every object a page builds, again and again as they pile up: a fifth of the
    time of a 320,000-character page, and a share that grows with the page."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def page_records(page: Page, types: Iterable[str], segmenter: Optional["Segmenter"] = None,
                 scope: bool = True) -> list[Record]:
    """Fact records (not yet validated) of a page, in document order. Without a segmenter,
    names that need words take the process's one (names.default_segmenter)."""
    with paused_gc():
        return finish(record_steps(page, types, segmenter, scope))


def batch_records(pages: list[Page], types: Iterable[str], segmenter: Optional["Segmenter"] = None,
                  scope: bool = True) -> list[list[Record]]:
    """page_records of each page, the same records, made stage by stage across the pages (every
    page's rules, then every page's words, ...; steps.py): what one stage reads (its tables,
    the dictionary, its code) is still in the CPU's caches for the next page."""
    with paused_gc():
        return interleaved([record_steps(p, types, segmenter, scope) for p in pages])


def record_steps(page: Page, types: Iterable[str], segmenter: Optional["Segmenter"],
                 scope: bool) -> Steps[list[Record]]:
    """page_records' work, pausing (yield) between its stages; returns the records."""
    wanted = set(types)
    numeric = [t for t in NUMERIC_TYPES if t in wanted]
    # periods need the page's dates even where they were not asked for: one run of the rules
    dates_too = scope and numeric and "date" not in wanted
    candidates = rules.find(page.text, numeric + ["date"] * dates_too) if numeric else []
    yield
    # all of them, also where dates were asked for and names take some (scope falls back on them
    # where no date record is left: without them here it ran every rule again)
    page_dates = [c for c in candidates if c.type == "date"]
    if dates_too:
        candidates = [c for c in candidates if c.type != "date"]
    names_wanted = {t for t in NAME_TYPES if t in wanted}
    name_candidates, inside = [], []
    # places for scope only where there is a fact to give a place (a page of numeric types
    # without one needs no names at all)
    if names_wanted or (scope and candidates):
        # places written inside a body's name are no names of their own, but scope reads them
        name_candidates = yield from name_steps(page, segmenter, names_wanted | {"place"} if scope and numeric
                                                else names_wanted, inside=inside)
        candidates = outside_names(candidates, name_candidates + inside)
    records = [to_record(page, c) for c in candidates]
    name_records = [to_record(page, c) for c in name_candidates]
    inside_records = [to_record(page, c) for c in inside]
    del candidates, name_candidates, inside  # a long page's peak: the candidates are not needed beside their records
    yield
    if scope and numeric:
        yield from scope_steps(page, records, name_records + inside_records, page_dates)
    records += [r for r in name_records if r.type in names_wanted]
    records.sort(key=lambda r: (r.start, r.end, r.type))
    return records


def outside_names(candidates: list, names: list) -> list:
    """Numbers inside a place or organization name are part of the name: 三台县, 第十中学."""
    spans = sorted((n.start, n.end) for n in names if n.type in ("place", "org"))
    if not spans:
        return candidates
    starts = [s for s, _ in spans]
    kept = []
    for c in candidates:
        i = bisect_right(starts, c.start) - 1
        inside = any(s <= c.start and c.end <= e for s, e in spans[max(0, i - 2): i + 1])
        if not inside:
            kept.append(c)
    return kept
