"""The rules' stored compiled patterns (extractor/rules/compiled.py) are exactly what re.compile
and rules/gate.py make of them, and a missing, damaged or foreign store only costs time."""
from __future__ import annotations

import marshal
import re

import pytest

from extractor.rules import all_rules, compiled
from extractor.rules.gate import gate


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """The store in a folder of its own, read again from there by the next compile."""
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "extractor"))
    monkeypatch.setattr(compiled, "_loaded", None)
    monkeypatch.setattr(compiled, "_used", {})
    monkeypatch.setattr(compiled, "_missed", False)
    return tmp_path


def _same(pattern: str) -> None:
    got, gates = compiled.compile_rule(pattern)
    want = re.compile(pattern)
    assert got == want  # a Pattern equals another of the same text, flags and engine code
    assert got.groupindex == want.groupindex and got.groups == want.groups
    assert gates == gate(want)


def test_every_rule_is_what_re_compile_makes_of_it() -> None:
    for rule in all_rules():
        assert rule.pattern == re.compile(rule.pattern.pattern), rule.name
        assert rule.gates == gate(re.compile(rule.pattern.pattern)), rule.name


def test_stored_then_read_back_by_the_next_process(fresh_store) -> None:
    pattern = r"(?P<pre>约|近)?\d+(?:\.\d+)?(?P<unit>元|美元)"
    _same(pattern)
    compiled.save()
    files = list((fresh_store / "extractor").glob("rules.*.marshal"))
    assert len(files) == 1 and pattern in marshal.loads(files[0].read_bytes()[20:])
    compiled._loaded = None  # as a new process finds it
    compiled._used = {}
    _same(pattern)
    assert not compiled._missed
    m = compiled.compile_rule(pattern)[0].search("收入约12.5美元")
    assert m and (m.group("pre"), m.group("unit")) == ("约", "美元")


def test_a_damaged_store_is_a_miss(fresh_store) -> None:
    pattern = r"\d+(?:%|‰)(?:以上)?"
    _same(pattern)
    compiled.save()
    path = next((fresh_store / "extractor").glob("rules.*.marshal"))
    path.write_bytes(b"\x00not marshal")
    compiled._loaded = None
    _same(pattern)
    assert compiled._missed


def test_code_the_engine_rejects_is_compiled_afresh(fresh_store) -> None:
    pattern = r"百分之\d+"
    flags, code, groups, groupindex, indexgroup, gates = compiled._entry(pattern)
    compiled._loaded = {pattern: (flags, b"\xff" * len(code), groups, groupindex, indexgroup, gates)}
    _same(pattern)
    assert compiled._missed


def test_a_store_whose_digest_fails_is_a_miss(fresh_store) -> None:
    """A damaged code the engine would still run (all FAILURE words) is never read."""
    pattern = r"\d+(?:万)?(?:个)+"
    _same(pattern)
    compiled.save()
    path = next((fresh_store / "extractor").glob("rules.*.marshal"))
    flags, code, groups, groupindex, indexgroup, gates = compiled._entry(pattern)
    path.write_bytes(path.read_bytes()[:20] + marshal.dumps(
        {pattern: (flags, bytes(len(code)), groups, groupindex, indexgroup, gates)}))
    _same(pattern)
    assert compiled._missed


def test_an_unwritable_cache_folder_is_no_error(fresh_store, monkeypatch) -> None:
    (fresh_store / "extractor").write_text("a file where the folder would be", encoding="utf-8")
    _same(r"\d+个")
    compiled.save()  # no exception: the next process compiles again
