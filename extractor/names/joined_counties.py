"""County short names joined in one area's name (张北—尚义地区, 香河、永清二县, 聂荣和安多两县, 张北、尚义县):
each member is its county. A county's short form alone stands only where the page names its prefecture or
the county itself (place_candidates.keep_short), so a quake story that writes only 张北—尚义地区 had no place
at all; but two or more county short names of one prefecture (or one province), joined and closed by an
area's word or a count of counties, confirm one another: a common word (东方, 合作) does not pair with a
neighbouring county's name and then get called an area. Members that fit several units (鼓楼, 城关) are
read as the units that lie together. The words live in data/names/joined_counties.toml; place_candidates.py
keeps the members found here, and what follows reads them as any other place (the scope's main place,
the names)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from ..lexicon import table
from .divisions import Division

if TYPE_CHECKING:  # (places.py's Mention: a run-time import would be circular through place_candidates)
    from .place_mention import Mention

_COUNTY = "county"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...], tuple[tuple[str, int], ...]]:
    t = table("names/joined_counties.toml")
    return (frozenset(t["joins"]), tuple(sorted(t["closers"], key=len, reverse=True)), frozenset(t["count_numerals"]),
            tuple(t["count_levels"]), tuple((level, int(digits)) for level, digits in t["shared_levels"]))


def _counties(m: "Mention") -> list[Division]:
    return [d for d in m.options if d.level == _COUNTY and d.code]


def _closed_inside(m: "Mention") -> bool:
    """A short form the finder read with an area's word on it (尚义地区): the name closes there."""
    closers = _words()[1]
    return m.kind == "short" and any(m.name.endswith(c) and m.name[:-len(c)] in {d.short for d in _counties(m)}
                                     for c in closers)


def _closed_after(text: str, end: int) -> bool:
    """An area's word (…地区, …一带) or a count of counties (…两县, …三县市, …４县) right after the last member."""
    _, closers, numerals, levels, _ = _words()
    if text.startswith(closers, end):
        return True
    at = end
    while at < len(text) and text[at] in numerals:
        at += 1
    return at > end and text.startswith(levels, at)


def _shared(run: list["Mention"]) -> Optional[list[Division]]:
    """One county unit a member, all lying in one prefecture (or else one province): the prefecture the
    finder's own reading of the first member lies in where several would do."""
    for _, digits in _words()[4]:
        keys = None
        for m in run:
            own = {d.code[:digits] for d in _counties(m)}
            keys = own if keys is None else keys & own
        if not keys:
            continue
        first = run[0].division
        key = first.code[:digits] if first is not None and first.code and first.code[:digits] in keys else min(keys)
        return [next(d for d in _counties(m) if d.code[:digits] == key) for m in run]
    return None


def joined_counties(text: str, mentions: list["Mention"]) -> set[int]:
    """The ids of the mentions that are members of a joined county name, each set to its county (level and
    parents too): two or more county mentions, all short forms but the last (which may be written in full:
    张北、尚义县), with only a join between them, closed by an area's word or a count of counties."""
    joins = _words()[0]
    out: set[int] = set()
    run: list["Mention"] = []
    for i, m in enumerate(mentions):
        if not _counties(m) or m.kind not in ("short", "full", "renamed"):
            run = []
            continue
        joined = bool(run) and run[-1].kind == "short" and not _closed_inside(run[-1]) \
            and text[run[-1].end:m.start] in joins
        run = [*run, m] if joined else [m]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.kind == "short" and not _closed_inside(m) and _counties(nxt) \
                and text[m.end:nxt.start] in joins:
            continue  # the run goes on
        closed = _closed_inside(m) or m.kind != "short" or _closed_after(text, m.end)
        members = _shared(run) if len(run) >= 2 and closed else None
        if members is not None:
            for r, d in zip(run, members):
                r.division, r.level, r.parent = d, d.level, [a.name for a in d.chain()]
                out.add(id(r))
        run = []
    return out
