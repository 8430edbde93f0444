from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main

PAGE = ("截 至 11 月 ，武 陵 区 组 织 招 聘 会 30 场 ，推 出 岗 位 45479 个。\n\n"
        "发放小额创业贷款 84 笔，贷款金额 3943 万，其中个人贷款 72 笔。\n")


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def rows(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def test_extract_file_to_stdout_with_doc_id_and_offsets(tmp_path: Path):
    p = tmp_path / "page-7.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = run(["extract", str(p)])
    assert r.exit_code == 0
    facts = rows(r.output)
    assert {f["doc"] for f in facts} == {"page-7"}
    for f in facts:
        assert PAGE[f["start"]:f["end"]] == f["text"]
    money = [f for f in facts if f["type"] == "money"]
    assert money and money[0]["value"] == 39430000 and money[0]["unit"] == "元"


def test_types_option_filters_and_rejects_unknown(tmp_path: Path):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    facts = rows(run(["extract", "--types", "money", str(p)]).output)
    assert facts and {f["type"] for f in facts} == {"money"}
    r = CliRunner().invoke(main, ["extract", "--types", "cash", str(p)])
    assert r.exit_code == 2 and "cash" in r.output


def test_stdin_and_output_file_are_identical_across_runs(tmp_path: Path):
    out1, out2 = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run(["extract", "-", "-o", str(out1)], input=PAGE).exit_code == 0
    assert run(["extract", "-", "-o", str(out2)], input=PAGE).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert "贷款金额" in out1.read_text(encoding="utf-8")  # Chinese unescaped


def test_gbk_bom_crlf_are_read(tmp_path: Path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(PAGE.encode("gbk"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode("utf-8"))
    a = rows(run(["extract", str(gbk)]).output)
    b = rows(run(["extract", str(bom)]).output)
    assert [(f["type"], f["value"]) for f in a] == [(f["type"], f["value"]) for f in b]
    assert len(a) >= 5


def test_bad_file_is_named_and_the_rest_go_on(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = CliRunner().invoke(main, ["extract", str(binary), str(empty), str(good), str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert "img.txt" in r.stderr and "missing.txt" in r.stderr
    assert "Traceback" not in r.output + r.stderr
    assert {f["doc"] for f in rows(r.stdout)} == {"good"}


def test_empty_file_gives_nothing_and_exit_0(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run(["extract", str(empty)])
    # one rule with the batch: a document without facts, named in a note, not an error
    assert r.exit_code == 0 and r.stdout == "" and "empty page" in r.stderr
