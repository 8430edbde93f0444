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
from typing import Iterable, Mapping, Optional

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
class Gazetteer:
    # (read-only mappings where the gazetteer comes from the store: see division_store.py)
    by_name: Mapping[str, list[Division]] = field(default_factory=dict)
    by_short: Mapping[str, list[Division]] = field(default_factory=dict)
    renamed: Mapping[str, Division] = field(default_factory=dict)
    customary: set[str] = field(default_factory=set)  # the renamed keys that are customary names (恩施州)
    former: set[str] = field(default_factory=set)  # the renamed keys that are a former level's name (延庆县)
    # the short keys that are a renamed unit's former short form (襄樊 of 襄樊市, now 襄阳市)
    old_shorts: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)  # name or full name -> short name
    # name -> country / foreign_city / region / feature (a sea, river or mountain: geography.tsv)
    world_level: dict[str, str] = field(default_factory=dict)
    max_len: int = 0
    keys: set[str] = field(default_factory=set)  # every name the scan looks for
    # the lengths of the keys that begin with a CJK character, by their first two characters,
    # longest first (see key_heads)
    heads: Optional[dict[str, tuple[int, ...]]] = None

    def full(self, name: str) -> list[Division]:
        return self.by_name.get(name, [])

    def short(self, name: str) -> list[Division]:
        return self.by_short.get(name, [])


def _data(name: str):
    return resources.files("extractor.data").joinpath("names", name)


# every file build_gazetteer reads (under data/names, and short_stop.txt through word_list): the
# store (division_store.py) is good for the gazetteer these files and this module's code build
SOURCES = ("divisions.tsv.gz", "renames.tsv", "renames_1990s.tsv", "world_plain_countries.txt",
           "world.tsv", "regions.txt", "geography.tsv", "short_stop.txt")


# the ends of autonomous units' names (and of the special administrative regions', 香港特区) and the
# level word their customary names end with
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_PREFECTURE_AREA = "地区"
# a unit's level word now and the level words it had before (a district was a county or a
# county-level city; a city was a county)
_FORMER_LEVELS = {"区": ("县", "市"), "市": ("县",)}
# the level words of a renamed unit whose stem is its short form, as the data gives a short form to
# prefectures and county-level units (a district's former name, 城区, 南郊区, 红星区, is mostly a word
# of position or a common word, and none of the data's 1990s units is known by it)
_OLD_SHORT_ENDS = ("地区", "盟", "市", "县")
_AUTONOMOUS_ENDS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("特别行政区", "特区"))


