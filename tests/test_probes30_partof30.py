"""Probes of two classes of part_of misses (tests/probes30/partof30.toml, session 30): stocks taken
out of and counts of kinds. Each probe is checked as an audit example is; a `known` one is skipped.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from audit_expect import example_failures

PROBES = Path(__file__).parent / "probes30" / "partof30.toml"


def _probes() -> list:
    with PROBES.open("rb") as f:
        probes = tomllib.load(f)["probe"]
    return [pytest.param(p, id=f"{i}-{p['name']}") for i, p in enumerate(probes)]


@pytest.mark.parametrize("probe", _probes())
def test_probe(probe: dict) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    failures = example_failures(probe, probe.get("doc", "example"))
    assert not failures, failures[0]


def test_every_probe_says_what_it_tests() -> None:
    with PROBES.open("rb") as f:
        probes = tomllib.load(f)["probe"]
    for p in probes:
        assert p.get("convention") and p.get("text") and (p.get("expect") or p.get("forbid")), p.get("name")
        assert not p.get("negative") or p.get("forbid"), p["name"]
