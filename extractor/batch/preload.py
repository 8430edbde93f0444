"""Imported once by the batch's forkserver process: reads the rules' tables and loads the jieba
dictionaries there (work.warm), so that every pool worker forks with them loaded (and shares
their memory copy-on-write) instead of loading them itself. (No spaCy: the batch takes its
records from engine.py, which does without it.)"""
from __future__ import annotations

from .work import warm

try:
    warm()
except Exception:  # noqa: BLE001 - a worker meets the same error on its first page and reports it
    pass
