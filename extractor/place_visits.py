"""Where a story's people go or live: a place written right after a word of going to, entering or living in it
(来南召搞调研, 深入崔庄乡访贫问苦, 家住某市某区的个体户, 当列车行至某段时) sets the scene of what they then do, count
and pay — the later clauses of its sentence's item and the paragraph's next sentences — where those name no area
of their own (bench/gold/README.md: the most specific area the number is about, as named in the text; a visit
sentence without figures already set the scene, place_sentences._visited). The words live in
data/place_visits.toml; a word of another sense (以来, 收到, 达到) is no visit."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from .lexicon import alternation, table
from .record import Record


class _Visits(NamedTuple):
    words: re.Pattern
    not_after: frozenset[str]
    trip_words: re.Pattern
    item_words: re.Pattern
    person_after: frozenset[str]
    item_after: frozenset[str]
    item_marks: tuple[str, ...]


@lru_cache(maxsize=1)
def _visits() -> _Visits:
    t = table("place_visits.toml")
    return _Visits(re.compile(f"(?:{alternation(t['words'])})$"), frozenset(t["not_after"]),
                   re.compile(f"(?:{alternation(t['trip_words'])})$"),
                   re.compile(f"(?:{alternation(t['item_words'])})$"), frozenset(t["person_after"]),
                   frozenset(t["item_after"]),
                   tuple(t["item_marks"]))


_LONGEST = 3  # the longest visit word (深入到)


def visits(text: str, p: Record, item: bool = False) -> bool:
    """Whether a place stands right after a word of going to or living in it (来南召, 家住广元市朝天区: the run's
    first place, 记者到某镇), not after a word of another sense ending so (以来, 收到, 达到); item: also after a
    word of a trip, the scene of its own item only (赶赴某市, 跑到某镇)."""
    v = _visits()
    lo = max(0, p.norm_start - _LONGEST)
    m = v.words.search(text[lo:p.norm_start])
    if m is not None:
        before = lo + m.start() - 1
        return before < 0 or text[before] not in v.not_after
    if item and v.trip_words.search(text[lo:p.norm_start]):
        return True
    m = v.item_words.search(text[lo:p.norm_start])
    before = text[lo + m.start() - 1] if m is not None and lo + m.start() > 0 else ""
    return bool(before) and (before in v.person_after or item and before in v.item_after)


def visited(text: str, places: Iterable[Record], end: int, item: bool = False) -> Optional[Record]:
    """The place of the last visit among places (sorted, all before end): the most specific of the run of places
    written one after another from the visit (家住广元市朝天区: 朝天区), or None; item: as visits reads it."""
    found: Optional[Record] = None
    for p in places:
        if p.norm_start >= end:
            break
        if visits(text, p, item):
            found = p
        elif found is not None and p.norm_start == found.norm_end:
            found = p  # (the run goes on: 广元市|朝天区)
    return found


def item_visit(text: str, places: Iterable[Record], pos: int) -> Optional[Record]:
    """The place of a visit in an earlier clause of the item holding a figure at pos (深入某乡…，看到…，他当场掏出
    １００元: that township's), or None; not one of an item before (…；某主任深入某乡…；某处长两次来某县)."""
    place = visited(text, places, pos, item=True)
    if place is None:
        return None
    return None if any(m in text[place.norm_end:pos] for m in _visits().item_marks) else place


def leaves_scene(scene: str, places: Iterable[tuple[str, Iterable[str]]]) -> bool:
    """Whether a sentence naming these places (each its name and the areas enclosing it) ends the scene of a visit
    to the area named scene: one lies outside it (李某家住广元市朝天区…。李将车开进了广元市某宾馆: back in the city;
    …前往越南。哈马迪一行六人是由北京飞抵广州的: elsewhere); the visited area again or a place inside it (深入崔庄乡
    in a visit to 南召县) keeps it."""
    return any(name != scene and scene not in parents for name, parents in places)
