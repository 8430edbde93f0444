"""Paraphrase probes of the audit's average convention (tests/probes29/avgorder29.toml).

Each probe is checked as an audit example is (audit_expect.example_failures), read under the
page id it names; a probe marked `known` still fails for the reason it gives and is skipped.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from audit_expect import example_failures

PROBES = Path(__file__).parent / "probes29" / "avgorder29.toml"


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
