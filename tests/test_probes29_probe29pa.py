"""Paraphrase probes of the period conventions, part A (tests/probes29/probe29pa.toml, session 29): each probe states
one line of bench/gold/README.md's period entry in its own surface form, and the fact quoted must take the period the
line gives. Probes marked `known` are failures left open, skipped with their reason."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor.api import extract_text
from extractor.fact_types import NUMERIC_TYPES

_PROBES = Path(__file__).parent / "probes29" / "probe29pa.toml"


def _load() -> list[dict[str, Any]]:
    with _PROBES.open("rb") as f:
        return tomllib.load(f)["probe"]


def _quote_span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        assert at >= 0, f"{quote!r} occurs fewer than {occurrence} times"
    return at, at + len(quote)


def answer(probe: dict[str, Any]) -> Optional[str]:
    """The field asked of the numeric fact that overlaps the quote most (None where no fact covers it)."""
    text = probe["text"]
    start, end = _quote_span(text, probe["quote"], probe.get("occurrence", 1))
    best, best_overlap = None, 0
    for f in extract_text(text, probe["doc"]):
        if f.type not in NUMERIC_TYPES:
            continue
        overlap = min(end, f.end) - max(start, f.start)
        if overlap > best_overlap:
            best, best_overlap = f, overlap
    if best is None:
        return "<no fact>"
    return getattr(best, probe["field"])


_ALL = _load()


@pytest.mark.parametrize("probe", _ALL, ids=[f"{i + 1}-{p['quote']}" for i, p in enumerate(_ALL)])
def test_probe(probe: dict[str, Any]) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    expect = probe["expect"] or None  # "" stands for null
    got = answer(probe)
    assert got == expect, f"{probe['convention']}: {probe['quote']} got {got!r}, expected {expect!r}"


def test_probe_file_is_well_formed() -> None:
    fields = {"batch", "convention", "text", "doc", "quote", "occurrence", "field", "expect", "negative", "known"}
    for p in _ALL:
        assert set(p) <= fields and p["field"] in {"period", "place", "metric"}
        _quote_span(p["text"], p["quote"], p.get("occurrence", 1))
