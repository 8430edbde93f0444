"""The town of a town's own report: a report headed by its issuing body, a town's government or party
committee written after its county (某县某某镇人民政府 / 关于…工作总结的报告), tells of the town; the
county its heading names is the town's parent, not the area of its figures (data: place_scope.toml,
town_issuers)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .place_sentences import value_of
from .record import Record


@lru_cache(maxsize=1)
def _issuer() -> re.Pattern:
    return re.compile(alternation(table("place_scope.toml")["town_issuers"]))


def issuing_town(text: str, places: list[Record], titles: list[tuple[int, int]]) -> Optional[str]:
    """The town whose body issues the report, where the article's first title line opens with the
    town's name written right after its county's and is followed by an issuing body's name
    (places: the article's, in their order; titles: its title lines' spans), else None."""
    if not titles:
        return None
    start, end = titles[0]
    levels = tuple(table("place_scope.toml")["town_issuer_levels"])
    in_line = [p for p in places if start <= p.norm_start < end and p.norm_end <= end]
    heads = [p for p in in_line if p.norm_start == start and p.level not in levels]
    for head in heads:
        town = next((p for p in in_line if p.norm_start == head.norm_end and p.level in levels), None)
        # the town lies in the county written before it (丹棱县 before a town of 丹棱县)
        if town is not None and value_of(head) in (town.parent or ()) \
                and _issuer().match(text, town.norm_end):
            return value_of(town)
    return None
