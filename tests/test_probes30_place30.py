"""Session 30's place probes (tests/probes30/place30.toml): the class "a group of countries said by a common noun as
a figure's subject" and its near misses, checked through the public API with the harness of session 29's place
probes (tests/test_probes29_probe29pl.py: a record's place, compared as bench/score_scope.py compares places). A
probe marked `known` is skipped with its reason; every other probe must pass."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from test_probes29_probe29pl import answer, passes

ROOT = Path(__file__).resolve().parent.parent
PROBES = tomllib.loads((ROOT / "tests" / "probes30" / "place30.toml").read_text(encoding="utf-8"))["probe"]


def _got(probe: dict) -> object:
    """The probe's answer, or why there is none (no such fact)."""
    try:
        return answer(probe)
    except KeyError as e:
        return f"no fact ({e})"


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p['doc']}:{p['quote']}#{p['occurrence']}" for p in PROBES])
def test_probe(probe: dict) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    assert passes(probe), f"{probe['convention']}: got {_got(probe)!r}, expected {probe['expect']!r}"


def test_probes_are_well_formed() -> None:
    assert all(p["field"] == "place" and p["occurrence"] >= 1 and p["convention"] and p["doc"]
               and p["quote"] in p["text"] for p in PROBES)
