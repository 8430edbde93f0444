"""Session 30's place probes (tests/probes30/place30.toml): each README place convention stated in surface
forms of its own, checked through the public API (extract_text: a record's place). A probe marked `known` is
skipped with its reason; every other probe must pass. Places are compared as bench/score_scope.py compares
them (a final level word dropped; 全国 = 中国) unless the probe asks for the exact name; `reject` names an exact
place the answer must not be (a river read as a city of another province)."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Optional

import pytest

from extractor.api import extract_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from score_scope import place_key  # noqa: E402

PROBES = tomllib.loads((ROOT / "tests" / "probes30" / "place30.toml").read_text(encoding="utf-8"))["probe"]


def answer(probe: dict) -> Optional[str]:
    """The place of the probe's fact (its quote's occurrence among the facts so written); KeyError if absent."""
    found = [f for f in extract_text(probe["text"], probe["doc"]) if f.text == probe["quote"]]
    if len(found) < probe["occurrence"]:
        raise KeyError(f"no fact {probe['quote']!r} #{probe['occurrence']}")
    return getattr(found[probe["occurrence"] - 1], probe["field"])


def passes(probe: dict) -> bool:
    try:
        got = answer(probe)
    except KeyError:
        return False
    want = None if probe["expect"] == "null" else probe["expect"]
    if probe.get("reject") is not None and got == probe["reject"]:
        return False
    if probe.get("exact"):
        return got == want
    return place_key(got) == place_key(want)


def _id(probe: dict) -> str:
    return f"{probe['doc']}:{probe['quote']}#{probe['occurrence']}"


@pytest.mark.parametrize("probe", PROBES, ids=[_id(p) for p in PROBES])
def test_probe(probe: dict) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    try:
        got = answer(probe)
    except KeyError as e:
        pytest.fail(f"{probe['convention']}: {e}")
    assert passes(probe), f"{probe['convention']}: got {got!r}, expected {probe['expect']!r}"


def test_probes_are_well_formed() -> None:
    for p in PROBES:
        assert p["field"] == "place" and p["occurrence"] >= 1 and p["convention"] and p["doc"]
        assert p["quote"] in p["text"]
