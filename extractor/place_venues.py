"""People counted where a sentence holds them: a place written after 在 in the clause of a verb of holding
(上海某会的年会在嘉兴召开，２００多名老总考察了…; 某公司在海口向６００多名代理商宣布…) is where the people
of a later count in its sentence are, not the area of the body that gathered them (bench/gold/README.md:
the area named for the number; a demanding user asking for 嘉兴's visitors wants them there). Only where no
place stands between the venue and the count and no whole-area word scopes it (来自全国的: only where the
people come from); place_scope.py asks it before its general rules."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .clauses import BREAK_CLASS
from .lexicon import alternation, table
from .record import Record


class _Venue(NamedTuple):
    before: tuple[str, ...]
    hold: re.Pattern
    inside: tuple[str, ...]
    people: frozenset
    origin: tuple[str, ...]


@lru_cache(maxsize=1)
def _venue() -> _Venue:
    t = table("place_targets.toml")
    return _Venue(tuple(t["venue_before"]), re.compile(alternation(t["venue_hold"])), tuple(t["venue_inside"]),
                  frozenset(t["venue_people"]), tuple(t["venue_origin"]))


def venue_of_people(text: str, fact: Record, before: list[Record], sent_start: int,
                    wholes: Sequence[re.Match] = ()) -> Optional[Record]:
    """The place a count of people (名, 位, 人) stands in: the last place before it in its sentence, where
    it is written after 在 (or in a run of places after it: 在意大利首都罗马) and a verb of holding follows
    in its clause; None otherwise, or where a whole-area word of its clause (wholes) scopes it: one that
    says where the people come from (在海口向来自全国的６００多名代理商宣布) does not."""
    v = _venue()
    if fact.type != "count" or (fact.unit or "") not in v.people \
            or any(not text.endswith(v.origin, 0, m.start()) for m in wholes):
        return None
    inside = [p for p in before if p.norm_start >= sent_start and p.norm_end <= fact.norm_start]
    if not inside:
        return None
    last = inside[-1]
    start = last.norm_start
    for p in reversed(inside[:-1]):  # the run the last place ends (意大利|首都|罗马)
        gap = text[p.norm_end:start]
        if gap and gap not in v.inside:
            break
        start = p.norm_start
    if not text.endswith(v.before, 0, start):
        return None
    end = BREAK_CLASS.search(text, last.norm_end)
    return last if v.hold.search(text, last.norm_end, end.start() if end else len(text)) else None
