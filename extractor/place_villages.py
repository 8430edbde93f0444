"""The town or village a news story is about: a story whose main place is a county or larger area
(main_places.py) that names a town or village inside it, written right after its area
(四川某县某某村), more often than it names the area itself tells of that town or village, and its
figures that name no area of their own are the town's or village's, the most specific area named
(bench/gold/README.md: `吉林省九台市…` gives `九台市`; a sub-area named with its area is the place of
the story's figures)."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Optional

from .lexicon import table
from .place_sentences import value_of
from .place_mentions import usable
from .record import Record


def story_village(text: str, places: list[Record], main: str, named: Callable[[Record], str]) -> Optional[str]:
    """The town or village of a story whose main place is `main` (places: the article's, in their
    order; named: the name a place of the article is counted under, as the main place is), else None.

    A town or village counts where the text names it as an area (usable: a village written after its
    town or county, not a word read from its ending alone), and is inside the main place where one of
    its mentions is written after its area (its parents name the main place). It must be named at
    least twice, and more often than the main place: a village named once in a county's story is a
    detail (某县…在某村召开现场会), not what the story is about; nor is one of several the story names
    (a village and its own town are one)."""
    levels = tuple(table("place_scope.toml")["story_sub_levels"])
    least = int(table("place_scope.toml")["story_sub_least"])
    subs = [p for p in places if p.level in levels and usable(text, p)]
    if not subs:
        return None
    counts = Counter(value_of(p) for p in subs)
    inside = {value_of(p) for p in subs if main in (p.parent or ())}
    main_named = sum(1 for p in places if named(p) == main)
    found = [v for v in inside if counts[v] >= least and counts[v] > main_named]
    if not found:
        return None
    first = {}
    for p in subs:
        first.setdefault(value_of(p), p.norm_start)
    # the most named; among equals the smaller unit (a village of its town), then the first named
    rank = {v: max(levels.index(p.level) for p in subs if value_of(p) == v) for v in found}
    chosen = max(found, key=lambda v: (counts[v], rank[v], -first[v]))
    # a story that names other towns or villages beside it and its own town (进驻甲乡和乙乡的部队…) tells
    # of several, and its figures are of the area they lie in, not of the one named most
    parents = {a for p in subs if value_of(p) == chosen for a in (p.parent or ())}
    return None if set(counts) - parents - {chosen} else chosen
