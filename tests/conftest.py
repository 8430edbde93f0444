from __future__ import annotations

from pathlib import Path

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
