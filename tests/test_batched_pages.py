"""Pages read together, stage by stage (steps.py, engine.batch_records, api.batch_rows), give what
each page gives alone: the same rows, in the same order."""
from __future__ import annotations

from itertools import chain
from pathlib import Path

from extractor.api import batch_rows, iter_rows
from extractor.steps import batches, finish, interleaved

PAGES = Path(__file__).resolve().parent.parent / "corpus" / "pages"


def _pages() -> list[tuple[str, str]]:
    found = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.txt"))]
    # an empty page, a page without a number and a one-line page beside the project's own pages
    return found[:3] + [("blank", "  \n"), ("plain", "县委书记到村里看望了老党员。\n"),
                        ("short", "2月，某县新建校舍4所，投资860万元。")] + found[3:]


def test_batch_rows_are_the_rows_of_each_page_alone():
    pages = _pages()
    alone = list(chain.from_iterable(iter_rows(text, doc) for doc, text in pages))
    assert alone  # the pages hold facts
    assert list(batch_rows(pages)) == alone
    numeric = ("money", "count", "date")
    assert list(batch_rows(pages, numeric)) == list(chain.from_iterable(iter_rows(t, d, numeric) for d, t in pages))


def test_batch_of_empty_pages_gives_nothing():
    assert list(batch_rows([("a", ""), ("b", " \n")])) == []


def _steps(name: str, stages: int):
    for i in range(stages):
        trace.append((name, i))
        yield
    return name * 2


trace: list[tuple[str, int]] = []


def test_interleaved_runs_stage_by_stage_and_keeps_order():
    trace.clear()
    assert interleaved([_steps("a", 3), _steps("b", 1), _steps("c", 2)]) == ["aa", "bb", "cc"]
    # every page's first stage before any page's second
    assert trace == [("a", 0), ("b", 0), ("c", 0), ("a", 1), ("c", 1), ("a", 2)]
    assert finish(_steps("d", 4)) == "dd"


def test_batches_keep_order_and_limits(monkeypatch):
    import extractor.steps as steps
    monkeypatch.setattr(steps, "BATCH_PAGES", 3)
    monkeypatch.setattr(steps, "BATCH_CHARS", 10)
    pages = [("a", "x" * 4), ("b", "x" * 4), ("c", "x" * 4), ("d", "x" * 30), ("e", "x"), ("f", "x"), ("g", "x"),
             ("h", "x")]
    got = [[doc for doc, _ in b] for b in batches(pages, lambda page: len(page[1]))]
    assert got == [["a", "b"], ["c"], ["d"], ["e", "f", "g"], ["h"]]
