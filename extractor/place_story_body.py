"""The area of the one body a news story is about: a title that names the main place and then one body of it
by no name (青冈县一合作社分红186万元), whose first sentence names the body with a smaller area written right after
the main place (青冈县祯祥镇丰禾种植专业合作社召开年度分红大会…), is that body's story, and its figures that name no
area of their own are of the body's area, the most specific the text names (bench/gold/README.md: a company is no
place, the area named with it is; a sub-area named with its area is the place of the story's figures). A title
naming a place's many bodies (某县企业…) or a story whose first sentence names no smaller area keeps the main
place. The words live in data/place_story_body.toml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .lexicon import alternation, table
from .place_sentences import value_of
from .record import Record


@lru_cache(maxsize=1)
def _words() -> tuple[str, re.Pattern, tuple[str, ...]]:
    t = table("place_story_body.toml")
    body = re.compile(rf"{re.escape(t['one'])}[^\W\d_]{{0,{int(t['body_gap'])}}}?(?:{alternation(t['body_kinds'])})")
    return t["one"], body, tuple(t["body_area_levels"])


def story_body_area(text: str, places: Sequence[Record], titles: Sequence[tuple[int, int]],
                    opening: Optional[int], main: Optional[str]) -> Optional[str]:
    """The smaller area of the one body a story's title names by no name (places: the article's, in their order;
    titles: their spans; opening: where the titles and first sentence end), else None."""
    if main is None or opening is None:
        return None
    _, body, levels = _words()
    titled = any(value_of(p) == main and any(lo <= p.norm_start and p.norm_end <= hi for lo, hi in titles)
                 and body.match(text, p.norm_end) for p in places)
    if not titled:
        return None
    end_of_titles = max((hi for _, hi in titles), default=0)
    for prior, p in zip(places, places[1:]):
        if p.norm_start >= opening:
            break
        # (the first sentence: after the titles; 青冈县|祯祥镇, the smaller written right after the main place)
        if prior.norm_start >= end_of_titles and value_of(prior) == main and prior.norm_end == p.norm_start \
                and p.level in levels and main in (p.parent or ()):
            return value_of(p)
    return None


@lru_cache(maxsize=1)
def _seat() -> re.Pattern:
    t = table("place_story_body.toml")
    return re.compile(f"(?:{alternation(t['body_kinds'])})(?:{alternation(t['seat_adverbs'])})?{re.escape(t['seat_verb'])}")


def seated_body_area(text: str, places: Sequence[Record], first: Optional[tuple[int, int]],
                     main: Optional[str]) -> Optional[str]:
    """The smaller area of the main place that a story's opening paragraph (first: its span) seats the story's body in
    (某县职业学校就位于县城以北的某镇: that town, inside the county), else None: the first place of
    the sentence after the seat word, where it is a town or village inside the main place. A paragraph that seats no
    body, or seats it in the main place itself or elsewhere (位于某省某市), keeps the main place."""
    if main is None or first is None:
        return None
    seat = _seat().search(text, *first)
    if seat is None:
        return None
    ends = [i for i in (text.find(mark, seat.end(), first[1]) for mark in "。；") if i >= 0]
    end = min(ends, default=first[1])
    levels = _words()[2]
    after = next((p for p in places if seat.end() <= p.norm_start < end), None)
    return value_of(after) if after is not None and after.level in levels and main in (after.parent or ()) else None

