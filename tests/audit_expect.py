"""Running a page through the audit and matching its findings against an `expect`/`forbid` entry
({check, verdict, claim, explains}): shared by the audit examples and the session-29 audit probes."""
from __future__ import annotations

from extractor.audit import audit_page
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def page_findings(text: str, doc: str = "example") -> list:
    """The audit's findings of one page of text read as document `doc`."""
    page = Page.read(text, doc)
    return audit_page(page, run(load(NUMERIC_TYPES), page))


def claim_text(finding) -> str:
    """The finding's claim (its first fact) as written, whitespace removed."""
    return "".join((finding.facts[0].text or "").split())


def matches(finding, want: dict) -> bool:
    """Whether the finding is the one `want` names: each key given must agree exactly."""
    return all([
        "check" not in want or finding.check == want["check"],
        "verdict" not in want or finding.verdict == want["verdict"],
        "claim" not in want or claim_text(finding) == want["claim"],
        "explains" not in want or want["explains"] in finding.explanation,
    ])


def shown(findings: list) -> list[str]:
    """One line per finding, for an assertion message."""
    return [f"{f.check}/{f.verdict}/{claim_text(f)}: {f.explanation}" for f in findings]


def example_failures(example: dict, doc: str = "example") -> list[str]:
    """What an example's page, read under `doc`, misses of its `expect` and shows of its `forbid` (empty when it
    passes): the audit examples' check, also run by the session-29 audit probes (tests/test_probes29_*.py)."""
    findings = page_findings(example["text"], doc)
    seen = shown(findings)
    return [f"missing {want}; got {seen}" for want in example.get("expect", [])
            if not any(matches(f, want) for f in findings)] + \
        [f"forbidden {bad}; got {seen}" for bad in example.get("forbid", []) if any(matches(f, bad) for f in findings)]


def probe_params(path) -> list:
    """The `[[probe]]` tables of a session-29 audit probe file, one pytest param each."""
    import tomllib

    import pytest
    with open(path, "rb") as f:
        probes = tomllib.load(f)["probe"]
    return [pytest.param(p, id=f"{i}-{p['name']}") for i, p in enumerate(probes)]


def check_probe(probe: dict) -> None:
    """A probe checked as an audit example is, read under the page id it names; one marked `known`
    still fails for the reason it gives and is skipped."""
    import pytest
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    failures = example_failures(probe, probe.get("doc", "example"))
    assert not failures, failures[0]
