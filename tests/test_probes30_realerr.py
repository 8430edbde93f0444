"""Session 30 probes of real errors an auditor is sure of (helper realerr30) (tests/probes30/realerr.toml).

Each probe states a convention of docs/audit.md in a surface form of its own, matched as score.py
matches a finding (audit_expect.overlap_failures); probes marked `known` are skipped with their reason.
Run as a script for the pass rate: `python tests/test_probes30_realerr.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from audit_expect import check_overlap_probe, overlap_params, print_pass_rate

PROBES = Path(__file__).resolve().parent / "probes30" / "realerr.toml"


@pytest.mark.parametrize("probe", overlap_params(PROBES))
def test_probe(probe: dict) -> None:
    check_overlap_probe(probe)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print_pass_rate(PROBES)
