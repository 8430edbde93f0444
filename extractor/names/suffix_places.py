"""Places below the county found by a suffix with a name before it (芷兰街道, 荷花社区, 恒大华府小区,
株洲经开区): where the name begins, and the words that make it no name (返乡, 乡村, 充分就业社区). Apart from
places.py and data_places.py: the data holds none of these names; the suffix and the words before it mark
them (where a town's or village's name begins: settlements.py)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, table
from .place_mention import CJK_CHAR, LAND_LEVELS, Mention, stop_lists
from .settlements import after_verb, chained_town, closes_phrase, glossed, numeral_head, one_character_name
from .spans import positions
from .words import Words

_NAME_TAGS = ("ns", "nr", "nz", "nt", "n", "x", "ng", "nrt", "nrfg", "j")
_NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "t", "f", "l", "i", "b")
_CHAINED_NOT_NAME_TAGS = ("v", "p", "c", "u", "r")  # (a run of levels marks a name: settlements.chained_town)
# levels whose names may begin with places and hold any words (株洲经开区, 盐城滩涂自然保护区)
_OPEN_LEVELS = ("zone", "park")


@lru_cache(maxsize=1)
def _suffix_re() -> tuple[re.Pattern, dict[str, str]]:
    level_of = {s: level for level, words in table("names/places.toml")["suffix"].items() for s in words}
    return re.compile(alternation(level_of)), level_of


def _name_start(text: str, suffix_at: int, floor: int, level: str, words: Optional[Words]) -> int:
    """Where the name before a suffix begins: after a boundary char, a non-CJK char or floor."""
    boundary = table("names/places.toml")["boundary"]["chars"]
    limit = table("names/places.toml")["max_name"][level]
    start = suffix_at
    while start > floor and CJK_CHAR.match(text[start - 1]) and text[start - 1] not in boundary:
        start -= 1
    if suffix_at - start > limit:
        start = suffix_at - limit
    if words is not None:
        # a name starts at a word's start, after any word of office (现任/赢洲街道)
        while start < suffix_at and start not in words.start_set:
            start += 1
        offices = table("names/places.toml")["boundary"]["words"]
        start = max([start] + [t[1] for t in words.between(start, suffix_at) if t[2] in offices])
    return start


def scan_suffixes(text: str, words: Words, taken: list[Mention]) -> list[Mention]:
    pattern, level_of = _suffix_re()
    follow = table("names/places.toml")["not_followed_by"]
    _, _, name_stop = stop_lists()
    # short forms, and names of lands and waters, do not bound a name: 东湖 in 东湖巷社区, 中原 in 中原村
    ends = {m.end: m for m in taken if not _may_begin_name(m)}
    any_end = {m.end: m for m in taken}
    covered = positions(m for m in taken if not _may_begin_name(m))
    end_list = sorted(ends)
    out = []
    prev_end = 0
    for m in pattern.finditer(text):
        s, e, suffix = m.start(), m.end(), m.group()
        level = level_of[suffix]
        if s in covered or text[e:e + 1] in follow.get(suffix, ()) and not glossed(text, e, level) \
                or closes_phrase(text, s, e):
            continue  # (回家|乡, 会同|驻村: a phrase's word ends there, no name; 芳村（…所在地）: a gloss: settlements.py)
        # the suffix must stand as its own word or end the word that holds the name (返乡 is not)
        tok = words.token_at(s)
        if tok is not None and tok[0] < s and (tok[1] > e or tok[3] not in _NAME_TAGS or tok[2] in name_stop
                                               or text[tok[0]:s] in name_stop):
            continue  # 返乡, 乡村, 新农村, 贫困/村: the suffix belongs to a word, or a kind's word holds it
        glued = words.token_at(e - 1) is not None and words.token_at(e - 1)[1] > e
        if glued and level != "town":
            continue
        at = bisect.bisect_right(end_list, s)
        floor = max(prev_end, end_list[at - 1] if at else 0)
        if level in _OPEN_LEVELS and s in any_end:
            floor = min(floor, any_end[s].start)  # 株洲经开区: a zone's name may begin with a place
        start = _name_start(text, s, floor, level, words)
        if tok is not None and tok[0] < s:
            start = min(start, tok[0])
        if level in _OPEN_LEVELS:
            # 陆续飞抵盐城自然保护区: a verb before ends what went before the name
            start = max([start] + [t[1] for t in words.between(start, s) if t[3] == "v" and len(t[2]) > 1])
        inner = table("names/places.toml")["inner_levels"]
        if level in inner["levels"]:  # (下三交镇|坪上村: a level's character ends the area before the name)
            start = max([start] + [i + 1 for i in range(start, s)  # (not inside a word: 乡村|样板村)
                                   if text[i] in inner["chars"] and i + 1 in words.start_set])
            cut = after_verb(words, text, start, s)  # (家住|芳村: a verb or preposition ends what went before)
            if cut is None:
                continue
            start = cut
        if (glued and not _after_its_county(ends.get(start), start, words)) \
                or (start in covered and level not in _OPEN_LEVELS):
            continue  # (长沙县洞井镇易某: a town's ending glued to the next word stands only after its county;
            # and no name runs back into a place already read: 桃溪镇|泽村, not 镇泽村)
        name = text[start:s]
        parent = ends.get(start)
        if not all(CJK_CHAR.match(c) for c in name) or len(name) < 2 and not (
                level in ("town", "village") and not (e in any_end and any_end[e].start == start)
                and one_character_name(text, words, start, s, e, _level_of(parent) in ("county", "town"),
                                       _listed_after(ends.get(start - 1), text[start - 1]))):
            continue  # (从芳村赶来, 柳林县杨村: a one-character name where the text marks a place; 在湘乡: the county's)
        parts = [t[2] for t in words.between(start, s)]
        # (十八|洞村: a numeral jieba cut off opens the name; it is no count of the name's)
        named_from = numeral_head(words, start, s) or start
        if name in name_stop or any(p in name_stop for p in parts) \
                or _verbish(words, named_from, s, level, parent, chained_town(text, parent is not None, level, e)):
            continue
        mention = Mention(start, e, text[start:e], "suffix", level=level)
        if parent is not None:
            mention.parent = [parent.name]
        out.append(mention)
        ends[e] = mention
        covered.update(range(start, e))
        prev_end = e
    return out


def _listed_after(prior: Optional[Mention], join: str) -> bool:
    """A settlement of three characters or more read right before a join (金龙村、): the next name is an item
    of the same list (a data town of two, 联乡、帮村, may be a verb's object among others)."""
    return prior is not None and join in "、和及与" and _level_of(prior) in ("town", "village") and len(prior.name) > 2


def _level_of(m: Optional[Mention]) -> Optional[str]:
    """A mention's level before the names are resolved: its own, or its units' where they agree."""
    if m is None:
        return None
    levels = {d.level for d in m.options}
    return m.level or (levels.pop() if len(levels) == 1 else None)


def _after_its_county(before: Optional[Mention], start: int, words: Words) -> bool:
    """Whether a name begins right after a county or city written before it, at a word's start."""
    levels = {d.level for d in before.options} if before is not None else set()
    return before is not None and start in words.start_set and (before.level or (levels.pop() if len(levels) == 1 else None)) \
        in ("county", "city")


def _may_begin_name(m: Mention) -> bool:
    return m.kind == "short" or m.kind == "country" and m.level in LAND_LEVELS


def _verbish(words: Words, start: int, end: int, level: str, parent: Optional[Mention] = None,
             chained: bool = False) -> bool:
    """A name part made of verbs or adverbs (充分就业社区, 打造社区) is not a name. Right after the
    place that holds it (白沙镇繁荣村) an adjective is a name: villages are named so; and between that
    place and a village of its own (柳林县下三交镇坪上村: chained) only a verb or a function word is none."""
    if level in _OPEN_LEVELS:
        return False
    tags = _CHAINED_NOT_NAME_TAGS if chained else \
        tuple(t for t in _NOT_NAME_TAGS if t != "a") if parent is not None else _NOT_NAME_TAGS
    return any(t[3].startswith(tags) and len(t[2]) > 1 for t in words.between(start, end))
