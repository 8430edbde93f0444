"""The city a dispatch's event is held in: a story filed from a city at home (本报北京１月１４日讯) that
names no area for its figures and does not speak of the whole country, but sets its scene where it was
filed — at a venue (中国美术馆, 某纪念堂), in the capital by its word (首都各界人士出席了开幕式, in a dispatch
from Beijing), or pointing back to the scene (在此, 在这里) — is that city's: an exhibition's works and visitors
are counted there (bench/gold/README.md: the area named for the number; the dateline alone names none, so a
story with no such word keeps the rules of main_places.py). A venue whose own name holds 中国 or 全国 is a
body's name, not the country."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .dateline_places import dateline_areas
from .lexicon import alternation, table
from .page import Page
from .place_words import whole_words
from .record import Record


class _Scene(NamedTuple):
    words: re.Pattern
    venue_ends: tuple[str, ...]


@lru_cache(maxsize=1)
def _scene() -> _Scene:
    t = table("place_scene.toml")
    return _Scene(re.compile(f"(?:{alternation(t['scene_words'])})(?!{alternation(t['scene_not_before'])})"),
                  tuple(t["venue_ends"]))


def is_venue(text: str, org: Record) -> bool:
    """Whether a body's name the names read is a venue's (中国美术馆, 毛主席纪念堂)."""
    return text[org.norm_start:org.norm_end].endswith(_scene().venue_ends)


def scene_city(page: Page, article: int, span: tuple[int, int], orgs: Sequence[Record]) -> Optional[str]:
    """The home city the article's dispatch was filed from (its full name), where the story within span
    sets its scene there: a venue among its bodies (orgs), 在此/在这里/本地, or a word naming that city
    by itself (首都 in a dispatch from Beijing); None otherwise, or where it was filed abroad or from a
    place the gazetteer does not know for sure."""
    filed = dateline_areas(page, article)
    if not filed:
        return None
    text, (lo, hi) = page.text, span
    w = whole_words()
    fixed = any(w.fixed_areas.get(m.group()) == filed[0] for m in w.fixed.finditer(text, lo, hi))
    if fixed or _scene().words.search(text, lo, hi) or any(is_venue(text, o) for o in orgs):
        return filed[0]
    return None
