"""China's administrative divisions (see data/names/DATA-SOURCES.md), loaded once, lazily.

Each unit knows its level, 6-digit code (county level and above), short form and parent.
A name may belong to several units (鼎城区 is unique, 良田镇 is not); `resolve` picks the unit
whose ancestors the page also names.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from ..lexicon import word_list

LEVELS = ("province", "city", "county", "town")


@dataclass(eq=False, slots=True)  # 46,000 made before a run's first page: slots make each faster
class Division:
    name: str
    level: str
    code: Optional[str] = None
    short: Optional[str] = None
    parent: Optional["Division"] = None

    def chain(self) -> list["Division"]:
        """Parents from the nearest up to the province."""
        out, p = [], self.parent
        while p is not None:
            out.append(p)
            p = p.parent
        return out

    def names(self) -> set[str]:
        return {self.name} | ({self.short} if self.short else set())


@dataclass
class _Tables:
    """The gazetteer as built from the data files, each unit a Division (see Gazetteer)."""
    by_name: dict[str, list[Division]] = field(default_factory=dict)
    by_short: dict[str, list[Division]] = field(default_factory=dict)
    renamed: dict[str, Division] = field(default_factory=dict)
    customary: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)
    world_level: dict[str, str] = field(default_factory=dict)


# a unit as stored: (name, index of its level in LEVELS, code, short form, index of its parent or -1)
Rows = tuple[list[str], bytes, list[Optional[str]], list[Optional[str]], list[int]]


class Gazetteer:
    """The division tree's names and short forms, renamed units and countries. The units are
    kept as rows and made into Divisions when a name of theirs is looked up (each once: the same
    object every time): a page names a few hundred of the 46,000, and making all of them was
    half the gazetteer's load, before the first page of every run."""

    def __init__(self, rows: Rows, by_name: dict[str, tuple[int, ...]], by_short: dict[str, tuple[int, ...]],
                 renamed: dict[str, int], customary: set[str], countries: dict[str, str],
                 world_level: dict[str, str], heads: Optional[dict[str, tuple[int, ...]]] = None,
                 made: Optional[list[Division]] = None) -> None:
        self.rows = rows
        # made: the units as Divisions already, one a row (a gazetteer built from the data files)
        self._made: list[Optional[Division]] = list(made) if made is not None else [None] * len(rows[0])
        self._full: dict[str, list[Division]] = {}  # each name's units, as first looked up
        self._short: dict[str, list[Division]] = {}
        self.by_name_rows, self.by_short_rows, self.renamed_rows = by_name, by_short, renamed
        # (a plain dict, made now: a few hundred units, looked up by the scan at every key it tries)
        self.renamed: dict[str, Division] = {k: self.division(i) for k, i in renamed.items()}
        self.customary = customary  # the renamed keys that are customary names (恩施州)
        self.countries = countries  # name or full name -> short name
        # name -> country / foreign_city / region / feature (a sea, river or mountain: geography.tsv)
        self.world_level = world_level
        self.keys: set[str] = set(by_name) | set(by_short) | set(renamed) | set(countries)  # every name the scan looks for
        self.max_len = max(map(len, self.keys))  # the longest name: place_scope's reading of names inside orgs
        self._heads = heads

    def heads(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the keys by their first two characters, longest first, for keys that
        begin with a CJK character (the scan of places starts a key at no other)."""
        if self._heads is None:
            # once per process over 41,000 keys (where the store does not hold it): a comparison of
            # the first character, not a regex. A head's lengths are gathered as the bits of an
            # int, not in a set per head (25,000 sets were 0.05 s); the few distinct masks are read
            # back once each
            masks: dict[str, int] = {}
            known = masks.get
            for k in self.keys:
                if len(k) >= 2 and "\u4e00" <= k[0] <= "\u9fff":
                    head = k[:2]
                    masks[head] = known(head, 0) | 1 << len(k)
            lengths = {m: tuple(n for n in range(m.bit_length() - 1, 1, -1) if m >> n & 1) for m in set(masks.values())}
            self._heads = {head: lengths[m] for head, m in masks.items()}
        return self._heads

    def division(self, i: int) -> Division:
        d = self._made[i]
        if d is None:
            names, levels, codes, shorts, parents = self.rows
            parent = self.division(parents[i]) if parents[i] >= 0 else None
            d = self._made[i] = Division(names[i], LEVELS[levels[i]], codes[i], shorts[i], parent)
        return d

    def full(self, name: str) -> list[Division]:
        found = self._full.get(name)
        if found is None:
            rows = self.by_name_rows.get(name)
            if rows is None:
                return []
            found = self._full[name] = [self.division(i) for i in rows]
        return found

    def short(self, name: str) -> list[Division]:
        found = self._short.get(name)
        if found is None:
            rows = self.by_short_rows.get(name)
            if rows is None:
                return []
            found = self._short[name] = [self.division(i) for i in rows]
        return found

    @classmethod
    def of(cls, t: _Tables) -> "Gazetteer":
        """The gazetteer of tables built from the data files: the units in the order they were
        made (a parent before its children), the names' lists in their order."""
        order: dict[int, int] = {}
        units: list[Division] = []
        for ds in (*t.by_name.values(), *t.by_short.values(), t.renamed.values()):
            for d in ds:
                chain = [d, *d.chain()]
                for a in reversed(chain):
                    if id(a) not in order:
                        order[id(a)] = len(units)
                        units.append(a)
        rows = ([d.name for d in units], bytes(LEVELS.index(d.level) for d in units), [d.code for d in units],
                [d.short for d in units], [order[id(d.parent)] if d.parent is not None else -1 for d in units])
        return cls(rows, {k: tuple(order[id(d)] for d in ds) for k, ds in t.by_name.items()},
                   {k: tuple(order[id(d)] for d in ds) for k, ds in t.by_short.items()},
                   {k: order[id(d)] for k, d in t.renamed.items()}, set(t.customary), dict(t.countries),
                   dict(t.world_level), made=units)  # the units already made are the ones handed out


def _data(name: str):
    return resources.files("extractor.data").joinpath("names", name)


# the ends of autonomous units' names and the level word their customary names end with
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_AUTONOMOUS_ENDS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


def _add(table: dict[str, list[Division]], key: str, d: Division) -> None:
    table.setdefault(key, []).append(d)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The division tree, names and short forms, renamed units and countries: as stored at build
    time (division_store.py) where the store was built from the data files as they are, else
    built from them."""
    from .division_store import stored
    return stored() or Gazetteer.of(tables())


def tables() -> _Tables:
    """The gazetteer's tables built from the data files (names/*.tsv, *.txt)."""
    g = _Tables()
    stack: list[Division] = []
    by_name, by_short = g.by_name, g.by_short
    # the file read and split whole, and the loop kept to the few steps each unit needs: it runs
    # once per process over 46,000 units, before the first page of every run
    text = gzip.decompress(_data("divisions.tsv.gz").read_bytes()).decode("utf-8")
    for line in text.split("\n"):
        rest = line.lstrip("\t")
        depth = len(line) - len(rest)
        parts = rest.rstrip().split("\t")
        if not parts[0] or depth > 3:
            continue
        del stack[depth:]
        parent = stack[-1] if stack else None
        code = parts[1] if len(parts) > 1 else None
        short = parts[2] if len(parts) > 2 and parts[2] != parts[0] else None
        if depth == 1 and parent is not None and parent.name == parts[0]:
            # 上海市 under 上海市: a municipality is its own prefecture; keep one unit
            stack.append(parent)
            continue
        d = Division(parts[0], LEVELS[depth], code, short, parent)
        stack.append(d)
        found = by_name.get(d.name)
        if found is None:
            by_name[d.name] = [d]
        else:
            found.append(d)
        if short and len(short) >= 2:
            found = by_short.get(short)
            if found is None:
                by_short[short] = [d]
            else:
                found.append(d)
    # the change list from 2010 on, then the units of the 1990s since renamed or merged (淮阴市,
    # 邯郸县, 吕梁地区), which texts of those years name
    renames = _data("renames.tsv").read_text(encoding="utf-8").splitlines() \
        + _data("renames_1990s.tsv").read_text(encoding="utf-8").splitlines()
    for line in renames:
        old, *new = line.split("\t")
        target = _follow(g, new) or _follow_short(g, old, new)
        if target is not None and old not in g.by_name:
            g.renamed[old] = target
    # an autonomous unit's customary name, its short form with its level word (恩施州 for 恩施土家族苗族
    # 自治州, 长阳县 for 长阳土家族自治县), is how news names it; read as a renamed unit is, by the name
    # written
    for ds in list(by_name.values()):
        for d in ds:
            for full_end, end in _AUTONOMOUS_ENDS:
                key = (d.short or "") + end
                if d.short and d.name.endswith(full_end) and not d.short.endswith(end) \
                        and _HAN.fullmatch(d.short) and not _known_name(g, key):
                    g.renamed[key] = d
                    g.customary.add(key)
    plain = {w for w in _data("world_plain_countries.txt").read_text(encoding="utf-8").splitlines()
             if w and not w.startswith("#")}
    for line in _data("world.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] in g.by_name or parts[0] in g.by_short:
            continue  # the division data first: 北京, 武汉 are China's own units, never countries
        level = "country" if parts[0] != parts[1] or parts[0] in plain else "foreign_city"
        for name in parts:
            g.countries[name] = parts[0]
            g.world_level[name] = level
    for line in _data("regions.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            g.countries[line.strip()] = line.strip()
            g.world_level[line.strip()] = "region"
    stop = set(word_list("names/short_stop.txt"))
    for line in _data("geography.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        # a division's short form that is mostly a word (黄山: short_stop.txt) is the feature
        if len(parts) == 2 and not line.startswith("#") and (not _known_name(g, parts[0]) or parts[0] in stop):
            g.countries[parts[0]] = parts[0]
            g.world_level[parts[0]] = parts[1]
    return g


def _known_name(g: _Tables, name: str) -> bool:
    """The division data and the country list come first: 长江 is never read over a unit so named."""
    return name in g.by_name or name in g.by_short or name in g.renamed or name in g.countries


def _follow(g: _Tables, path: list[str]) -> Optional[Division]:
    """The unit at the end of a name path (湖南省 株洲市 渌口区)."""
    for d in g.by_name.get(path[-1], []):
        ancestors = {a.name for a in d.chain()}
        if all(p in ancestors for p in path[:-1] if p != d.name):
            return d
    return None


def _follow_short(g: _Tables, old: str, path: list[str]) -> Optional[Division]:
    """玉环县 became 玉环市 (the change list says 玉环区): the unit of the same short form under
    the same parent."""
    for size in (len(old) - 1, len(old) - 2):
        for d in g.by_short.get(old[:size], []):
            if path[-2:-1] and path[-2] in {a.name for a in d.chain()}:
                return d
    return None


def closeness(context: Iterable[Division], weight: int = 1) -> dict[int, int]:
    """How often each unit (by id) is named or has a descendant named in the context."""
    near: dict[int, int] = {}
    for c in context:
        for a in [c] + c.chain():
            near[id(a)] = near.get(id(a), 0) + weight
    return near


def resolve(candidates: list[Division], context: Iterable[Division] = (),
            near: Optional[dict[int, int]] = None) -> Optional[Division]:
    """The candidate that shares the most ancestors with the page's other places; higher levels
    win ties (湖南 the province rather than some 湖南村)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    if near is None:
        near = closeness(context)

    def score(d: Division) -> tuple[int, int]:
        # the candidate itself counts when the page names it (南昌 with 南昌市 written: the city,
        # not 南昌县 under it)
        shared = sum(near.get(id(a), 0) * (2 if a.level in ("county", "city") else 1) for a in [d] + d.chain())
        return shared, -LEVELS.index(d.level)

    return max(candidates, key=score)
