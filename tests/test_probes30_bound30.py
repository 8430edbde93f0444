"""Paraphrase probes of the audit's bound class (tests/probes30/bound30.toml): a figure compared with a named peer whose
figure was said before; the peer's figure is the claim."""
from __future__ import annotations

from pathlib import Path

import pytest
from audit_expect import check_probe, probe_params


@pytest.mark.parametrize("probe", probe_params(Path(__file__).parent / "probes30" / "bound30.toml"))
def test_probe(probe: dict) -> None:
    check_probe(probe)
