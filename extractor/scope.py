"""The place and period each numeric fact is about."""
from __future__ import annotations

from .page import Page


def assign_scope(page: Page, facts: list[dict], names: list[dict]) -> None:
    """Set `place` and `period` on each numeric fact record (dicts, in place)."""
    return None
