"""Files the command line writes or creates: modes as any program's, no folder or database made
by mistake."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.output import write_lines_atomic

PAGE = "2024年，全县新增就业1200人，发放贷款84笔，金额3943万元。\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_takes_the_umask(tmp_path: Path, umask_022) -> None:
    write_lines_atomic(tmp_path / "new.jsonl", ["{}"])
    assert mode(tmp_path / "new.jsonl") == 0o644
    os.umask(0o077)
    write_lines_atomic(tmp_path / "private.jsonl", ["{}"])
    assert mode(tmp_path / "private.jsonl") == 0o600


def test_a_file_written_over_keeps_its_mode(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "facts.jsonl"
    for before in (0o644, 0o640, 0o600):
        target.write_text("old\n", encoding="utf-8")
        target.chmod(before)
        write_lines_atomic(target, ["new"])
        assert mode(target) == before and target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]  # no temporary file left


def test_extract_o_writes_a_file_with_the_usual_mode(tmp_path: Path, umask_022) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = CliRunner().invoke(main, ["extract", "--types", "money,count", str(page), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert mode(out) == 0o644 and out.read_text(encoding="utf-8").count("\n") >= 2


def test_report_several_pages_to_a_file_name_is_a_usage_error(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(main, ["report", str(a), str(b), "-o", str(tmp_path / "two.html"), "--no-audit"])
    assert r.exit_code == 2
    error = [line for line in r.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "two.html" in error[0] and "-o FOLDER" in error[0]
    assert not (tmp_path / "two.html").exists()
    # a name ending in '/' is a folder, made for the reports
    r = CliRunner().invoke(main, ["report", str(a), str(b), "-o", str(tmp_path / "made") + "/", "--no-audit"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "made").iterdir()) == ["a.html", "b.html", "index.html"]


def test_db_load_of_a_missing_folder_leaves_no_database(tmp_path: Path) -> None:
    db = tmp_path / "facts.duckdb"
    r = CliRunner().invoke(main, ["db", "load", str(tmp_path / "missing_dir"), "--db", str(db)])
    assert r.exit_code == 1 and "missing_dir" in r.output and "documents.jsonl" in r.output
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_an_output_that_is_a_pipe_or_device_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    import threading
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_lines_atomic(fifo, ["a", "b"])
    reader.join(timeout=10)
    # renaming a temporary file over it would have replaced the pipe (or /dev/null) itself
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and got == ["a\nb\n"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
