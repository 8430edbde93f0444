"""extractor db: idempotent loads, replaced documents, views, query formats, errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.batch import run_batch
from extractor.cli import main
from extractor.db import connect, load_out
from test_batch_pages import page_text


def batch_of(tmp_path: Path, name: str, texts: dict[str, str]) -> Path:
    src = tmp_path / f"{name}-pages"
    src.mkdir()
    for doc, text in texts.items():
        (src / f"{doc}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / name
    run_batch([str(src)], out, jobs=1)
    return out


def count(con, sql: str, *params) -> int:
    return con.execute(sql, list(params)).fetchone()[0]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return batch_of(tmp_path, "out", {"a": page_text(1), "b": page_text(2)})


def test_loading_twice_leaves_one_copy(out: Path, tmp_path: Path) -> None:
    con = connect(tmp_path / "f.duckdb")
    first = load_out(con, out)
    load_out(con, out)
    assert count(con, "SELECT count(*) FROM facts") == first["facts"] > 10
    assert count(con, "SELECT count(*) FROM documents") == 2
    assert count(con, "SELECT count(*) FROM findings") == first["findings"]


def test_a_re_extracted_document_replaces_its_rows(out: Path, tmp_path: Path) -> None:
    con = connect(tmp_path / "f.duckdb")
    load_out(con, out)
    b_before = count(con, "SELECT count(*) FROM facts WHERE doc = 'b'")
    shorter = page_text(1).splitlines()[0] + "\n本报讯 今年发放贷款3亿元。\n"
    again = batch_of(tmp_path, "again", {"a": shorter})
    load_out(con, again)
    rows = con.execute("SELECT type, value FROM facts WHERE doc = 'a' AND type = 'money'").fetchall()
    assert rows == [("money", 300000000.0)]
    assert count(con, "SELECT count(*) FROM facts WHERE doc = 'b'") == b_before
    assert count(con, "SELECT count(*) FROM documents WHERE doc = 'a'") == 1


def test_values_are_typed(out: Path, tmp_path: Path) -> None:
    con = connect(tmp_path / "f.duckdb")
    load_out(con, out)
    money = con.execute("SELECT value, value_text, unit FROM facts WHERE type = 'money' AND doc = 'a'").fetchone()
    assert money[0] == 237000000 and money[2] == "元"  # 2.37 亿元 -> yuan
    date = con.execute("SELECT value, value_text FROM facts WHERE type = 'date' AND doc = 'a' LIMIT 1").fetchone()
    assert date == (None, "2021-02")


def test_views_answer_totals_and_inconsistent_findings(out: Path, tmp_path: Path) -> None:
    # a finding written by hand, as the audit writes them: the claim first, then its parts
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    loan = next(f for f in facts if f["doc"] == "a" and f["type"] == "money")
    jobs = next(f for f in facts if f["doc"] == "a" and f["type"] == "count")
    finding = {"doc": "a", "check": "sum", "verdict": "inconsistent", "expected": 1, "observed": 2,
               "facts": [{"start": loan["start"], "end": loan["end"]}, {"start": jobs["start"], "end": jobs["end"]}],
               "explanation": "made up for the test"}
    (out / "findings.jsonl").write_text(json.dumps(finding, ensure_ascii=False) + "\n", encoding="utf-8")
    con = connect(tmp_path / "f.duckdb")
    load_out(con, out)
    load_out(con, out)
    rows = con.execute("SELECT doc, \"check\", quotes, claim_sentence FROM inconsistent_findings").fetchall()
    assert rows == [("a", "sum", f"{loan['text']} | {jobs['text']}", loan["sentence"])]
    total = con.execute("SELECT sum(total) FROM totals_by_metric WHERE type = 'money'").fetchone()[0]
    assert total == count(con, "SELECT sum(value) FROM facts WHERE type = 'money'") > 0
    for view in ("totals", "totals_by_place", "totals_by_period", "finding_quotes", "errors"):
        con.execute(f"SELECT * FROM {view}").fetchall()


def test_query_formats(out: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "f.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["db", "load", str(out), "--db", db]).exit_code == 0
    sql = "SELECT doc, type, count(*) AS n FROM facts GROUP BY ALL ORDER BY doc, type"
    table = runner.invoke(main, ["db", "query", "--db", db, sql])
    as_csv = runner.invoke(main, ["db", "query", "--db", db, "--format", "csv", sql])
    as_json = runner.invoke(main, ["db", "query", "--db", db, "--format", "json", sql])
    assert table.exit_code == as_csv.exit_code == as_json.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [{k: str(v) for k, v in r.items()} for r in json.loads(as_json.stdout)] == rows
    assert table.stdout.splitlines()[0].split() == ["doc", "type", "n"]
    assert f"({len(rows)} rows)" in table.stdout


@pytest.mark.parametrize("args, code, needle", [
    (["db", "query", "--db", "{tmp}/none.duckdb", "SELECT 1"], 1, "no such database"),
    (["db", "query", "--db", "{db}", "SELEC 1"], 1, "syntax error"),
    (["db", "query", "--db", "{db}", "--format", "xml", "SELECT 1"], 2, "xml"),
    (["db", "load", "{tmp}", "--db", "{db}"], 1, "no documents.jsonl"),
    (["db", "load", "--db", "{db}"], 2, "Missing argument"),
    (["db", "frobnicate"], 2, "No such command"),
])
def test_db_user_errors(out: Path, tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    db = tmp_path / "f.duckdb"
    load_out(connect(db), out)
    result = CliRunner().invoke(main, [a.format(tmp=tmp_path, db=db) for a in args])
    assert result.exit_code == code and needle in result.output and "Traceback" not in result.output
