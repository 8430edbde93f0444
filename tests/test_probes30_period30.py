"""Paraphrase probes of the period conventions, of one class, a past date opened by 从 and closed by 起 or 开始 (session 30): tests/probes30/period30.toml, each checked
through the public API. A probe marked `known` is skipped with its reason (a failure left for later)."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor.api import extract_text

_PROBES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "probes30" / "period30.toml").read_text(encoding="utf-8"))["probe"]


def probe_value(probe: dict[str, Any]) -> Optional[str]:
    """The probed field of the fact quoted (its occurrence-th among facts quoted so), "null" for none; raises
    LookupError where the quote is not extracted that often."""
    found = [f for f in extract_text(probe["text"], probe["doc"]) if f.text == probe["quote"]]
    if len(found) < probe["occurrence"]:
        raise LookupError(f"{probe['quote']} extracted {len(found)} times")
    value = getattr(found[probe["occurrence"] - 1], probe["field"])
    return "null" if value is None else value


@pytest.mark.parametrize("probe", _PROBES, ids=[f"{i:02d}-{p['quote']}" for i, p in enumerate(_PROBES)])
def test_probe(probe: dict[str, Any]) -> None:
    if "known" in probe:
        pytest.skip(f"known: {probe['known']}")
    assert probe_value(probe) == probe["expect"], probe["convention"]
