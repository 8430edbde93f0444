"""The patterns stored with the package (regex_store.py) are what compiling them gives, and
re's cache holds them once the package is imported."""
from __future__ import annotations

import gzip
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import regex_store

ROOT = Path(__file__).resolve().parent.parent


def _stored() -> dict:
    stamp, table = pickle.loads(gzip.decompress(regex_store.STORE.read_bytes()))
    if stamp != regex_store._stamp():
        pytest.skip(f"data/patterns.pickle.gz was written by {stamp}: this interpreter compiles every pattern")
    return table


def test_stored_patterns_equal_fresh_compiles() -> None:
    table = _stored()
    assert len(table) > 100
    for (source, flags), entry in table.items():
        built, fresh = regex_store.build_pattern(source, entry), re.compile(source, flags)
        # Pattern equality compares the flags, the text and the compiled opcodes
        assert built == fresh, source
        assert (built.groups, built.groupindex) == (fresh.groups, fresh.groupindex), source


def test_a_stored_pattern_matches_like_a_fresh_one() -> None:
    text = "2025年，全省地区生产总值增长5.6%，其中长沙市新增就业12.3万人（同比增长3.1%）。"
    for (source, flags), entry in _stored().items():
        built, fresh = regex_store.build_pattern(source, entry), re.compile(source, flags)
        assert [m.span() for m in built.finditer(text)] == [m.span() for m in fresh.finditer(text)], source


def test_importing_the_package_puts_them_in_res_cache() -> None:
    code = ("import re, extractor, gzip, pickle\n"
            "from extractor import regex_store as r\n"
            "table = r.load()\n"
            "hits = sum((str, s, f) in re._cache for s, f in table)\n"
            "print(len(table), hits)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    stored, cached = map(int, out.stdout.split())
    if stored:
        assert cached == stored
    else:
        assert regex_store._stamp() != pickle.loads(gzip.decompress(regex_store.STORE.read_bytes()))[0]


def test_a_run_finds_its_patterns_stored() -> None:
    """A stale store is no error (a pattern not found is compiled as before), only slower: after
    patterns change, rebuild it with `python -m extractor.regex_store`."""
    table = _stored()
    code = ("from pathlib import Path\n"
            "from extractor.regex_store import compiled_by_a_run\n"
            "for s, f in compiled_by_a_run(sorted(Path('corpus/pages').glob('*.txt'))): print(repr((s, f)))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    compiled = [eval(line) for line in out.stdout.splitlines()]  # noqa: S307 - our own repr of (str, int)
    missing = [k for k in compiled if k not in table]
    assert len(missing) <= len(compiled) // 10, (
        f"{len(missing)} of {len(compiled)} patterns not stored: rebuild with python -m extractor.regex_store")


def test_an_unreadable_store_primes_nothing(tmp_path) -> None:
    bad = tmp_path / "patterns.pickle.gz"
    bad.write_bytes(b"not a store")
    assert regex_store.load(bad) == {}
    assert regex_store.prime(bad) == 0
    assert regex_store.load(tmp_path / "none.pickle.gz") == {}


def test_a_store_of_another_interpreter_is_not_read(tmp_path) -> None:
    other = tmp_path / "patterns.pickle.gz"
    entry = regex_store.entry_of("[一-鿿]+", 0)
    other.write_bytes(gzip.compress(pickle.dumps((("otherpython", (2, 7), 0, 0), {("[一-鿿]+", 0): entry}))))
    assert regex_store.load(other) == {}
