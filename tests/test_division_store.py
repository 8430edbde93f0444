"""The gazetteer stored with the package (extractor/names/division_store.py) is the one the files
build, its units made once each, and a store of other files is never read."""
from __future__ import annotations

import gzip
import pickle

import pytest

from extractor.names import division_store, divisions
from extractor.names.divisions import build_gazetteer, key_heads


@pytest.fixture(scope="module")
def built():
    g = build_gazetteer()
    key_heads(g)
    return g


@pytest.fixture()
def stored():
    g = division_store.load()
    if g is None:
        written = pickle.loads(gzip.decompress(division_store.STORE.read_bytes()))[0]
        if written != division_store.stamp():
            pytest.skip(f"data/gazetteer.pickle.gz was written by {written}: this interpreter builds the gazetteer")
        pytest.fail("data/gazetteer.pickle.gz is stale: python -c \"from extractor.names.division_store import main; main()\"")
    return g


def _unit(d) -> tuple:
    return (d.name, d.level, d.code, d.short, [(a.name, a.level, a.code) for a in d.chain()])


def test_the_store_is_the_built_gazetteer(built, stored) -> None:
    assert set(stored.by_name) == set(built.by_name)
    for name, units in built.by_name.items():
        assert [_unit(d) for d in stored.full(name)] == [_unit(d) for d in units], name
    assert set(stored.by_short) == set(built.by_short)
    for name, units in built.by_short.items():
        assert [_unit(d) for d in stored.short(name)] == [_unit(d) for d in units], name
    assert dict(stored.renamed.items()).keys() == built.renamed.keys()
    assert all(_unit(stored.renamed[k]) == _unit(d) for k, d in built.renamed.items())
    assert (stored.customary, stored.former) == (built.customary, built.former)
    assert (stored.countries, stored.world_level) == (built.countries, built.world_level)
    assert (stored.keys, stored.max_len) == (built.keys, built.max_len)
    assert stored.heads == built.heads
    assert stored.full("没有这个地方") == [] and stored.renamed.get("没有这个地方") is None


def test_a_stored_unit_is_made_once(stored) -> None:
    (wuling,) = stored.full("武陵区")
    assert stored.full("武陵区")[0] is wuling and stored.full("武陵区") is stored.full("武陵区")
    assert wuling.parent is stored.full("常德市")[0]
    assert any(d is wuling.parent for d in stored.short("常德"))


def test_a_store_of_other_files_or_another_interpreter_is_not_read(tmp_path, monkeypatch) -> None:
    data = pickle.loads(gzip.decompress(division_store.STORE.read_bytes()))
    for bad in [b"not a store", gzip.compress(pickle.dumps((data[0], "another digest", data[2]))),
                gzip.compress(pickle.dumps((("other", (2, 7), 1), data[1], data[2])))]:
        path = tmp_path / "gazetteer.pickle.gz"
        path.write_bytes(bad)
        monkeypatch.setattr(division_store, "STORE", path)
        assert division_store.load() is None


def test_the_digest_covers_every_file_the_build_reads(monkeypatch) -> None:
    read = []
    real_data, real_list = divisions._data, divisions.word_list
    monkeypatch.setattr(divisions, "_data", lambda name: read.append(name) or real_data(name))
    monkeypatch.setattr(divisions, "word_list", lambda name: read.append(name.split("/")[-1]) or real_list(name))
    build_gazetteer()
    assert set(read) == set(divisions.SOURCES)


def test_the_store_is_the_same_whatever_the_hash_seed() -> None:
    # a rebuild with nothing changed must write the same bytes: sets pickle in hash-seed order
    import os
    import subprocess
    import sys
    code = ("import hashlib, pickle; from extractor.names.division_store import tables; "
            "from extractor.names.divisions import build_gazetteer; "
            "print(hashlib.sha1(pickle.dumps(tables(build_gazetteer()), protocol=pickle.HIGHEST_PROTOCOL)).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1
