"""The README stays a five-minute read that opens with the two commands a newcomer runs; its
example record and finding are what the code writes; its links lead to the docs, and the docs
describe every field the record models have."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.records import Fact, Finding

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"

RUN_ON_SAMPLE = ("python3 -m venv .venv && . .venv/bin/activate && pip install . && "
                 "extractor extract corpus/pages/sample-01.txt -o facts.jsonl")
RUN_TESTS = ("python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && "
             "python -m pytest -q")


def _code_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"^```(\w*)\n(.*?)^```", text, re.S | re.M)


def test_readme_is_short() -> None:
    assert len(README) <= 12_000, f"README.md has {len(README)} characters; move reference text to docs/"


def test_readme_opens_with_the_two_commands() -> None:
    first = _code_blocks(README)[0][1]
    commands = [line.strip() for line in first.splitlines() if line.strip() and not line.startswith("#")]
    assert commands == [RUN_ON_SAMPLE, RUN_TESTS]
    # nothing but the title and one paragraph before them
    assert README.index("```") < 600


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e '.[test]'" in ci and "python -m pytest -q" in ci


def _links(text: str) -> set[str]:
    return {m for m in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text) if not m.startswith("http")}


def test_readme_links_every_doc_and_every_link_resolves() -> None:
    links = _links(README)
    for link in links:
        assert (ROOT / link).exists(), f"README.md links to {link}, which does not exist"
    docs = {f"docs/{p.name}" for p in DOCS.glob("*.md")}
    assert docs - links == set(), "docs not linked from README.md"
    for doc in DOCS.glob("*.md"):
        for link in _links(doc.read_text(encoding="utf-8")):
            assert (DOCS / link).exists(), f"{doc.name} links to {link}, which does not exist"


def test_throughput_block_lives_in_the_benchmarks_doc() -> None:
    text = (DOCS / "benchmarks.md").read_text(encoding="utf-8")
    assert text.count("<!-- throughput:begin -->") == 1 and text.count("<!-- throughput:end -->") == 1
    assert "throughput:begin" not in README
    bench = (ROOT / "bench" / "throughput.py").read_text(encoding="utf-8")
    assert '"docs" / "benchmarks.md"' in bench


@pytest.mark.parametrize("model", [Fact, Finding])
def test_records_doc_describes_every_field(model) -> None:
    text = (DOCS / "records.md").read_text(encoding="utf-8")
    rows = "\n".join(line for line in text.splitlines() if line.startswith("| `"))
    missing = [name for name in model.model_fields if f"`{name}`" not in rows]
    assert missing == [], f"docs/records.md has no table row for {model.__name__} fields {missing}"


def _json_examples(text: str) -> list[dict]:
    return [json.loads(body) for lang, body in _code_blocks(text) if lang == "json"]


def _run(args: list[str], out: Path) -> list[dict]:
    from extractor.cli import main
    result = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_example_record_and_finding_are_real_output(tmp_path: Path) -> None:
    for name, text in (("README.md", README), ("docs/records.md", (DOCS / "records.md").read_text(encoding="utf-8"))):
        examples = _json_examples(text)
        record = next(e for e in examples if "type" in e)
        finding = next(e for e in examples if "check" in e)
        page = ROOT / "corpus" / "pages" / f"{record['doc']}.txt"
        facts = {f["id"]: f for f in _run(["extract", str(page)], tmp_path / "facts.jsonl")}
        assert record["id"] in facts, f"{name}: the example record is not in today's output"
        real = facts[record["id"]]
        # the contract's part must be exact; metric, place and period may improve over time
        stable = ("doc", "type", "start", "end", "text", "value", "unit", "qualifier", "value_max")
        assert {k: record[k] for k in stable} == {k: real[k] for k in stable}, name
        assert list(record) == list(real), f"{name}: the example record's fields differ from the output's"
        found = {f["id"]: f for f in _run(["audit", str(page)], tmp_path / "findings.jsonl")}
        assert finding["id"] in found, f"{name}: the example finding is not in today's output"
        assert finding == found[finding["id"]], name
