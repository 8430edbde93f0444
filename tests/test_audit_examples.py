"""The examples beside each audit check (extractor/audit/examples/*.toml), positive and negative."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from audit_expect import matches, page_findings, shown


def _examples() -> list:
    out = []
    folder = resources.files("extractor.audit").joinpath("examples")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".toml"):
            continue
        with path.open("rb") as f:
            for i, ex in enumerate(tomllib.load(f)["example"]):
                out.append(pytest.param(ex, id=f"{path.name[:-5]}-{i}-{ex['name']}"))
    return out


<<<<<<< HEAD
@pytest.mark.parametrize("example", _examples())
def test_example(example: dict) -> None:
    findings = page_findings(example["text"])
    seen = shown(findings)
    for want in example.get("expect", []):
        assert any(matches(f, want) for f in findings), f"missing {want}; got {seen}"
    for bad in example.get("forbid", []):
        assert not any(matches(f, bad) for f in findings), f"forbidden {bad}; got {seen}"
=======
def _claim(finding) -> str:
    return "".join((finding.facts[0].text or "").split())


def _matches(finding, want: dict) -> bool:
    return all([
        "check" not in want or finding.check == want["check"],
        "verdict" not in want or finding.verdict == want["verdict"],
        "claim" not in want or _claim(finding) == want["claim"],
        "explains" not in want or want["explains"] in finding.explanation,
    ])


def example_failures(example: dict, doc: str = "example") -> list[str]:
    """What an example's page, read under `doc`, misses of its `expect` and shows of its `forbid`
    (empty when it passes); also run by the paraphrase probes (tests/test_probes29_*.py)."""
    page = Page.read(example["text"], doc)
    findings = audit_page(page, run(load(NUMERIC_TYPES), page))
    seen = [f"{f.check}/{f.verdict}/{_claim(f)}: {f.explanation}" for f in findings]
    out = [f"missing {want}; got {seen}" for want in example.get("expect", [])
           if not any(_matches(f, want) for f in findings)]
    return out + [f"forbidden {bad}; got {seen}" for bad in example.get("forbid", [])
                  if any(_matches(f, bad) for f in findings)]


@pytest.mark.parametrize("example", _examples())
def test_example(example: dict) -> None:
    failures = example_failures(example)
    assert not failures, failures[0]
>>>>>>> probe29pt


def test_every_check_has_positive_and_negative_examples() -> None:
    folder = resources.files("extractor.audit").joinpath("examples")
    for path in folder.iterdir():
        if path.name.endswith(".toml"):
            with path.open("rb") as f:
                examples = tomllib.load(f)["example"]
            verdicts = {w["verdict"] for ex in examples for w in ex.get("expect", []) if "verdict" in w}
            assert {"consistent", "inconsistent"} <= verdicts, path.name
            assert any(ex.get("forbid") for ex in examples), path.name
