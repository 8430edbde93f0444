from __future__ import annotations

import os
from pathlib import Path

# scope rules raise in tests instead of leaving a fact without place or period (extractor/scope.py SCOPE_ERRORS)
os.environ.setdefault("EXTRACTOR_STRICT", "1")

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "pages" / "hn-page-01.txt").exists():
        pytest.skip("../shared (the real sample page and its gold) is absent on this machine")
    return SHARED


@pytest.fixture(scope="session")
def sample_page(shared: Path) -> str:
    return (shared / "corpus" / "pages" / "hn-page-01.txt").read_text(encoding="utf-8")
