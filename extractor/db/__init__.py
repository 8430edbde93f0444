"""The fact database: a batch's OUT/ loaded into DuckDB, with views for the common questions.

    from extractor.db import connect, load_out
    con = connect("facts.duckdb")
    load_out(con, "out/")             # idempotent; a re-extracted document replaces its rows
"""
from __future__ import annotations

from .store import DbError, connect, load_out, query

__all__ = ["connect", "load_out", "query", "DbError"]
