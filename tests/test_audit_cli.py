"""`extractor audit`: files, --facts/--pages, --fail-on, unreadable inputs, the summary."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main

PAGE = ("发放小额创业贷款 84 笔，贷款金额 3943 万，其中个人贷款 72 笔，贷款金额为 1237 万，小微企业 12 笔，"
        "发放金额 2706 万。\n\n"
        "服务站已累计为 182 人提供咨询，其中 69 人咨询了创业服务；133 人咨询了就业服务。\n")
GOOD = "组织免费技能培训 2318 人，其中电工焊工培训 2017 人，电商培训 301 人。\n"


def invoke(args, input=None):
    return CliRunner().invoke(main, args, input=input)


def rows(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip().startswith("{")]


def page(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_findings_file_and_summary(tmp_path: Path):
    out = tmp_path / "findings.jsonl"
    r = invoke(["audit", str(page(tmp_path, "p1.txt", PAGE)), "-o", str(out)])
    assert r.exit_code == 0, r.output
    found = rows(out.read_text(encoding="utf-8"))
    assert {f["doc"] for f in found} == {"p1"}
    by_claim = {PAGE[f["facts"][0]["start"]:f["facts"][0]["end"]].split()[0]: f for f in found}
    assert by_claim["84"]["verdict"] == "consistent" and by_claim["84"]["explanation"].startswith("72笔 + 12笔 = 84笔")
    assert by_claim["182"]["verdict"] == "inconsistent"
    for f in found:  # offsets into the original text
        for x in f["facts"]:
            assert PAGE[x["start"]:x["end"]] == x["text"]
    assert "1 inconsistent" in r.stderr and "202人" in r.stderr


def test_fail_on_inconsistent(tmp_path: Path):
    bad, good = page(tmp_path, "bad.txt", PAGE), page(tmp_path, "good.txt", GOOD)
    assert invoke(["audit", "--fail-on", "inconsistent", str(bad), "-o", str(tmp_path / "o")]).exit_code == 1
    assert invoke(["audit", "--fail-on", "inconsistent", str(good), "-o", str(tmp_path / "o")]).exit_code == 0
    assert invoke(["audit", str(bad), "-o", str(tmp_path / "o")]).exit_code == 0


def test_unreadable_file_is_named_and_others_go_on(tmp_path: Path):
    out = tmp_path / "o.jsonl"
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    r = invoke(["audit", str(tmp_path / "missing.txt"), str(binary), str(page(tmp_path, "g.txt", GOOD)),
                "-o", str(out)])
    assert r.exit_code == 1
    assert "missing.txt" in r.stderr and "bin.txt" in r.stderr and "Traceback" not in r.stderr
    assert {f["doc"] for f in rows(out.read_text(encoding="utf-8"))} == {"g"}


def test_stdin_and_stdout(tmp_path: Path):
    r = invoke(["audit", "-"], input=GOOD)
    assert r.exit_code == 0
    assert [f["doc"] for f in rows(r.stdout)] == ["stdin"]


def test_facts_extracted_earlier(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    p = page(pages, "p1.txt", PAGE)
    facts = tmp_path / "facts.jsonl"
    assert invoke(["extract", str(p), "-o", str(facts)]).exit_code == 0
    direct, earlier = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert invoke(["audit", str(p), "-o", str(direct)]).exit_code == 0
    assert invoke(["audit", "--facts", str(facts), "--pages", str(pages), "-o", str(earlier)]).exit_code == 0
    def strip(path: Path) -> list:
        return [(f["check"], f["verdict"], [(x["start"], x["end"]) for x in f["facts"]])
                for f in rows(path.read_text(encoding="utf-8"))]
    assert strip(earlier) == strip(direct)


def test_facts_for_a_missing_page_and_bad_facts(tmp_path: Path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps({"doc": "nowhere", "type": "count", "start": 0, "end": 2, "value": 1}) + "\n",
                     encoding="utf-8")
    r = invoke(["audit", "--facts", str(facts), "--pages", str(tmp_path), "-o", str(tmp_path / "o")])
    assert r.exit_code == 1 and "nowhere" in r.stderr
    facts.write_text("not json\n", encoding="utf-8")
    r = invoke(["audit", "--facts", str(facts), "--pages", str(tmp_path)])
    assert r.exit_code == 1 and "not JSON" in r.output + r.stderr


def test_usage_errors(tmp_path: Path):
    assert invoke(["audit"]).exit_code == 2
    assert invoke(["audit", "--facts", str(tmp_path / "f.jsonl")]).exit_code == 2
    assert invoke(["audit", "--fail-on", "sometimes", "x.txt"]).exit_code == 2


def test_cumulative_across_pages(tmp_path: Path):
    a = page(tmp_path, "a.txt", "截至2023年6月，长沙市累计发放创业担保贷款1200笔。\n")
    b = page(tmp_path, "b.txt", "截至2023年10月，长沙市累计发放创业担保贷款1000笔。\n")
    out = tmp_path / "o.jsonl"
    assert invoke(["audit", str(a), str(b), "-o", str(out)]).exit_code == 0
    cum = [f for f in rows(out.read_text(encoding="utf-8")) if f["check"] == "cumulative"]
    assert len(cum) == 1 and cum[0]["verdict"] == "inconsistent" and cum[0]["doc"] == "b"
    assert [x["doc"] for x in cum[0]["facts"]] == ["b", "a"]
