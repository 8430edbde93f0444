"""Probes of two classes of part_of misses (tests/probes30/partof30.toml, session 30): stocks taken
out of and counts of kinds said before their wholes. Each probe is checked as an audit example is
(audit_expect.check_probe); a `known` one is skipped with its reason."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from audit_expect import check_probe, probe_params

PROBES = Path(__file__).parent / "probes30" / "partof30.toml"


@pytest.mark.parametrize("probe", probe_params(PROBES))
def test_probe(probe: dict) -> None:
    check_probe(probe)


def test_every_probe_says_what_it_tests() -> None:
    with PROBES.open("rb") as f:
        for p in tomllib.load(f)["probe"]:
            assert p.get("convention") and p.get("text") and (p.get("expect") or p.get("forbid")), p.get("name")
            assert not p.get("negative") or p.get("forbid"), p["name"]
