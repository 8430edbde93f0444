"""Conformance with the peers' suites (bench/conformance.py). Every case of a suite counts except those
whose expected value contradicts CONTRACT.md (each excluded with a documented reason). Each suite holds
its floor (tests/conformance_floors.json): a pass count and a share of counted cases, the share being
0.95 (the issue's target) wherever the suite has reached it; and the list of excluded cases in
bench/conformance_excluded.md is the one the script writes."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers"
FLOORS = json.loads((ROOT / "tests" / "conformance_floors.json").read_text(encoding="utf-8"))["floors"]
TARGET = 0.95


@pytest.fixture(scope="module")
def mod():
    if not PEERS.is_dir():
        pytest.skip("../shared/peers (the peers' test data) is absent on this machine")
    spec = importlib.util.spec_from_file_location("conformance", ROOT / "bench" / "conformance.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["conformance"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results(mod) -> dict:
    return {r.name: r for r in mod.run_all(PEERS)}


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_suite_holds_its_floor(results: dict, suite: str):
    assert suite in results, f"suite {suite!r} no longer reported"
    r, floor = results[suite], FLOORS[suite]
    assert r.passed >= floor["passed"], dict(r.causes)
    assert r.rate >= floor["rate"], (r.passed, r.counted, dict(r.causes))


def test_every_suite_has_a_floor(results: dict):
    assert sorted(results) == sorted(FLOORS)


def test_floor_share_is_the_target_where_reached():
    for suite, floor in FLOORS.items():
        assert floor["rate"] <= TARGET, suite


def test_exclusions_are_few_and_listed(mod, results: dict):
    for r in results.values():
        for _, reason in r.excluded:
            assert reason in mod.REASONS
        assert r.counted >= 1
    written = (ROOT / "bench" / "conformance_excluded.md").read_text(encoding="utf-8")
    assert written == mod.excluded_markdown(list(results.values())), \
        "bench/conformance_excluded.md is stale: run python bench/conformance.py --write-excluded"


def test_a_case_we_do_not_parse_is_a_failure_not_an_exclusion(mod):
    """The classifier excludes by what the peer expects, never by what we output."""
    res = mod.Result("probe")
    mod.judge_or_exclude(res, "x", [(0, 1, mod.Want(0, 1, "2020"))], [])
    assert (res.counted, res.passed, res.excluded) == (1, 0, [])
    mod.judge_or_exclude(res, "明年", [(0, 2, "relative")], [])
    assert res.counted == 1 and res.excluded == [("明年", "relative")]
