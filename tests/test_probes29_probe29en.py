"""Session 29 paraphrase probes of the enumeration and sum checks (tests/probes29/probe29en.toml).

Each probe states a convention of docs/audit.md in a surface form of its own, matched as score.py
matches a finding (audit_expect.overlap_failures); probes marked `known` are skipped with their reason.
Run as a script for the pass rate: `python tests/test_probes29_probe29en.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from audit_expect import check_overlap_probe, overlap_params, print_pass_rate

PROBES = Path(__file__).resolve().parent / "probes29" / "probe29en.toml"


@pytest.mark.parametrize("probe", overlap_params(PROBES))
def test_probe(probe: dict) -> None:
    check_overlap_probe(probe)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print_pass_rate(PROBES)
