"""Probes of one period class (session 30, period30): a past date opened by 从/自 and closed by 起 or 开始 before an
act, tests/probes30/period30.toml, each checked through the public API as tests/probes29/probe29pb.toml is. A probe
marked `known` is skipped with its reason (a failure left for later)."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from test_probes29_probe29pb import probe_value

_PROBES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "probes30" / "period30.toml").read_text(encoding="utf-8"))["probe"]


@pytest.mark.parametrize("probe", _PROBES, ids=[f"{i:02d}-{p['quote']}" for i, p in enumerate(_PROBES)])
def test_probe30(probe: dict[str, Any]) -> None:
    if "known" in probe:
        pytest.skip(f"known: {probe['known']}")
    assert probe_value(probe) == probe["expect"], probe["convention"]
