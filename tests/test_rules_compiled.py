"""The rules' patterns stored with the package (rules/compiled.py) are what compiling them gives."""
from __future__ import annotations

import gzip
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

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
        fresh = compiled.built(r.pattern.pattern, compiled.fresh(r.pattern.pattern)[0])
        # Pattern equality compares the flags, the text and the compiled opcodes
        assert r.pattern == fresh, r.name
        plain = re.compile(r.pattern.pattern)
        assert r.pattern.groupindex == plain.groupindex and r.pattern.groups == plain.groups, r.name


def test_a_rule_skips_to_its_first_characters() -> None:
    # the info block holds the class of the rule's opening lookahead, narrowed by the rest: a
    # search skips the other positions; the code after it is the compiler's own
    p = compiled._parser.parse("(?=[0-9年])(?:年[0-9]+|[0-9]+%)", 0)
    assert compiled._first_class(p) == {"年", *"0123456789"}
    p = compiled._parser.parse("(?=[0-9年])(?:[0-9]+%)", 0)
    assert compiled._first_class(p) == set("0123456789")
    assert compiled._first_class(compiled._parser.parse("(?:[0-9]+)%", 0)) is None
    source = "(?=[0-9年])(?:[0-9]+%)"
    own = compiled.built(source, compiled._parts(source))
    assert own != re.compile(source) and own.search("增长12%、年3%").group() == "12%"


def test_stored_gates_equal_fresh_gates() -> None:
    for r in all_rules():
        _, found = compiled.fresh(r.pattern.pattern)
        assert (r.gates, r.words, r.pairs) == found, r.name


def test_a_pattern_not_stored_is_compiled() -> None:
    pattern, (chars, words, pairs) = compiled.compile_rule("(?:[0-9]+)%")
    assert pattern == re.compile("(?:[0-9]+)%") and pattern.search("增长12%").group() == "12%"
    assert chars == (frozenset("%"),)


def test_a_stored_pattern_matches_like_a_fresh_one() -> None:
    text = ("全年新增就业1.2万人，增长3.5%，投资240亿元。1997年12月31日至1998年1月5日，近两千名职工"
            "领到近百万元，占三成多；一九九七年粮食产量4900亿公斤，约合每亩300多斤，历时半个月。")
    for r in all_rules():
        fresh = re.compile(r.pattern.pattern)
        assert [m.span() for m in r.pattern.finditer(text)] == [m.span() for m in fresh.finditer(text)], r.name


def test_an_unreadable_store_compiles_every_rule(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "rules.pickle.gz"
    bad.write_bytes(b"not a store")
    monkeypatch.setattr(compiled, "STORE", bad)
    compiled.release()
    try:
        r = all_rules()[0]
        pattern, found = compiled.compile_rule(r.pattern.pattern)
        assert compiled._stored() == {}
        assert pattern == r.pattern and found == (r.gates, r.words, r.pairs)
    finally:
        compiled.release()


def test_the_store_is_released_once_the_rules_are_built() -> None:
    # in a fresh process: this one's tests may have read the store again
    code = "import extractor.rules; from extractor.rules import compiled; print(compiled._stored.cache_info().currsize)"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "0"


def test_the_store_is_the_same_whatever_the_hash_seed() -> None:
    # a rebuild with nothing changed must write the same bytes: sets pickle in hash-seed order
    code = ("import hashlib, pickle; from extractor.rules.compiled import build; "
            "print(hashlib.sha1(pickle.dumps(build(), protocol=pickle.HIGHEST_PROTOCOL)).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1
