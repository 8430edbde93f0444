"""Document ids: unique within a run, stable across runs (issue: an archive laid out by date)."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.batch import run_batch
from extractor.batch.inputs import expand_pages
from extractor.docids import document_ids, file_ids, glob_root
from test_batch_pages import page_text


def archive(root: Path, days: list[str]) -> None:
    for n, day in enumerate(days):
        (root / day).mkdir(parents=True, exist_ok=True)
        (root / day / "01.txt").write_text(page_text(n), encoding="utf-8")


def test_glob_root_is_the_folder_before_the_first_wildcard() -> None:
    assert glob_root("archive/2023-*/**/*.txt.gz") == "archive"
    assert glob_root("a/b/*.txt") == os_join("a", "b")
    assert glob_root("*.txt") == "."
    assert glob_root("page.txt") == "."


def os_join(*parts: str) -> str:
    import os
    return os.path.join(*parts)


def test_ids_are_relative_to_the_root_named_and_stable_across_runs(tmp_path: Path) -> None:
    archive(tmp_path / "archive", ["2023-05-01"])
    one_day = [p.doc for p in expand_pages([str(tmp_path / "archive")])[0]]
    archive(tmp_path / "archive", ["2023-05-02"])
    two_days = [p.doc for p in expand_pages([str(tmp_path / "archive")])[0]]
    assert one_day == ["2023-05-01/01"]
    assert two_days == ["2023-05-01/01", "2023-05-02/01"]
    by_glob = [p.doc for p in expand_pages([str(tmp_path / "archive" / "*" / "*.txt")])[0]]
    assert by_glob == two_days


def test_a_flat_folder_and_single_files_keep_their_stems(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt.gz"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.doc for p in expand_pages([str(tmp_path)])[0]] == ["a", "b"]
    assert file_ids([str(tmp_path / "a.txt")]) == ["a"]


def test_repeated_names_named_one_by_one_become_relative_paths() -> None:
    assert file_ids(["x/a/01.txt", "x/b/01.txt", "x/c/02.txt"]) == ["a/01", "b/01", "02"]
    # the same name with two extensions in one folder: the whole file names
    assert document_ids(["d/01.txt", "d/01.txt.gz"], ["d", "d"]) == ["01.txt", "01.txt.gz"]


def test_an_archive_with_repeated_names_loses_nothing_in_the_database(tmp_path: Path) -> None:
    from extractor.db import connect, load_out
    archive(tmp_path / "archive", ["2023-05-01", "2023-05-02"])
    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    summary = run_batch([str(tmp_path / "archive")], out1, jobs=1)
    assert summary.errors == 0
    docs = [json.loads(x)["doc"] for x in (out1 / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert docs == ["2023-05-01/01", "2023-05-02/01"]
    facts = [json.loads(x) for x in (out1 / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {f["doc"] for f in facts} == set(docs)
    con = connect(tmp_path / "facts.duckdb")
    load_out(con, out1)
    first = con.execute("SELECT doc, count(*) FROM facts GROUP BY doc ORDER BY doc").fetchall()
    assert [d for d, _ in first] == docs and all(n > 5 for _, n in first)
    # a second batch (the next day) adds to the first and replaces only its own documents
    archive(tmp_path / "archive", ["2023-05-03"])
    run_batch([str(tmp_path / "archive" / "2023-05-03")], out2, jobs=1)
    load_out(con, out2)
    second = dict(con.execute("SELECT doc, count(*) FROM facts GROUP BY doc").fetchall())
    assert set(second) == set(docs) | {"01"} and all(second[d] == n for d, n in first)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_a_root_keeps_ids_the_same_whichever_part_of_an_archive_is_read(tmp_path: Path) -> None:
    archive(tmp_path / "archive", ["2023-05-01", "2023-05-02"])
    part = [p.doc for p in expand_pages([str(tmp_path / "archive" / "2023-05-02")], str(tmp_path / "archive"))[0]]
    assert part == ["2023-05-02/01"]
    from click.testing import CliRunner
    from extractor.cli import main
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(tmp_path / "archive" / "2023-05-02"), "--root",
                                    str(tmp_path / "archive"), "-o", str(out), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "documents.jsonl").read_text(encoding="utf-8"))["doc"] == "2023-05-02/01"
    bad = CliRunner().invoke(main, ["batch", str(tmp_path / "archive"), "--root", str(tmp_path / "nope"),
                                    "-o", str(out)])
    assert bad.exit_code == 1 and "--root is not a folder" in bad.output


def test_extract_gives_repeated_file_names_distinct_ids(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from extractor.cli import main
    archive(tmp_path / "archive", ["2023-05-01", "2023-05-02"])
    a, b = (str(tmp_path / "archive" / d / "01.txt") for d in ("2023-05-01", "2023-05-02"))
    r = CliRunner().invoke(main, ["extract", "--types", "money", a, b])
    assert r.exit_code == 0, r.output
    assert {json.loads(x)["doc"] for x in r.stdout.splitlines()} == {"2023-05-01/01", "2023-05-02/01"}
