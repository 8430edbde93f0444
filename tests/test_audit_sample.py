"""Audit acceptance: every gold finding found with its verdict and no false alarm, scored by
../shared/eval/score.py on the real sample page and on the project's own pages."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.audit import audit_page
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES, to_json

ROOT = Path(__file__).resolve().parent.parent


def audit_folder(pages: Path, gold: Path, out: Path) -> Path:
    lines = []
    for g in sorted(gold.glob("*.audit.jsonl")):
        doc = g.name[: -len(".audit.jsonl")]
        page = Page.read((pages / f"{doc}.txt").read_text(encoding="utf-8"), doc)
        lines += [to_json(f) for f in audit_page(page, run(load(NUMERIC_TYPES), page))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def score(shared: Path, gold: Path, findings: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                          "--audit", str(findings), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["audit"]


def assert_accepted(report: dict) -> None:
    assert not report["missed"], report["missed"]
    assert not report["wrong_verdict"], report["wrong_verdict"]
    assert report["false_alarms"] == 0
    caught, flagged = report["inconsistencies_caught"].split("/")
    assert caught == flagged


def test_hn_page_01(shared: Path, tmp_path: Path):
    gold = shared / "corpus" / "gold"
    report = score(shared, gold, audit_folder(shared / "corpus" / "pages", gold, tmp_path / "f.jsonl"))
    assert_accepted(report)
    assert report["inconsistencies_caught"] == "1/1"  # 182 人 against 69 + 133 = 202


def test_own_corpus(shared: Path, tmp_path: Path):
    gold = ROOT / "corpus" / "gold"
    if not list(gold.glob("*.audit.jsonl")):
        pytest.skip("no audit gold in corpus/gold yet")
    assert_accepted(score(shared, gold, audit_folder(ROOT / "corpus" / "pages", gold, tmp_path / "f.jsonl")))


def test_the_182_explanation_can_be_checked_by_hand(sample_page: str):
    page = Page.read(sample_page, "hn-page-01")
    bad = [f for f in audit_page(page, run(load(NUMERIC_TYPES), page)) if f.verdict == "inconsistent"]
    assert len(bad) == 1
    f = bad[0]
    assert (f.check, f.expected, f.observed) == ("sum", 202, 182)
    assert "69人 + 133人 = 202人" in f.explanation and "182人" in f.explanation
    assert [sample_page[x.start:x.end].split()[0] for x in f.facts] == ["182", "69", "133"]
