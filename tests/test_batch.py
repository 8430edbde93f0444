"""extractor batch: outputs, order, errors, resume after SIGKILL, usage errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.batch import run_batch
from extractor.batch.journal import Journal
from extractor.batch.work import DocResult
from extractor.cli import main
from extractor.record import Record
from test_batch_pages import BAD, EMPTY, GOOD, make_pages, page_text

ROOT = Path(__file__).resolve().parent.parent
OUT_FILES = ("facts.jsonl", "findings.jsonl", "documents.jsonl", "errors.jsonl")


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outputs(out: Path) -> dict[str, bytes]:
    """The OUT files; documents.jsonl without its measured `seconds`, the only field that varies."""
    got = {name: (out / name).read_bytes() for name in OUT_FILES}
    docs = read_rows(out / "documents.jsonl")
    for d in docs:
        d.pop("seconds")
    got["documents.jsonl"] = json.dumps(docs, ensure_ascii=False).encode()
    return got


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    make_pages(folder)  # 30 files: 26 UTF-8 pages, a GBK page, a BOM page, an empty and a binary file
    return folder


@pytest.fixture(scope="module")
def inline_out(pages: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("inline")
    run_batch([str(pages)], out, jobs=1)
    return out


@pytest.fixture(scope="module")
def pool_out(pages: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pool")
    result = CliRunner().invoke(main, ["batch", str(pages), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1, result.output  # a bad file
    return out


def test_pool_output_equals_inline_output(pool_out: Path, inline_out: Path) -> None:
    assert outputs(pool_out) == outputs(inline_out)


def test_acceptance_every_good_page_ends_in_the_db(pages: Path, pool_out: Path, tmp_path: Path) -> None:
    from extractor.api import extract_text
    from extractor.db import connect, load_out
    from extractor.textio import read_page
    from extractor.records import to_json
    kinds = make_pages(tmp_path / "same")  # the same files: tells which are bad
    docs = read_rows(pool_out / "documents.jsonl")
    assert len(docs) == 30
    errors = {e["doc"] for e in read_rows(pool_out / "errors.jsonl") if "audit failed" not in e["error"]}
    assert errors == {d for d, k in kinds.items() if k == BAD}
    con = connect(tmp_path / "facts.duckdb")
    load_out(con, pool_out)
    for d in docs:
        if kinds[d["doc"]] != GOOD:
            continue
        expected = [json.loads(to_json(f)) for f in extract_text(read_page(d["path"]), d["doc"])]
        got = con.execute("SELECT record FROM facts WHERE doc = ? ORDER BY start, \"end\", type",
                          [d["doc"]]).fetchall()
        assert [json.loads(r[0]) for r in got] == expected and expected, d["doc"]
    statuses = dict(con.execute("SELECT doc, status FROM documents").fetchall())
    assert len(statuses) == 30 and {d for d, s in statuses.items() if s == "error"} == errors


def test_documents_follow_input_order_and_bad_files_are_errors(pages: Path, inline_out: Path) -> None:
    docs = read_rows(inline_out / "documents.jsonl")
    assert [d["path"] for d in docs] == sorted(d["path"] for d in docs)
    assert {d["doc"] for d in docs if d["status"] == "error"} == {"binary-page"}
    assert {d["doc"] for d in docs if d["status"] == "empty"} == {"empty-page"}
    errors = {e["doc"]: e["error"] for e in read_rows(inline_out / "errors.jsonl")}
    assert list(errors) == ["binary-page"] and "binary" in errors["binary-page"]
    facts = read_rows(inline_out / "facts.jsonl")
    per_doc = {d["doc"]: d["facts"] for d in docs}
    assert sum(per_doc.values()) == len(facts) and per_doc["gbk-page"] > 5 and per_doc["bom-page"] > 5
    # facts come in document order, then in page order
    order = [d["doc"] for d in docs]
    keys = [(order.index(f["doc"]), f["start"], f["end"], f["type"]) for f in facts]
    assert keys == sorted(keys)


def test_resume_skips_done_documents_and_redoes_changed_ones(pages: Path, tmp_path: Path) -> None:
    src = tmp_path / "pages"
    make_pages(src, n_good=4)
    out = tmp_path / "out"
    first = run_batch([str(src)], out, jobs=1)
    assert first.processed == 8 and first.skipped == 0
    changed = src / "2024" / "m0" / "page-00.txt"
    changed.write_text(page_text(50), encoding="utf-8")
    again = run_batch([str(src)], out, jobs=1, resume=True)
    # the changed page and the bad file (errors are always retried) are done again; the empty
    # page is a finished document
    assert again.skipped == 6 and again.processed == 2
    fresh = tmp_path / "fresh"
    run_batch([str(src)], fresh, jobs=1)
    assert outputs(out) == outputs(fresh)


KILLER = textwrap.dedent("""
    import os, signal, sys
    from extractor.batch import journal
    from extractor.cli import main
    kill_at, pid_file = int(sys.argv[1]), sys.argv[2]
    original = journal.Journal.append

    def descendants(pid):
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                kids = [int(k) for k in f.read().split()]
        except OSError:
            return []
        return kids + [d for k in kids for d in descendants(k)]

    def append(self, res):
        if self.blocks + 1 == kill_at:
            with open(pid_file, "w") as f:
                f.write(" ".join(map(str, descendants(os.getpid()))))
            # half of this document's block reaches the disk, then the process is killed
            data = journal.encode(res)
            os.write(self._fd, data[: len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, res)
    journal.Journal.append = append
    main(sys.argv[3:], prog_name="extractor")
""")


def test_sigkill_midway_then_resume_is_byte_identical(pages: Path, inline_out: Path, tmp_path: Path) -> None:
    # killed while a pool of two workers runs and half of a document's block is on disk
    jobs = "2"
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    pid_file = tmp_path / "pids"
    killed = subprocess.run([sys.executable, "-c", KILLER, "9", str(pid_file), "batch", str(pages), "-o", str(out),
                             "--jobs", jobs], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.returncode == -9
    # the pool's processes leave on their own once the batch is gone (they check every second)
    left = [int(p) for p in pid_file.read_text().split()]
    assert len(left) >= 2 or not Path("/proc/self/task").exists()  # the two workers
    deadline = time.monotonic() + 60
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = [p for p in left if _alive(p)]
    assert not left, f"pool processes outlived the killed batch: {left}"
    assert not (out / "facts.jsonl").exists()
    journal = Journal(out / ".batch" / "journal")
    assert journal.recover() > 0 and journal.blocks == 8  # the half-written block is cut off
    resumed = CliRunner().invoke(main, ["batch", str(pages), "-o", str(out), "--jobs", jobs, "--resume"])
    assert resumed.exit_code == 1, resumed.output
    assert "(8 already done)" in resumed.output
    assert outputs(out) == outputs(inline_out)
    # not just equal up to timing: the resumed documents keep the seconds of their first run
    assert (out / "facts.jsonl").read_bytes() == (inline_out / "facts.jsonl").read_bytes()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_journal_cuts_an_incomplete_last_block(tmp_path: Path) -> None:
    j = Journal(tmp_path / "journal")
    j.open_for_append(fresh=True)
    ok = DocResult(path="a.txt", doc="a", sha256="h", status="ok", facts=['{"x": 1}', '{"x": 2}'])
    j.append(ok)
    j.close()
    with open(j.path, "ab") as f:
        f.write(b'{"doc": "b", "sha256": "h2", "status": "ok", "facts": 3, "findings": 0}\n{"x": 1}\n{"x"')
    size_before = j.path.stat().st_size
    assert j.recover() > 0 and j.blocks == 1 and list(j.done) == [("a", "h")]
    assert j.path.stat().st_size < size_before
    assert j.read(j.done[("a", "h")]).facts == ['{"x": 1}', '{"x": 2}']


def test_findings_per_document_then_cross_document(pages: Path, tmp_path: Path, monkeypatch) -> None:
    seen = {}

    def audit_page_rows(page, records):
        assert all(isinstance(r, Record) for r in records)  # the pipeline's records (norm offsets), as the audit wants
        return [json.dumps({"doc": page.doc, "check": "sum", "verdict": "consistent", "facts": [], "explanation": "x"})]

    def cross_document_json(lines):
        rows = [json.loads(line) for line in lines]
        seen["facts"] = len(rows)
        return [json.dumps({"doc": rows[0]["doc"], "check": "cumulative", "verdict": "unverifiable", "facts": [],
                            "explanation": "y"})]
    fake = types.ModuleType("extractor.audit")
    fake.audit_page_rows, fake.cross_document_json = audit_page_rows, cross_document_json
    monkeypatch.setitem(sys.modules, "extractor.audit", fake)
    summary = run_batch([str(pages)], tmp_path, jobs=1)
    findings = read_rows(tmp_path / "findings.jsonl")
    good = [d["doc"] for d in read_rows(tmp_path / "documents.jsonl") if d["status"] == "ok"]
    assert [f["doc"] for f in findings[:-1]] == good and findings[-1]["check"] == "cumulative"
    assert seen["facts"] == summary.facts


def test_no_output_on_a_pipe_when_all_is_well(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.txt").write_text(page_text(1), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "p"), "-o", str(tmp_path / "o"), "-j", "1"])
    assert result.exit_code == 0 and result.output == ""
    assert (tmp_path / "o" / "findings.jsonl").exists()


@pytest.mark.parametrize("args, code, needle", [
    (["batch", "{tmp}/nothing-*.txt", "-o", "{tmp}/o"], 1, "no page files"),
    (["batch", "{tmp}", "-o", "{tmp}/file"], 2, "is a file"),
])
def test_user_errors_are_one_line(tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == code and needle in result.output and "Traceback" not in result.output


def test_resume_with_other_types_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(page_text(1), encoding="utf-8")
    run_batch([str(tmp_path / "a.txt")], tmp_path / "o", jobs=1, types=("money",))
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--resume"])
    assert result.exit_code == 1 and "other settings" in result.output


@pytest.mark.parametrize("args", [["batch", "x", "-o", "o", "--bogus"], ["batch", "-o", "o"],
                                  ["batch", "x", "-o", "o", "--jobs", "0"], ["batch", "x"]])
def test_usage_errors(args: list[str]) -> None:
    assert CliRunner().invoke(main, args).exit_code == 2


def test_a_page_that_kills_its_worker_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    from extractor.batch.executors import run_pool
    from test_batch_pages import crash_on_crash_pages
    names = ["a", "crash-b", "c", "d"]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(page_text(len(name)), encoding="utf-8")
    todo = [(i, str(tmp_path / f"{n}.txt")) for i, n in enumerate(names)]
    results = list(run_pool(todo, ("money",), jobs=2, work=crash_on_crash_pages))
    assert [i for i, _ in results] == [0, 1, 2, 3]
    statuses = {Path(r.path).stem: (r.status, r.error or "") for _, r in results}
    assert statuses["crash-b"][0] == "error" and "worker process died" in statuses["crash-b"][1]
    assert all(statuses[n][0] == "ok" for n in ("a", "c", "d"))


class _Terminal:
    """A stand-in for a terminal's stderr."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.text += s
        return len(s)

    def flush(self) -> None:
        pass


def test_progress_bar_on_a_terminal_only(monkeypatch) -> None:
    from extractor.cli.batch import Bar
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    bar = Bar()
    bar.start(3)
    bar(DocResult(path="a", doc="a", sha256=None, status="ok", facts=["{}"] * 5), False)
    bar(DocResult(path="b", doc="b", sha256=None, status="error", error="x"), False)
    bar(None, True)
    bar.close()
    assert "3/3 pages, 5 facts, 1 errors" in term.text and "pages/s" in term.text
    monkeypatch.setattr(sys, "stderr", __import__("io").StringIO())
    quiet = Bar()
    quiet.start(3)
    assert quiet.bar is None


def test_html_reports_and_index(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import main
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("截至11月，武陵区组织招聘会30场，发放小额创业贷款84笔，其中个人72笔，小微企业12笔。\n", encoding="utf-8")
    (pages / "b.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["batch", str(pages), "-o", str(out), "--jobs", "1", "--html"])
    assert r.exit_code == 1  # b.txt is binary
    html = (out / "html" / "a.html").read_text(encoding="utf-8")
    assert 'data-fact="' in html and "84" in html
    index = (out / "html" / "index.html").read_text(encoding="utf-8")
    assert 'href="a.html"' in index and "b.html" not in index
