"""Running a page through the audit and matching its findings against an `expect`/`forbid` entry
({check, verdict, claim, explains}): shared by the audit examples and the session-29 and -30 audit probes."""
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


# Probes matched as score.py matches a finding (tests/test_probes29_probe29en.py, tests/test_probes30_*.py): a finding
# meets an `expect` entry where its first fact overlaps the claim's quote (first occurrence, or `occurrence`) and its
# verdict is the one named, the check name not compared; a `forbid` entry names the check too.

def load_probes(path) -> list[dict]:
    """The `[[probe]]` tables of a probe file."""
    import tomllib
    with open(path, "rb") as f:
        return tomllib.load(f)["probe"]


def _quote_span(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    return at, at + len(quote)


def _meets(finding, want: dict, text: str, with_check: bool) -> bool:
    rest = {k: v for k, v in want.items() if k not in ("claim", "occurrence") and (with_check or k != "check")}
    if not matches(finding, rest):
        return False
    if "claim" not in want:
        return True
    start, end = _quote_span(text, want["claim"], want.get("occurrence", 1))
    return finding.facts[0].start < end and start < finding.facts[0].end


def overlap_failures(probe: dict) -> list[str]:
    """What the probe's page misses or shows against its expect/forbid entries, matched by overlap."""
    findings = page_findings(probe["text"], probe["doc"])
    out = [f"missing {w}" for w in probe.get("expect", [])
           if not any(_meets(f, w, probe["text"], False) for f in findings)]
    out += [f"forbidden {w}" for w in probe.get("forbid", [])
            if any(_meets(f, w, probe["text"], True) for f in findings)]
    return out + ([f"got {shown(findings)}"] if out else [])


def overlap_params(path) -> list:
    """One pytest param a probe of the file, named by its convention."""
    import pytest
    return [pytest.param(p, id=f"{i}-{p['convention']}") for i, p in enumerate(load_probes(path))]


def check_overlap_probe(probe: dict) -> None:
    """A probe matched by overlap; one marked `known` is skipped with its reason."""
    import pytest
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    failures = overlap_failures(probe)
    assert not failures, failures


def print_pass_rate(path) -> None:
    """The probes that fail, then the pass rate: a probe file's figure, run as a script."""
    probes = load_probes(path)
    failed = [(i, p) for i, p in enumerate(probes) if overlap_failures(p)]
    for i, p in failed:
        print(i, p["convention"], "| known:" if p.get("known") else "|", p.get("known", ""), "|", p["text"][:60])
        print("   ", overlap_failures(p))
    print(f"passed {len(probes) - len(failed)}/{len(probes)}")
