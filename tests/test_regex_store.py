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
        stored = regex_store.built(source, (final, code, groups, groupindex, indexgroup))
        fresh = regex_store.built(source, regex_store.parts(source, flags, regex_store.lead_class))
        # Pattern equality compares the flags, the text and the compiled opcodes
        assert stored == fresh, source
        plain = re.compile(source, flags)
        assert stored.groupindex == plain.groupindex and stored.groups == plain.groups, source


def test_stored_patterns_find_what_fresh_compiles_find() -> None:
    # the class in a stored pattern's info block only skips positions where no match starts
    table = _table()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:3]]
    texts.append("据统计，1997年、1998年分别增长8.8%和9.1%；其中10、11月份为3.2%。    二、（一）")
    for (source, flags), stored_parts in table.items():
        stored, plain = regex_store.built(source, stored_parts), re.compile(source, flags)
        for text in texts:
            assert [m.span() for m in stored.finditer(text)] == [m.span() for m in plain.finditer(text)], source


def test_a_pattern_without_a_first_character_skips_to_its_first_class() -> None:
    source = "(?<![0-9])[0-9]{4}年"  # the compiler finds no first class behind a lookbehind
    own = regex_store.built(source, regex_store.parts(source, 0, regex_store.lead_class))
    assert own != re.compile(source)
    assert [m.group() for m in own.finditer("12345年，1997年和1998年")] == ["1997年", "1998年"]
    # kept as compiled: a first character the compiler found, a pattern that may match nothing,
    # one whose first characters cannot be read (any character), one that ignores case
    for kept, flags in (("年[0-9]+", 0), ("[0-9]*年?", 0), (".[0-9]", 0), ("(?<!a)km", re.IGNORECASE)):
        assert regex_store.built(kept, regex_store.parts(kept, flags, regex_store.lead_class)) \
            == re.compile(kept, flags), kept


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


def test_patterns_a_run_compiles_leave_the_stored_ones_in_the_cache() -> None:
    # re drops its oldest entry for each new pattern once it holds its bound: 400 patterns of a
    # run's own (the stored ones alone are more than re's 512) leave the first stored one in place
    table = _table()
    source, flags = next(iter(table))
    code = ("import re, extractor, re._compiler as c\n"
            "for i in range(400):\n"
            "    re.compile(f'x{i}y')\n"
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


def test_the_rules_gate_searches_are_stored() -> None:
    # compiled as the rules are imported (page_gates.GateIndex), whatever the sample pages ask:
    # one missing would be compiled on the first page that asks for it (milliseconds each)
    from extractor.rules import all_rules
    from extractor.rules.pair_gate import pair_search
    from extractor.rules.word_gate import word_search
    table = _table()
    searches = [pair_search(g) for r in all_rules() for g in r.pairs]
    searches += [word_search(w) for r in all_rules() for w in r.words]
    assert len(searches) > 50
    assert [s.__self__.pattern for s in searches if (s.__self__.pattern, 0) not in table] == []
