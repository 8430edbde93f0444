"""Session 30 probes of real errors an auditor is sure of (helper realerr30) (tests/probes30/realerr_fresh.toml, fresh).

Each probe states a convention of docs/audit.md in a surface form of its own. A finding meets an
`expect` entry as score.py matches one: its first fact overlaps the claim's quote (first occurrence,
or `occurrence`) and its verdict is the one named; the check name is not compared. A `forbid` entry
names the check too. Probes marked `known` are skipped with their reason.
Run as a script for the pass rate: `python tests/test_probes30_realerr_fresh.py`.
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from audit_expect import matches, page_findings, shown

PROBES = Path(__file__).resolve().parent / "probes30" / "realerr_fresh.toml"


def _probes() -> list[dict]:
    with PROBES.open("rb") as f:
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


def failures(probe: dict) -> list[str]:
    """What the probe's page misses or shows against its expect/forbid entries."""
    findings = page_findings(probe["text"], probe["doc"])
    out = [f"missing {w}" for w in probe.get("expect", [])
           if not any(_meets(f, w, probe["text"], False) for f in findings)]
    out += [f"forbidden {w}" for w in probe.get("forbid", [])
            if any(_meets(f, w, probe["text"], True) for f in findings)]
    return out + ([f"got {shown(findings)}"] if out else [])


@pytest.mark.parametrize("probe", [pytest.param(p, id=f"{i}-{p['convention']}") for i, p in enumerate(_probes())])
def test_probe(probe: dict) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    assert not failures(probe), failures(probe)


def main() -> None:
    probes = _probes()
    failed = [(i, p) for i, p in enumerate(probes) if failures(p)]
    for i, p in failed:
        print(i, p["convention"], "| known:" if p.get("known") else "|", p.get("known", ""), "|", p["text"][:60])
        print("   ", failures(p))
    print(f"passed {len(probes) - len(failed)}/{len(probes)}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
