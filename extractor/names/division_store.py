"""The gazetteer stored with the package (data/gazetteer.pickle.gz), as regex_store.py stores the
patterns: the division tree and every table build_gazetteer derives from it, written as a few long
strings and small tables, read back at C speed.

Building the gazetteer from its files was a Python step for each of 46,000 units and 44,000 keys
before a run's first page (0.15 CPU s of every run that reads places). The store gives the
same tables; a unit (a Division) is made when a page first looks its name up (a run over 800
articles meets a few thousand), with its parents, and is the same object at every later look-up.
The store holds a digest of the files and of the code that build it: where either has changed
since it was written, or the store is missing, unreadable or written by another interpreter, the
gazetteer is built from the files as before (slower, never wrong). tests/test_division_store.py
holds the stored gazetteer equal to the built one, and the store current.

Rebuild (after changing the division data or divisions.py; a stale store costs time only):
`python -c "from extractor.names.division_store import main; main()"`.
"""
from __future__ import annotations

import gzip
import hashlib
import pickle
import sys
from collections.abc import Mapping
from itertools import count
from pathlib import Path
from typing import Iterator, Optional

from . import divisions
from .divisions import LEVELS, Division, Gazetteer, build_gazetteer, key_heads

STORE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.pickle.gz"
_FORMAT = 1
# the code the stored tables depend on (lexicon.word_list, which reads short_stop.txt, is left
# out: a change there is seen by the test that holds the stored gazetteer equal to the built one)
_CODE = ("names/divisions.py", "names/division_store.py")


def stamp() -> tuple:
    return (sys.implementation.name, tuple(sys.version_info[:2]), _FORMAT)


def digest() -> str:
    """A digest of the files build_gazetteer reads and of the code that builds and stores it."""
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    for name in _CODE:
        h.update((package / name).read_bytes())
    for name in divisions.SOURCES:
        h.update(name.encode() + b"\0" + (package / "data" / "names" / name).read_bytes())
    return h.hexdigest()


class _Units:
    """The units of the store, each made (with its parents) when first asked for, once."""

    def __init__(self, names: list[str], codes: list[str], shorts: list[str], levels: bytes,
                 parents: list[int]) -> None:
        self._names, self._codes, self._shorts = names, codes, shorts
        self._levels, self._parents = levels, parents
        self._made: list[Optional[Division]] = [None] * len(names)

    def unit(self, i: int) -> Division:
        d = self._made[i]
        if d is None:
            p = self._parents[i]
            # "" stands for no code and no short form (build_gazetteer never gives an empty one)
            d = Division(self._names[i], LEVELS[self._levels[i]], self._codes[i] or None,
                         self._shorts[i] or None, self.unit(p) if p >= 0 else None)
            self._made[i] = d
        return d


class _Named(Mapping):
    """name -> its units (a list, the same one at each look-up), made when first asked for."""

    def __init__(self, units: _Units, one: Mapping[str, int], several: dict[str, tuple[int, ...]]) -> None:
        self._units, self._one, self._several = units, one, several
        self._lists: dict[str, list[Division]] = {}

    def get(self, name, default=None):
        found = self._lists.get(name)
        if found is not None:
            return found
        at = self._several.get(name)
        if at is None:
            one = self._one.get(name)
            if one is None:
                return default
            at = (one,)
        found = self._lists[name] = [self._units.unit(i) for i in at]
        return found

    def __getitem__(self, name: str) -> list[Division]:
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._one or name in self._several

    def __iter__(self) -> Iterator[str]:
        yield from self._one
        yield from (name for name in self._several if name not in self._one)

    def __len__(self) -> int:
        return len(self._one) + sum(name not in self._one for name in self._several)


class _Renamed(Mapping):
    """key -> the unit it names now, made when first asked for."""

    def __init__(self, units: _Units, at: dict[str, int]) -> None:
        self._units, self._at = units, at

    def __getitem__(self, key: str) -> Division:
        return self._units.unit(self._at[key])

    def get(self, key, default=None):
        i = self._at.get(key)
        return default if i is None else self._units.unit(i)

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def tables(g: Gazetteer) -> dict:
    """What the store holds of a built gazetteer."""
    units = [d for ds in g.by_name.values() for d in ds]
    index = {id(d): i for i, d in enumerate(units)}
    for d in units:
        if d.code == "" or d.short == "" or "\n" in d.name + (d.code or "") + (d.short or ""):
            raise ValueError(f"{d.name}: an empty code or short form, or a line break, has no place in the store")
    # sets and a dict filled from a set are written in sorted order: the store's bytes must not
    # change with the hash seed (a rebuild with nothing changed gives the same file)
    heads = dict(sorted(key_heads(g).items()))
    sizes = sorted(set(heads.values()))
    size_at = {v: i for i, v in enumerate(sizes)}
    return {
        "names": "\n".join(d.name for d in units),
        "codes": "\n".join(d.code or "" for d in units),
        "shorts": "\n".join(d.short or "" for d in units),
        "levels": bytes(LEVELS.index(d.level) for d in units),
        "parents": [index[id(d.parent)] if d.parent is not None else -1 for d in units],
        "several": {name: tuple(index[id(d)] for d in ds) for name, ds in g.by_name.items() if len(ds) > 1},
        "by_short": {name: tuple(index[id(d)] for d in ds) for name, ds in g.by_short.items()},
        "renamed": {key: index[id(d)] for key, d in g.renamed.items()},
        "customary": sorted(g.customary), "former": sorted(g.former),
        "old_shorts": sorted(g.old_shorts), "countries": g.countries,
        "world_level": g.world_level, "max_len": g.max_len,
        "heads": "\n".join(heads), "head_sizes": [size_at[v] for v in heads.values()], "sizes": sizes,
    }


def from_tables(t: dict) -> Gazetteer:
    names = t["names"].split("\n")
    units = _Units(names, t["codes"].split("\n"), t["shorts"].split("\n"), t["levels"], t["parents"])
    g = Gazetteer()
    g.by_name = _Named(units, dict(zip(names, count())), t["several"])
    g.by_short = _Named(units, {}, t["by_short"])
    g.renamed = _Renamed(units, t["renamed"])
    g.customary, g.former, g.countries = set(t["customary"]), set(t["former"]), t["countries"]
    g.old_shorts = set(t["old_shorts"])
    g.world_level, g.max_len = t["world_level"], t["max_len"]
    g.keys = set(names)
    g.keys.update(t["by_short"], t["renamed"], g.countries)
    sizes = t["sizes"]
    g.heads = dict(zip(t["heads"].split("\n"), map(sizes.__getitem__, t["head_sizes"])))
    return g


def load() -> Optional[Gazetteer]:
    """The stored gazetteer; None where there is no store, an unreadable one, one written by
    another interpreter, or one of other files or code."""
    try:
        written, source, t = pickle.loads(gzip.decompress(STORE.read_bytes()))
    except Exception:  # noqa: BLE001 - no store or an unreadable one: the gazetteer is built
        return None
    if written != stamp() or source != digest():
        return None
    return from_tables(t)


def main() -> None:
    g = build_gazetteer()
    data = pickle.dumps((stamp(), digest(), tables(g)), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {sum(map(len, g.by_name.values())):,} units and {len(g.keys):,} keys to {STORE}")
