"""The zone a news story is about: a story whose titles or first sentence name a development zone or
park after its city or county (宝鸡高新区举行项目集中签约, 今年以来，株洲经开区…) before any other area
tells of that zone, and its figures that name no area of their own are the zone's, not its city's
(bench/gold/README.md: development zones and parks named as the area count). A zone named after the
story has named its area (咸阳市…全市开发区, 某县…在该县工业园区召开现场会) is a detail of that area's story."""
from __future__ import annotations

from typing import Optional

from .lexicon import table
from .place_scope import MAIN_LEVELS
from .place_sentences import value_of
from .place_mentions import usable
from .record import Record


def story_zone(text: str, places: list[Record], opening: Optional[int], main: Optional[str]) -> Optional[str]:
    """The zone of a story (places: the article's, in their order; opening: where its titles and first
    sentence end) whose main place is `main`, else None: the first area named there is a zone whose
    parents are known (names/zone_places.py), and the main place, if any, is that zone's area or above or
    one the article never names (the page's)."""
    if opening is None:
        return None
    levels = tuple(table("names/places.toml")["zone_heads"]["zone_levels"])
    for p in places:
        if p.norm_start >= opening:
            return None
        if p.level in levels and p.parent and usable(text, p):
            # (a main place the article never names is the page's: 宝鸡高新区's item on a page of counties)
            return value_of(p) if main is None or main in p.parent or not _names_area(places) else None
        if p.level in MAIN_LEVELS and not _inside(p, places):
            return None  # 凤翔区…宝鸡高新区: the story opens with another area
    return None


def _names_area(places: list[Record]) -> bool:
    """Whether the article names an area of its own, besides the short forms inside a zone's name."""
    return any(p.level in MAIN_LEVELS and not _inside(p, places) for p in places)


def _inside(p: Record, places: list[Record]) -> bool:
    """A short form written inside a zone's name (宝鸡 of 宝鸡高新区) is no area named before it."""
    return any(q is not p and q.norm_start <= p.norm_start and p.norm_end <= q.norm_end for q in places)
