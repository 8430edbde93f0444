"""Every input that once crashed extractor (fuzzing, property tests) stays fixed (issue 7)."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_robustness_invariants import check_audit, check_extraction

NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")
FOLDER = Path(__file__).resolve().parent / "fuzz_regressions"
INPUTS = sorted(FOLDER.glob("*.txt"))


def test_there_are_regression_inputs():
    assert INPUTS, f"{FOLDER} holds no *.txt input"


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_regression_input_keeps_the_invariants(path: Path):
    text = path.read_bytes().decode("utf-8")
    check_extraction(text)
    check_extraction(text, NUMERIC)
    check_audit(text)
