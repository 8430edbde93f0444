"""The package's patterns stored with it (extractor/regex_store.py) are what compiling them gives,
and a process finds them in re's cache."""
from __future__ import annotations

import gzip
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import _sre
import pytest

from extractor import regex_store

ROOT = Path(__file__).resolve().parent.parent


def _table() -> dict:
    stamp, table = pickle.loads(gzip.decompress(regex_store.STORE.read_bytes()))
    if stamp != regex_store.stamp():
        pytest.skip(f"data/patterns.pickle.gz was written by {stamp}: this interpreter compiles its patterns")
    return table


def test_stored_patterns_equal_fresh_compiles() -> None:
    table = _table()
    assert len(table) > 100
    for (source, flags), (final, code, groups, groupindex, indexgroup) in table.items():
        stored = _sre.compile(source, final, list(code), groups, dict(groupindex), indexgroup)
        fresh = re.compile(source, flags)
        # Pattern equality compares the flags, the text and the compiled opcodes
        assert stored == fresh, source
        assert stored.groupindex == fresh.groupindex and stored.groups == fresh.groups, source


def test_a_run_finds_the_stored_patterns_in_the_cache() -> None:
    # in a fresh process: the package's import preloads them, and compiling one is a look-up
    table = _table()
    source, flags = next(iter(table))
    code = ("import re, extractor, re._compiler as c\n"
            "c.compile = None  # a compile would fail\n"
            f"print(re.compile({source!r}, {flags!r}).pattern == {source!r})")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "True", done.stderr


def test_an_unreadable_store_preloads_nothing(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "patterns.pickle.gz"
    bad.write_bytes(b"not a store")
    monkeypatch.setattr(regex_store, "STORE", bad)
    assert regex_store.preload() == 0


def test_a_store_of_another_interpreter_preloads_nothing(tmp_path, monkeypatch) -> None:
    other = tmp_path / "patterns.pickle.gz"
    other.write_bytes(gzip.compress(pickle.dumps((("other", (2, 7), 0, 0), {("x", 0): ()}))))
    monkeypatch.setattr(regex_store, "STORE", other)
    assert regex_store.preload() == 0
