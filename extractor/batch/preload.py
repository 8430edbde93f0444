"""Imported once by the batch's forkserver process: builds the default pipeline there, so that
every pool worker forks with it built (and shares its memory copy-on-write) instead of paying
the spaCy import and the dictionary loads itself."""
from __future__ import annotations

from .work import warm

try:
    warm()
except Exception:  # noqa: BLE001 - a worker meets the same error on its first page and reports it
    pass
