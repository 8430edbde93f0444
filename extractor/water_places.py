"""A water (river, lake, bay) a story is about: its main place where its titles name it and no area
(data/place_scope.toml [water]). A river locates things (names/geography.tsv: feature), so a clause
naming one keeps the area it names; a story about the river (淮河治污…) gives its figures to it."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from .lexicon import table


@lru_cache(maxsize=1)
def waters() -> tuple[str, ...]:
    """The features' names that are waters, longest first (渤海湾 before 渤海)."""
    from .names.divisions import gazetteer
    ends = tuple(table("place_scope.toml")["water"]["ends"])
    names = {n for n, level in gazetteer().world_level.items() if level == "feature" and n.endswith(ends)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def title_water(text: str, titles: list[tuple[int, int]], span: tuple[int, int],
                in_body: Callable[[int, int], bool], names_area: bool = True) -> Optional[str]:
    """The water the titles name as a word of its own (not 环渤海, not 珠江钢琴) that the story, titles
    included, names alone at least `least` times and more often than opening a body's name;
    in_body(start, end): whether an organization's name holds that stretch. A story that names no area
    (names_area false) needs its title's naming alone (`least_alone`): 滇池治理见成效 over a body that says
    沿湖 and 入湖 is the lake's, with no other area to take its figures."""
    w = table("place_scope.toml")["water"]
    least = int(w["least"] if names_area else w["least_alone"])
    after, before = tuple(w["body_after"]), tuple(w["region_before"])

    def alone(at: int, name: str) -> bool:
        return not text.startswith(after, at + len(name)) and not in_body(at, at + len(name))

    for a, b in titles:
        for name in waters():
            at = text.find(name, a, b)
            if at < 0 or text.endswith(before, 0, at) or not alone(at, name):
                continue
            lone = named = 0
            at = text.find(name, *span)
            while 0 <= at < span[1]:
                named += 1
                lone += alone(at, name)
                at = text.find(name, at + len(name), span[1])
            if lone >= least and 2 * lone > named:
                return name
    return None
