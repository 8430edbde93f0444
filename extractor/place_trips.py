"""A trip's ends: a place a journey runs from or to (由某市乘车来某市, 自某市开往某市, 去某省领奖) is where someone
travels, not the area the story is about (bench/gold/README.md: a route's ends are not the area of the route's
figures; 前往/去 name where someone is bound). The words live in data/place_trips.toml; main_places.py does not
count such a place for an article's main place (the fact's own place is read elsewhere: a visit's 来 still sets
the scene of what follows it, place_visits.py)."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .clauses import BREAK_CLASS
from .lexicon import table
from .record import Record


class _Trips(NamedTuple):
    bound: tuple[str, ...]
    origin: tuple[str, ...]
    travel: tuple[str, ...]
    gap: int


@lru_cache(maxsize=1)
def _trips() -> _Trips:
    t = table("place_trips.toml")
    return _Trips(tuple(t["bound"]), tuple(t["origin"]), tuple(sorted(t["travel"], key=len, reverse=True)), int(t["gap"]))


def _travel_to(text: str, lo: int, hi: int, starts: set[int]) -> bool:
    """Whether a word of travel followed by a place stands between lo and hi, within one clause."""
    w = _trips()
    stop = BREAK_CLASS.search(text, lo, hi)
    end = stop.start() if stop else hi
    return any(text.startswith(word, i) and i + len(word) in starts for i in range(lo, end) for word in w.travel)


def trip_ends(text: str, places: list[Record]) -> set[int]:
    """The positions (norm_start) of the places that a trip is bound for, or that start or end a trip whose clause
    names both its ends; read in one pass over the places, each looking a bounded stretch around it."""
    w = _trips()
    starts = {q.norm_start for q in places}
    origins = {q.norm_end for q in places if text.endswith(w.origin, 0, q.norm_start)}  # (由某市…: a start)
    found: set[int] = set()
    for p in places:
        if text.endswith(w.bound, 0, p.norm_start):
            found.add(p.norm_start)
        elif p.norm_end in origins and _travel_to(text, p.norm_end, p.norm_end + w.gap, starts):
            found.add(p.norm_start)  # 由某市乘车来某市: the start
        elif (word := next((x for x in w.travel if text.endswith(x, 0, p.norm_start)), None)) is not None:
            at = p.norm_start - len(word)  # 由某市…来某市: the end, where its clause names the start just before
            if any(e in origins and not BREAK_CLASS.search(text, e, at) for e in range(max(0, at - w.gap), at + 1)):
                found.add(p.norm_start)
    return found
