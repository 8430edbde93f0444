"""The rules' patterns stored with the package (rules/compiled.py) are what compiling them gives."""
from __future__ import annotations

import gzip
import pickle
import re

import pytest

from extractor.rules import all_rules
from extractor.rules import compiled


def test_every_rule_is_stored_and_current() -> None:
    stamp, _ = pickle.loads(gzip.decompress(compiled.STORE.read_bytes()))
    if stamp != compiled._stamp():
        pytest.skip(f"data/rules.pickle.gz was written by {stamp}: this interpreter compiles the rules")
    stored = compiled._stored()
    missing = [r.name for r in all_rules() if r.pattern.pattern not in stored]
    # a stale store is no error at run time (those rules are compiled as before), only slower
    assert missing == [], ("rules changed since data/rules.pickle.gz was built: rebuild it with "
                           "python -c 'from extractor.rules.compiled import main; main()'")


def test_stored_patterns_equal_fresh_compiles() -> None:
    for r in all_rules():
        fresh = re.compile(r.pattern.pattern)
        # Pattern equality compares the flags, the text and the compiled opcodes
        assert r.pattern == fresh, r.name
        assert r.pattern.groupindex == fresh.groupindex and r.pattern.groups == fresh.groups, r.name


def test_stored_gates_equal_fresh_gates() -> None:
    for r in all_rules():
        _, found = compiled.fresh(r.pattern.pattern)
        assert (r.gates, r.words) == found, r.name


def test_a_pattern_not_stored_is_compiled() -> None:
    pattern, (chars, words) = compiled.compile_rule("(?:[0-9]+)%")
    assert pattern == re.compile("(?:[0-9]+)%") and pattern.search("增长12%").group() == "12%"
    assert chars == (frozenset("%"),)


def test_a_stored_pattern_matches_like_a_fresh_one() -> None:
    text = "全年新增就业1.2万人，增长3.5%，投资240亿元。"
    for r in all_rules():
        fresh = re.compile(r.pattern.pattern)
        assert [m.span() for m in r.pattern.finditer(text)] == [m.span() for m in fresh.finditer(text)], r.name
