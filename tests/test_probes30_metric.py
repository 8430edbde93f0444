"""Metric probes of session 30 (issue 13): tests/probes30/metric30.toml (helper metric30) and share30.toml (helper
share30: the metric of percentages), written from the
README's metric conventions before the extractor was run on them, checked with the harness of session 29's metric
probes (tests/test_probes29_probe29me.py: the metric of the fact on the quote, judged as bench/score_scope.py judges
a gold hint; a `negative` probe names a word the metric must not hold). Probes marked `known` are skipped with their
reason."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from test_probes29_probe29me import metric_of, probe_passes, quote_span

ROOT = Path(__file__).resolve().parent.parent
PROBES: list[dict[str, Any]] = [probe for name in ("metric30", "share30") for probe in tomllib.loads(
    (ROOT / "tests" / "probes30" / f"{name}.toml").read_text(encoding="utf-8"))["probe"]]


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
