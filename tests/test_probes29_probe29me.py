"""Metric probes (issue 13): session 29's tests/probes29/probe29me.toml (helper probe29me) and session 30's
tests/probes30/metric30.toml (helper metric30) and share30.toml (helper share30: the metric of percentages), each
written from the README's metric conventions before the extractor was run on them. Each probe's number is found where the text
writes it; its metric is judged as bench/score_scope.py judges a gold hint (a `negative` probe names a word the
metric must not hold). Probes marked `known` are skipped with their reason."""
from __future__ import annotations

import sys
import tomllib
import unicodedata
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor.api import extract_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import score_scope  # noqa: E402

PROBE_FILES = ("probes29/probe29me.toml", "probes30/metric30.toml", "probes30/share30.toml")
PROBES: list[dict[str, Any]] = [probe for name in PROBE_FILES for probe in tomllib.loads(
    (ROOT / "tests" / name).read_text(encoding="utf-8"))["probe"]]
NUMERIC = {"money", "count", "percent", "quantity"}


def quote_span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    """Offsets of the occurrence-th appearance of the quote in the text."""
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    return at, at + len(quote)


def metric_of(probe: dict[str, Any]) -> tuple[bool, Optional[str]]:
    """(a numeric fact stands on the quote, its metric): the fact overlapping the quote most."""
    text = probe["text"]
    start, end = quote_span(text, probe["quote"], probe.get("occurrence", 1))
    best, overlap = None, 0
    for fact in extract_text(text, probe["doc"]):
        if fact.type not in NUMERIC:
            continue
        shared = min(end, fact.end) - max(start, fact.start)
        if shared > overlap:
            best, overlap = fact, shared
    return best is not None, (best.metric if best is not None else None)


def probe_passes(probe: dict[str, Any]) -> bool:
    found, metric = metric_of(probe)
    if probe.get("negative"):
        return not metric or unicodedata.normalize("NFKC", probe["expect"]) not in \
            unicodedata.normalize("NFKC", metric)
    return found and score_scope.metric_right(probe["expect"], metric)


def _id(probe: dict[str, Any]) -> str:
    return f"{probe['quote']}{'-not-' if probe.get('negative') else '-'}{probe['expect']}"


@pytest.mark.parametrize("probe", PROBES, ids=[_id(p) for p in PROBES])
def test_probe(probe: dict[str, Any]) -> None:
    if probe.get("known"):
        pytest.skip(f"known: {probe['known']}")
    found, metric = metric_of(probe)
    assert probe_passes(probe), (f"{probe['convention']}: {probe['quote']} in {probe['text']} "
                                 f"-> metric {metric!r} (fact found: {found}), "
                                 f"{'must not hold' if probe.get('negative') else 'expected'} {probe['expect']!r}")


def test_every_probe_names_its_number_and_field() -> None:
    for probe in PROBES:
        assert probe["field"] == "metric" and probe["expect"] and probe["convention"]
        quote_span(probe["text"], probe["quote"], probe.get("occurrence", 1))
