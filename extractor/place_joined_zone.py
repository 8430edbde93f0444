"""Counties joined by a dash in one area's name (张北—尚义地区, 张北县—尚义县): the figures told of the zone are
the first county's (bench/gold/README.md: two areas in one name, neither inside the other → the first area
named), as where the names run together (张北尚义地区: place_orgs.seat_before). Only counties of one
prefecture (or one province) form such a zone: a dash between other places is a route (北京—上海) or a
span, whose ends are no area of its figures either way. names/joined_counties.py reads the members where
the page names them by their short forms alone; the joins live in data/names/joined_counties.toml."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .lexicon import table
from .record import Record

_COUNTY = "county"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[int, ...]]:
    t = table("names/joined_counties.toml")
    return frozenset(t["zone_joins"]), tuple(int(digits) for _, digits in t["shared_levels"])


def _together(a: Record, b: Record) -> bool:
    """Two different counties of one prefecture (or one province)."""
    if a.level != _COUNTY or b.level != _COUNTY or not a.code or not b.code or a.code == b.code:
        return False
    return any(a.code[:digits] == b.code[:digits] for digits in _words()[1])


def zone_head(text: str, own: Sequence[Record], chosen: Record) -> Record:
    """The first county of the dash-joined zone that ends with chosen (张北 of 张北—尚义地区); chosen itself
    where it is no later member of such a zone."""
    joins = _words()[0]
    while (prior := next((p for p in own if p.norm_end < chosen.norm_start
                          and text[p.norm_end:chosen.norm_start] in joins), None)) is not None \
            and _together(prior, chosen):
        chosen = prior
    return chosen
