"""Places, persons and organizations on a page (issue: names). Returns candidates on normalized text."""
from __future__ import annotations

from ..page import Page
from ..rules.base import Candidate


def find_names(page: Page, segmenter=None, types: set[str] | None = None) -> list[Candidate]:
    """Name mentions of the wanted types (place, person, org), in text order."""
    return []
