"""How a pool hands rows over and cuts its work: rows encoded once in the worker are the same
bytes and the same lines as the lists they came from, and the last chunks shrink."""
from __future__ import annotations

import pickle

from extractor.batch.executors import page_chunks
from extractor.batch.journal import encode
from extractor.batch.rows import EncodedRows, encoded, pack
from extractor.batch.work import DocResult

# a line separator inside a JSON string (json.dumps keeps it raw with ensure_ascii=False)
ROWS = ['{"text": "新增岗位3万个"}', '{"text": "两段\u2028之间"}', '{"text": "x"}']


def test_encoded_rows_are_the_same_bytes_and_lines() -> None:
    rows = EncodedRows.of(ROWS)
    assert encoded(rows) == encoded(ROWS) == ("\n".join(ROWS) + "\n").encode("utf-8")
    assert list(rows) == ROWS and len(rows) == 3
    again = pickle.loads(pickle.dumps(rows))
    assert again.data == rows.data and list(again) == ROWS
    empty = EncodedRows.of([])
    assert encoded(empty) == encoded([]) == b"" and not empty and list(empty) == []


def test_a_packed_result_makes_the_same_journal_block() -> None:
    def result() -> DocResult:
        return DocResult(path="a.txt", doc="a", sha256="h", status="ok", facts=ROWS[:2], findings=ROWS[2:],
                         chars=12, seconds=0.5)
    assert encode(pack([result()])[0]) == encode(result())
    lone = DocResult(path="b.txt", doc="b", sha256="h", status="ok", findings=ROWS[:1])
    assert encode(pack([lone])[0]).endswith(b"\n" + ROWS[0].encode("utf-8") + b"\n")


def test_last_chunks_shrink_and_keep_every_page_in_order() -> None:
    todo = [(i, f"p{i}.txt") for i in range(300)]
    taken = [0]

    def pages():
        for item in todo:
            taken[0] += 1
            yield item
    chunks = list(page_chunks(pages(), 64, lambda: len(todo) - taken[0], workers=2))
    sizes = [len(c) for c in chunks]
    assert [item for c in chunks for item in c] == todo
    assert max(sizes) == 64 and sizes[0] == 64 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    # without a bound on what is left, every chunk but the last is whole
    assert [len(c) for c in page_chunks(iter(todo), 64)] == [64, 64, 64, 64, 44]


def test_long_pages_go_a_few_at_a_time(tmp_path) -> None:
    sizes = [100, 100, 900, 100, 100, 100, 1500, 100]
    todo = []
    for i, n in enumerate(sizes):
        path = tmp_path / f"p{i}.txt"
        path.write_bytes(b"x" * n)
        todo.append((i, str(path)))
    todo.append((len(sizes), str(tmp_path / "missing.txt")))  # counts as nothing
    chunks = list(page_chunks(iter(todo), 64, max_bytes=1000))
    assert [item for c in chunks for item in c] == todo
    assert [[i for i, _ in c] for c in chunks] == [[0, 1], [2, 3], [4, 5], [6], [7, 8]]


def test_a_file_reached_twice_is_read_once(tmp_path) -> None:
    import os

    from extractor.batch.inputs import expand_pages, real_path
    pages = tmp_path / "pages"
    (pages / "day").mkdir(parents=True)
    (pages / "day" / "a.txt").write_text("一", encoding="utf-8")
    (pages / "b.txt").write_text("二", encoding="utf-8")
    os.symlink(pages / "day", tmp_path / "linked-day")
    os.symlink(pages / "b.txt", tmp_path / "linked-b.txt")
    names = [str(pages), str(tmp_path / "linked-day"), str(tmp_path / "linked-b.txt"), str(pages / "day" / "a.txt"),
             str(tmp_path / "linked-day" / ".." / "b.txt"), str(tmp_path / "missing.txt")]
    folders: dict[str, str] = {}
    for name in names + [str(pages / "day" / "a.txt"), "."]:
        assert real_path(name, folders) == os.path.realpath(name)
    found, _ = expand_pages(names)
    assert [os.path.relpath(p.path, tmp_path) for p in found] == ["pages/b.txt", "pages/day/a.txt", "missing.txt"]
