"""Paraphrase probes of the audit's average convention (tests/probes29/avgorder29.toml): the per-unit
figure is the claim, before or after its total; fresh probes written after the session's fixes."""
from __future__ import annotations

from pathlib import Path

import pytest
from audit_expect import check_probe, probe_params


@pytest.mark.parametrize("probe", probe_params(Path(__file__).parent / "probes29" / "avgorder29.toml"))
def test_probe(probe: dict) -> None:
    check_probe(probe)
