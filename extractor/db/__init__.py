"""The fact database: a batch's OUT/ loaded into DuckDB, with views for the common questions.

    from extractor.db import connect, load_out
    con = connect("facts.duckdb")
    load_out(con, "out/")             # idempotent; a re-extracted document replaces its rows
"""
from __future__ import annotations

__all__ = ["connect", "load_out", "query", "DbError"]


def __getattr__(name: str):
    # DuckDB is imported when the database is used, not when the command line starts
    if name in __all__:
        from . import store
        return getattr(store, name)
    raise AttributeError(f"module 'extractor.db' has no attribute {name!r}")
