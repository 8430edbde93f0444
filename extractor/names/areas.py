"""A place's area written with 地区 (张家口地区, 北京地区, 非洲地区, 港澳地区): one place, the area
the name covers, as the conventions count 港澳地区 and 海湾地区. The word list is in
data/names/places.toml (area_word, area_not_before, area_pairs)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import table
from .places import Mention
from .spans import occurrences
from .words import Words


@lru_cache(maxsize=1)
def _data() -> tuple[str, tuple[str, ...], frozenset[str]]:
    t = table("names/places.toml")
    return t["area_word"], tuple(t["area_not_before"]), frozenset(t["area_pairs"])


def with_areas(text: str, words: Optional[Words], mentions: list[Mention]) -> list[Mention]:
    """mentions with each place that 地区 follows as a word of its own (张家口/地区, 北京地区/ns)
    running on over it, and the regions named by two places' abbreviations and 地区 (港澳地区)
    added; no place is so extended where another begins right after it or the words after make
    a term (地区生产总值)."""
    if words is None:
        return mentions
    area, not_before, pairs = _data()
    starts = {m.start for m in mentions}
    for m in mentions:
        end = m.end + len(area)
        if text.startswith(area, m.end) and not m.name.endswith(area) and m.end not in starts \
                and words.is_boundary(end) and not text.startswith(not_before, end):
            m.end, m.name = end, m.name + area
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for at in occurrences(text, area):
        for pair in pairs:
            s = at - len(pair)
            if s >= 0 and text.startswith(pair, s) and s not in covered and words.is_boundary(s) \
                    and words.is_boundary(at + len(area)):
                mentions.append(Mention(s, at + len(area), pair + area, "country", level="region"))
                break
    mentions.sort(key=lambda m: m.start)
    return mentions

