"""Conformance with the peers' suites (bench/conformance.py): each suite's pass count stays at or
above its recorded floor (tests/conformance_floors.json), so the count can only go up."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers"
FLOORS = json.loads((ROOT / "tests" / "conformance_floors.json").read_text(encoding="utf-8"))["floors"]
# the targets: share of in-scope cases that must pass
TARGETS = {"RT CurrencyModel (人民币; others not 元)": 0.95, "RT PercentModel": 0.95, "RT DimensionModel": 0.95,
           "JioNLP parse_money (元)": 0.95, "JioNLP extract_money": 0.95,
           "RT NumberModel values (numeral parser)": 0.90}


@pytest.fixture(scope="module")
def results() -> dict:
    if not PEERS.is_dir():
        pytest.skip("../shared/peers (the peers' test data) is absent on this machine")
    spec = importlib.util.spec_from_file_location("conformance", ROOT / "bench" / "conformance.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["conformance"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return {r.name: r for r in mod.run_all(PEERS)}


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_pass_count_holds_its_floor(results: dict, suite: str):
    assert suite in results, f"suite {suite!r} no longer reported"
    assert results[suite].passed >= FLOORS[suite], dict(results[suite].causes)


@pytest.mark.parametrize("suite", sorted(TARGETS))
def test_target_share(results: dict, suite: str):
    r = results[suite]
    assert r.in_scope and r.passed / r.in_scope >= TARGETS[suite], (r.passed, r.in_scope)
