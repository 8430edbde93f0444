"""Session 30 audit probes matched as score.py matches a finding (audit_expect.overlap_failures): the
enumeration classes of helper enum30 (tests/probes30/enum30.toml) and the real errors an auditor is sure of, with
their near misses, of helper realerr30 (realerr.toml, and realerr_fresh.toml written after its rules). Each probe
states a convention of docs/audit.md in a surface form of its own; probes marked `known` are skipped with their
reason. Run as a script for each file's pass rate: `python tests/test_probes30_overlap.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from audit_expect import check_overlap_probe, overlap_params, print_pass_rate

FILES = [Path(__file__).resolve().parent / "probes30" / f"{name}.toml" for name in ("enum30", "realerr", "realerr_fresh")]


@pytest.mark.parametrize("probe", [pytest.param(*p.values, id=f"{f.stem}-{p.id}") for f in FILES
                                   for p in overlap_params(f)])
def test_probe(probe: dict) -> None:
    check_overlap_probe(probe)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for path in FILES:
        print(path.stem, end=": ")
        print_pass_rate(path)
