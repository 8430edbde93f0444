"""Where a story's people go or live: a place written right after a word of going to, entering or living in it
(来南召搞调研, 深入崔庄乡访贫问苦, 家住某市某区的个体户, 当列车行至某段时) sets the scene of what they then do, count
and pay — the later clauses of its sentence's item and the paragraph's next sentences — where those name no area
of their own (bench/gold/README.md: the most specific area the number is about, as named in the text; a visit
sentence without figures already set the scene, place_sentences._visited). The words live in
data/place_visits.toml; a word of another sense (以来, 收到, 达到) is no visit. The one-character 来 is read by the
segmenter: a visit where jieba cuts it as a word of its own (他来北京, 又来秭归), not inside a word of its own sense
(以来, 说来, 带来, 近年来) nor after a stretch of time (十年来, 三个月来: time since), so that no hand list of the
characters before it has to name every such word. A residence (家住, 住在) is a scene for the next sentences only
while they are of the resident (place_sentences.py reads that through resident())."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from .clauses import BREAK_CLASS, BREAKS, last_mark
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
    longest: int  # the longest word of the lists: how far back a visit word is looked for
    cut_words: frozenset[str]  # words read by the segmenter (来)
    joined: frozenset[str]  # the segmenter's words that end so and are still visits (前来, 专程来)
    time_units: tuple[str, ...]  # a stretch of time before 来 ends in one (十年来, 三个月来)
    verb_tags: tuple[str, ...]  # the tags of a verb (延长到: no person before 到)
    home_words: tuple[str, ...]  # words of living somewhere (家住)


@lru_cache(maxsize=1)
def _visits() -> _Visits:
    t = table("place_visits.toml")
    listed = [*t["words"], *t["trip_words"], *t["item_words"]]
    return _Visits(re.compile(f"(?:{alternation(t['words'])})$"), frozenset(t["not_after"]),
                   re.compile(f"(?:{alternation(t['trip_words'])})$"),
                   re.compile(f"(?:{alternation(t['item_words'])})$"), frozenset(t["person_after"]),
                   frozenset(t["item_after"]),
                   tuple(t["item_marks"]), max(map(len, listed)), frozenset(t["cut_words"]),
                   frozenset(t["joined_visits"]), tuple(t["time_units"]), tuple(t["verb_tags"]),
                   tuple(t["home_words"]))


_CONTEXT = 8  # how much text before a word the segmenter reads to cut it as in its sentence


def _cut_before(text: str, at: int, end: int) -> list[tuple[str, str]]:
    """The segmenter's words of the text before `at` (a window of it), read with the place up to `end` so that
    the cut is the sentence's: the words ending at `at`, last last; [] where the cut does not end there."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    lo = max(0, at - _CONTEXT)
    words, pos = [], lo
    for word, tag in segmenter().pos(text[lo:end]):
        if pos >= at:
            break
        words.append((word, tag))
        pos += len(word)
    return words if pos == at else []


def _cut_visit(text: str, at: int, end: int, word: str) -> bool:
    """Whether the one-character visit word ending at `at` is a visit as the segmenter cuts it (他来北京, 专程来秭归):
    its own word, after no stretch of time (十年来), or a word of the visits that end so; not one of another sense
    (以来, 说来, 带来)."""
    v = _visits()
    words = _cut_before(text, at, end)
    if not words or not words[-1][0].endswith(word):
        return False
    if words[-1][0] != word:
        return words[-1][0] in v.joined
    before = words[-2] if len(words) >= 2 else ("", "")
    return not (before[1] == "m" and before[0].endswith(v.time_units)) and before[0][-1:] not in v.not_after


def _person_before(text: str, at: int, end: int) -> bool:
    """Whether a person's word ends at `at` (记者, 他们, 县长), not a verb that ends in such a character (延长, 增长)."""
    v = _visits()
    if at <= 0 or text[at - 1] not in v.person_after:
        return False
    words = _cut_before(text, at, end)
    return not (words and words[-1][1].startswith(v.verb_tags))


def visits(text: str, p: Record, item: bool = False) -> bool:
    """Whether a place stands right after a word of going to or living in it (来南召, 家住广元市朝天区: the run's
    first place, 记者到某镇), not after a word of another sense ending so (以来, 收到, 达到); item: also after a
    word of a trip, the scene of its own item only (赶赴某市, 跑到某镇)."""
    v = _visits()
    lo = max(0, p.norm_start - v.longest)
    m = v.words.search(text[lo:p.norm_start])
    if m is not None:
        if m.group() in v.cut_words:
            return _cut_visit(text, p.norm_start, p.norm_end, m.group())
        before = lo + m.start() - 1
        return before < 0 or text[before] not in v.not_after
    if item and v.trip_words.search(text[lo:p.norm_start]):
        return True
    m = v.item_words.search(text[lo:p.norm_start])
    at = lo + m.start() if m is not None else 0
    if at <= 0:
        return False
    return _person_before(text, at, p.norm_end) or item and text[at - 1] in v.item_after


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


def resident(text: str, places: Iterable[Record], end: int) -> Optional[str]:
    """Where the last visit among places (before end) is a residence (受害人家住某市某区, 家住某区的个体户王某买下…):
    the words of its clause but the home word and the places, which name the resident; None for a visit of
    another kind or none."""
    v, places = _visits(), list(places)
    went = visited(text, places, end)
    if went is None:
        return None
    first = went
    for p in reversed([p for p in places if p.norm_end <= went.norm_start]):
        if p.norm_end != first.norm_start:
            break
        first = p  # (the run back to its first place: 广元市|朝天区)
    home = next((w for w in v.home_words if text.endswith(w, 0, first.norm_start)), None)
    if home is None:
        return None
    lo = last_mark(text, BREAKS, max(0, first.norm_start - _CLAUSE_REACH), first.norm_start) + 1
    hi = BREAK_CLASS.search(text, went.norm_end)
    return text[lo:first.norm_start - len(home)] + text[went.norm_end:hi.start() if hi else len(text)]


_CLAUSE_REACH = 40  # how far back a residence's clause is read for its resident (characters)


def of_resident(text: str, start: int, end: int, who: str) -> bool:
    """Whether the sentence [start, end) is of the resident `who` names (随后，王某修车… after 家住某区的个体户王某…): one
    of its first two clauses opens with a pronoun of a person, with two characters of the resident's words, or with a
    surname of the resident's (购车后，李即…: 李建国); not a
    sentence of others (据了解，这个诈骗团伙… after 受害人家住某区)."""
    from .names.person_base import surname_len  # (late: the name lists load on first use)
    pronouns = tuple(table("place_visits.toml")["resident_pronouns"])
    opening = start
    for _ in range(2):
        named = text[opening:opening + 2]
        surname = text[opening:opening + surname_len(named)]  # (李即对该车…: 李建国 by his surname alone)
        if text.startswith(pronouns, opening) or (len(named) == 2 and named in who) or (surname and surname in who):
            return True
        brk = BREAK_CLASS.search(text, opening, end)
        if brk is None:
            return False
        opening = brk.end()
    return False