def _add(table: dict[str, list[Division]], key: str, d: Division) -> None:
    table.setdefault(key, []).append(d)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The division tree, names and short forms, renamed units and countries: from the store
    where it was written from the files and code there are now (a tenth of the load's time, and
    a unit made only when a page names it), else built from the files."""
    from .division_store import load
    stored = load()
    return stored if stored is not None else build_gazetteer()


def key_heads(g: Gazetteer) -> dict[str, tuple[int, ...]]:
    """The lengths of the gazetteer's keys by their first two characters, longest first, for
    keys that begin with a CJK character (the places' scan starts a key at no other)."""
    if g.heads is None:
        # once per process over 41,000 keys: a comparison of the first character, not a regex.
        # A head's lengths are gathered as the bits of an int, not in a set per head (25,000
        # sets were 0.05 s of every run that reads places); the few distinct masks are read back
        # once each
        masks: dict[str, int] = {}
        known = masks.get
        for k in g.keys:
            if len(k) >= 2 and "\u4e00" <= k[0] <= "\u9fff":
                head = k[:2]
                masks[head] = known(head, 0) | 1 << len(k)
        lengths = {m: tuple(n for n in range(m.bit_length() - 1, 1, -1) if m >> n & 1) for m in set(masks.values())}
        g.heads = {head: lengths[m] for head, m in masks.items()}
    return g.heads


def build_gazetteer() -> Gazetteer:
    """The gazetteer built from the files in data/names (what the store holds)."""
    g = Gazetteer()
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
        if short is None and depth == 1 and parts[0].endswith(_PREFECTURE_AREA):
            # 阿里 for 阿里地区: the data gives a prefecture named 地区 no short form, though news
            # names it by its stem as it names 那曲, 日喀则 (place_candidates.keep_short wants its context)
            short_key = parts[0][:-len(_PREFECTURE_AREA)]
            if len(short_key) >= 2:
                by_short.setdefault(short_key, []).append(d)
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
    renamed_now: list[tuple[str, Division]] = []
    for line in renames:
        old, *new = line.split("\t")
        target = _follow(g, new) or _follow_short(g, old, new)
        if target is not None and old not in g.by_name:
            g.renamed[old] = target
            renamed_now.append((old, target))
    # an autonomous unit's customary name, its short form with its level word (恩施州 for 恩施土家族苗族
    # 自治州, 长阳县 for 长阳土家族自治县), is how news names it; read as a renamed unit is, by the name
    # written
    # (only the units whose name ends as an autonomous one's does: a loop over every end of all
    # 46,000 units was a sixth of the load)
    full_ends = tuple(full_end for full_end, _ in _AUTONOMOUS_ENDS)
    for ds in list(by_name.values()):
        for d in ds:
            if not d.name.endswith(full_ends):
                continue
            for full_end, end in _AUTONOMOUS_ENDS:
                key = (d.short or "") + end
                if d.short and d.name.endswith(full_end) and not d.short.endswith(end) \
                        and _HAN.fullmatch(d.short) and not _known_name(g, key):
                    g.renamed[key] = d
                    g.customary.add(key)
    _add_former_levels(g)
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
    # (last: every other name, a sea's 南海, another renamed unit's 万县, comes first)
    for old, target in renamed_now:
        _add_old_short(g, old, target)
    g.keys = set(g.by_name)  # (one set grown, not four made and joined: half the time)
    g.keys.update(g.by_short, g.renamed, g.countries)
    g.max_len = max(map(len, g.keys))  # the longest name: place_scope's reading of names inside orgs
    return g


def _add_former_levels(g: Gazetteer) -> None:
    """延庆县, 中卫县, 榆次市: a city or district made from a county (or a district from a county-level
    city) since the texts were written is named there by its short form and its former level word.
    The change lists name some; this names them all, from the units' own level word."""
    for ds in list(g.by_name.values()):
        for d in ds:
            if d.level not in ("city", "county") or not d.short or len(d.short) < 2 \
                    or not _HAN.fullmatch(d.short) or d.name[-1] not in _FORMER_LEVELS:
                continue
            for end in _FORMER_LEVELS[d.name[-1]]:
                key = d.short + end
                if not _known_name(g, key):
                    g.renamed[key] = d
                    g.former.add(key)


def _add_old_short(g: Gazetteer, old: str, target: Division) -> None:
    """襄樊 for 襄樊市 (now 襄阳市): a renamed unit's short form, its name less its level word, is read
    as a current one's (places.py and place_candidates.py apply the same checks), unless it is
    another unit's name or short form, a country's, or a word (short_stop.txt)."""
    end = next((e for e in _OLD_SHORT_ENDS if old.endswith(e)), None)
    stem = old[:-len(end)] if end else ""
    # (达县 of 达县市 still ends in a level word: a name of its own, no short form)
    if len(stem) < 2 or not _HAN.fullmatch(stem) or stem.endswith(_OLD_SHORT_ENDS) or _known_name(g, stem) \
            or stem in word_list("names/short_stop.txt"):
        return
    g.by_short[stem] = [target]  # type: ignore[index]  (built here, before the store is read)
    g.old_shorts.add(stem)


def _known_name(g: Gazetteer, name: str) -> bool:
    """The division data and the country list come first: 长江 is never read over a unit so named."""
    return name in g.by_name or name in g.by_short or name in g.renamed or name in g.countries


def _follow(g: Gazetteer, path: list[str]) -> Optional[Division]:
    """The unit at the end of a name path (湖南省 株洲市 渌口区)."""
    for d in g.by_name.get(path[-1], []):
        ancestors = {a.name for a in d.chain()}
        if all(p in ancestors for p in path[:-1] if p != d.name):
            return d
    return None


def _follow_short(g: Gazetteer, old: str, path: list[str]) -> Optional[Division]:
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
