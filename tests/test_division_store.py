"""The gazetteer stored with the package (names/division_store.py) is the one the data files give."""
from __future__ import annotations

import gzip
import pickle

from extractor.names import division_store
from extractor.names.divisions import Gazetteer, gazetteer, tables

REBUILD = "rebuild it with python -m extractor.names.division_store"


def test_the_store_is_current_and_equal_to_a_gazetteer_built_from_the_files() -> None:
    stored = division_store.stored()
    assert stored is not None, f"data/gazetteer.pickle.gz is missing or older than the data files: {REBUILD}"
    built = Gazetteer.of(tables())
    assert division_store._parts(stored) == division_store._parts(built), f"the store is stale: {REBUILD}"
    assert stored.keys == built.keys and stored.max_len == built.max_len


def test_units_are_made_once_with_their_parents() -> None:
    g = gazetteer()
    (wuling,) = g.full("武陵区")
    assert g.full("武陵区")[0] is wuling
    changde = wuling.parent
    assert changde.name == "常德市" and g.full("常德市")[0] is changde
    assert [a.name for a in wuling.chain()] == ["常德市", "湖南省"]
    assert g.short("常德")[0] is changde
    assert g.renamed["株洲县"] is g.renamed["株洲县"] and "株洲县" in g.renamed and "长沙市" not in g.renamed
    assert g.full("没有这个地方") == [] and g.short("没有") == []


def test_stored_and_built_units_read_the_same() -> None:
    stored, built = division_store.stored(), Gazetteer.of(tables())
    for name in ("良田镇", "城关镇", "鼎城区", "朝阳区", "吉林"):
        for a, b in zip(stored.full(name) + stored.short(name), built.full(name) + built.short(name), strict=True):
            assert (a.name, a.level, a.code, a.short, [p.name for p in a.chain()]) == \
                (b.name, b.level, b.code, b.short, [p.name for p in b.chain()])


def test_a_store_of_other_data_files_is_not_read(tmp_path) -> None:
    g = division_store.stored()
    old = tmp_path / "gazetteer.pickle.gz"
    old.write_bytes(gzip.compress(pickle.dumps(((division_store.FORMAT, "0" * 32), division_store._parts(g)))))
    assert division_store.stored(old) is None
    bad = tmp_path / "bad.pickle.gz"
    bad.write_bytes(b"not a store")
    assert division_store.stored(bad) is None
    assert division_store.stored(tmp_path / "none.pickle.gz") is None


def test_a_gazetteer_built_from_the_files_hands_out_the_units_it_built() -> None:
    t = tables()
    g = Gazetteer.of(t)
    assert all(g.renamed[k] is d for k, d in t.renamed.items())
    assert all(a is b for k, ds in t.by_name.items() for a, b in zip(g.full(k), ds, strict=True))
