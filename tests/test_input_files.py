"""Hostile files through the command line (issue 7): each gets a clear one-line message and the
documented exit code (0 ok, 1 an input could not be read, 2 usage), never a traceback, and the
other files of the run are still processed."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.textio import MAX_PAGE_BYTES

ROOT = Path(__file__).resolve().parent.parent
GOOD = "发放小额创业贷款 84 笔，贷款金额 3943 万元，增长 4.0%。\n"


def cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """`python -m extractor ...` as a real process: what a user sees, tracebacks included."""
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=ROOT, input=input,
                          capture_output=True, timeout=120)


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def facts(stdout: str | bytes) -> list[dict]:
    if isinstance(stdout, bytes):
        stdout = stdout.decode("utf-8")
    return [json.loads(x) for x in stdout.splitlines() if x.strip()]


def one_line_naming(result, path: Path | str, reason: str) -> None:
    """The run's message for path: one line, naming the file and why, no traceback."""
    err = result.stderr if isinstance(result.stderr, str) else result.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if str(path) in x]
    assert len(lines) == 1, err
    assert reason in lines[0], lines[0]


@pytest.fixture()
def hostile(tmp_path: Path) -> dict[str, Path]:
    """One file of each hostile kind, and a good page."""
    files = {
        "good": tmp_path / "good.txt",
        "nul": tmp_path / "nul.txt",
        "invalid": tmp_path / "invalid.txt",
        "folder": tmp_path / "folder.txt",
        "missing": tmp_path / "missing.txt",
        "huge": tmp_path / "huge.txt",
        "utf16_no_bom": tmp_path / "utf16.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["nul"].write_bytes(b"3943\x00\x00\x00 yuan")
    # \x80 and \xff are neither UTF-8 nor GB18030
    files["invalid"].write_bytes("发放金额".encode("utf-8") + b"\x80\xff\xfe" + "3943 万元".encode("utf-8"))
    files["folder"].mkdir()
    with open(files["huge"], "wb") as f:  # a 100 MB single line, sparse: the size alone refuses it
        f.write(GOOD.strip().encode("utf-8"))
        f.truncate(100 * 1024 * 1024)
    files["utf16_no_bom"].write_bytes(GOOD.encode("utf-16-le"))
    return files


def test_a_run_with_every_hostile_file_names_each_and_processes_the_good_one(hostile: dict[str, Path]):
    order = ["nul", "good", "invalid", "folder", "missing", "huge", "utf16_no_bom"]
    r = cli("extract", *(str(hostile[k]) for k in order))
    assert r.returncode == 1
    got = facts(r.stdout)
    assert got and {f["doc"] for f in got} == {"good"}
    assert any(f["type"] == "money" and f["value"] == 39430000 for f in got)
    one_line_naming(r, hostile["nul"], "not a text page")
    one_line_naming(r, hostile["invalid"], "not valid text")
    one_line_naming(r, hostile["folder"], "is a folder")
    one_line_naming(r, hostile["missing"], "no such file")
    one_line_naming(r, hostile["huge"], f"over the {MAX_PAGE_BYTES} byte page limit")
    one_line_naming(r, hostile["utf16_no_bom"], "not a text page")
    assert len(r.stderr.decode("utf-8").strip().splitlines()) == 6


def test_empty_and_whitespace_only_files_give_no_records_and_exit_0(tmp_path: Path):
    paths = []
    for name, data in [("empty", b""), ("blank", " \n\t\n\r\n\u3000\n".encode("utf-8")),
                       ("bom", b"\xef\xbb\xbf")]:
        p = tmp_path / f"{name}.txt"
        p.write_bytes(data)
        paths.append(str(p))
    r = invoke("extract", *paths)
    assert r.exit_code == 0, r.output
    assert facts(r.stdout) == []


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_are_read_with_offsets_into_the_decoded_text(tmp_path: Path, encoding: str):
    p = tmp_path / "page.txt"
    p.write_bytes(GOOD.encode(encoding))  # utf-16 and utf-8-sig carry a BOM
    r = invoke("extract", str(p))
    assert r.exit_code == 0, r.output
    got = facts(r.stdout)
    assert any(f["type"] == "money" and f["value"] == 39430000 for f in got)
    for f in got:
        assert GOOD[f["start"]:f["end"]] == f["text"]


def test_a_gzip_page_that_unpacks_over_the_limit_is_refused(tmp_path: Path):
    p = tmp_path / "bomb.txt.gz"
    with gzip.open(p, "wb", compresslevel=1) as f:
        chunk = b"1" * (1 << 20)
        for _ in range(MAX_PAGE_BYTES // len(chunk) + 1):
            f.write(chunk)
    r = invoke("extract", str(p))
    assert r.exit_code == 1
    one_line_naming(r, p, "page limit")


def test_a_broken_gzip_page_is_named(tmp_path: Path):
    p = tmp_path / "broken.txt.gz"
    p.write_bytes(gzip.compress(GOOD.encode("utf-8"))[:20])
    r = invoke("extract", str(p))
    assert r.exit_code == 1
    one_line_naming(r, p, "cannot be read")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a chmod 000 file anyway; the permission case cannot be made")
def test_an_unreadable_file_is_named(tmp_path: Path):
    p = tmp_path / "secret.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    try:
        r = invoke("extract", str(p))
    finally:
        p.chmod(0o644)
    assert r.exit_code == 1
    one_line_naming(r, p, "permission denied")


def test_an_unreadable_file_is_named_even_as_root(tmp_path: Path, monkeypatch):
    # root ignores chmod 000, so the denial is simulated where the page is opened
    p = tmp_path / "secret.txt"
    p.write_text(GOOD, encoding="utf-8")

    def denied(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(file))
    from extractor import textio  # the open() that reads a page (textio's own name for the builtin)
    monkeypatch.setattr(textio, "open", denied, raising=False)
    monkeypatch.setattr(Path, "read_bytes", denied)
    r = invoke("extract", str(p))
    assert r.exit_code == 1
    one_line_naming(r, p, "permission denied")


def test_binary_stdin_is_named():
    r = invoke("extract", "-", input=b"\x00\x01\x02binary")
    assert r.exit_code == 1
    one_line_naming(r, "<stdin>", "not a text page")


def test_stdin_over_the_page_limit_is_refused():
    r = invoke("extract", "-", input=b"1" * (MAX_PAGE_BYTES + 1))
    assert r.exit_code == 1
    one_line_naming(r, "<stdin>", f"over the {MAX_PAGE_BYTES} byte page limit")


def test_an_unwritable_output_is_a_one_line_error(tmp_path: Path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    r = invoke("extract", str(p), "-o", str(p / "out.jsonl"))  # a file where a folder should be
    assert r.exit_code == 1
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "cannot write" in r.stderr and len(r.stderr.strip().splitlines()) == 1


# -- usage errors: click's message and exit code 2 ---------------------------------------------

@pytest.mark.parametrize("args,message", [
    (["extract", "--no-such-option", "x.txt"], "No such option"),
    (["extract"], "Missing argument"),
    (["extract", "--types", "cash", "x.txt"], "cash"),
    (["no-such-command"], "No such command"),
])
def test_usage_errors_exit_2_with_clicks_usage(args: list[str], message: str):
    r = invoke(*args)
    assert r.exit_code == 2
    assert message in r.output and "Usage:" in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_usage_error_as_a_process_has_no_traceback():
    r = cli("extract", "--bogus")
    assert r.returncode == 2
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err and "Usage:" in err and "No such option" in err
