"""A place's area written with 地区 (张家口地区, 北京地区, 非洲地区): one place, the area the name
covers, as the conventions count 海湾地区. The words are in data/names/places.toml (area_word,
area_not_before). Two places' abbreviations with 地区 (港澳地区, also a place by the conventions)
are left out: scope would take such a region of several places for a fact's place (来自…港澳台
地区的4万多人 in Beijing)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import table
from .place_mention import Mention
from .words import Words


# places of the division data written short, which 城 after them names as a city (北京城), unlike
# a country's, a word's jieba calls a place, or a full name's (迭部县城: the county's town)
_DIVISION_KINDS = ("short",)


@lru_cache(maxsize=1)
def _data() -> tuple[str, tuple[str, ...], str]:
    t = table("names/places.toml")
    return t["area_word"], tuple(t["area_not_before"]), t["city_word"]


def with_areas(text: str, words: Optional[Words], mentions: list[Mention]) -> list[Mention]:
    """mentions with each place that 地区 follows as a word of its own (张家口/地区, 北京地区/ns),
    or a division that 城 follows so (北京城), running on over it; no place is so extended where
    another begins right after it or the words after make a term (地区生产总值)."""
    if words is None:
        return mentions
    area, not_before, city = _data()
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.end in starts:
            continue
        end = m.end + len(area)
        if text.startswith(area, m.end) and not m.name.endswith(area) \
                and words.is_boundary(end) and not text.startswith(not_before, end):
            m.end, m.name = end, m.name + area
        elif text.startswith(city, m.end) and m.kind in _DIVISION_KINDS and words.is_boundary(m.end + len(city)) \
                and (words.is_boundary(m.end) or words.token_at(m.start)[:2] == (m.start, m.end + len(city))):
            m.end, m.name = m.end + len(city), m.name + city
    mentions.sort(key=lambda m: m.start)
    return mentions

