"""A news story's own town or village over the areas around it: where a story's main place is a town or
village inside a county (place_villages.py, place_story_body.py: 栾老寨的奇迹, a village named more often
than its county), a figure whose place would be an area enclosing that town or village — the county opening
its sentence (在贵州省某县…，有一个叫某某的自然寨，散居着３２户人家) or carried on from the sentence before it
(这个…山寨，…人均收入不到２００元) — is the story's smaller unit's: the most specific area the story names
(bench/gold/README.md: a sub-area named with its area is the place of the story's figures). A figure whose own
clause names the larger area (某县今年投入…) or a whole-area word (全县有…, read before this) keeps it."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from .lexicon import table
from .place_sentences import value_of
from .record import Record


@lru_cache(maxsize=1)
def _levels() -> tuple[str, ...]:
    return tuple(table("place_scope.toml")["story_sub_levels"])


def enclosing_areas(main: Optional[str], places: Iterable[Record]) -> frozenset[str]:
    """The areas enclosing a story's main place where it is a town or village (places: the article's; the
    parents of a mention of it written after its area), else none."""
    if not main:
        return frozenset()
    return frozenset(a for p in places if value_of(p) == main and p.level in _levels() for a in (p.parent or ()))


def story_area_over(place: Optional[str], main: Optional[str], enclosing: frozenset[str]) -> Optional[str]:
    """The story's own town or village (main) where place is an area enclosing it (enclosing: those areas, as
    enclosing_areas reads them), else None."""
    return main if place and main and place != main and place in enclosing else None
