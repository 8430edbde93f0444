"""Settlements below the county (villages 村/社区, towns 镇/乡/街道) read by their ending: where such a
name's left edge lies, decided by the text, for the ending scan of places.py (_scan_suffixes). The
readings the scan alone gets wrong, each general to how villages are named:

- a numeral opening the name (十八洞村, 三道沟村): jieba cuts the numeral off as a word of its own (十八|洞村),
  which made the name read as a count; it opens the name where the rest and the ending are one word of
  jieba's, never where the numeral stands before the ending alone or with a measure word (十八个村, 三村);
- a one-character name (芳村, 杨村): read only where the text marks a place (a word of going or being before
  it, a county or town right before it, an item of a list of settlements, a word of its people after it),
  never a common word (农村, 山村, 城镇, 该村: data/names/settlements.toml, name_stop.txt);
- two characters before the ending that close a phrase (回家|乡, 会同|驻村): never a name, however jieba cut
  the words before them;
- a verb or preposition before the ending ends what went before (家住|芳村, 来到|坪上村), unless what is left
  is a common word (开进|特困村) or a person's name (包括|邓云乡);
- a town between its county and its own village (柳林县下三交镇坪上村) stands whatever jieba's tags of its words;
- a bracket after the ending glosses the place (芳村（某集团所在地）) unless it writes a joint level (村（居）).
The words live in data/names/settlements.toml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, table, word_list
from .words import Words

@lru_cache(maxsize=1)
def _data() -> dict:
    t = dict(table("names/settlements.toml"))
    t["_closing"] = frozenset(t["closing"])
    t["_numerals"] = frozenset(t["numerals"])
    t["common_tags"] = frozenset(t["common_tags"])
    t["_surnames"] = frozenset(w for w in word_list("names/surnames.txt") if len(w) == 1)
    t["_one_stop"] = frozenset(t["one_char_stop"]) | frozenset(word_list("names/name_stop.txt"))
    t["_before"] = tuple(sorted(t["one_char_before"], key=len, reverse=True))
    t["_after"] = tuple(sorted(t["one_char_after"], key=len, reverse=True))
    t["_village_next"] = re.compile(rf"[\u4e00-\u9fff]{{1,{int(t['village_longest'])}}}?(?:{alternation(t['village_endings'])})")
    return t


def closes_phrase(text: str, suffix_at: int, end: int) -> bool:
    """The ending and the character before it are a word that closes a phrase (家乡 of 回家乡, 驻村 of
    会同驻村): the text before is no settlement's name."""
    return suffix_at > 0 and end - suffix_at == 1 and text[suffix_at - 1:end] in _data()["_closing"]


def numeral_head(words: Words, start: int, suffix_at: int) -> Optional[int]:
    """The end of a Chinese numeral word that opens the name from start (十八 of 十八洞村), where the rest of
    the name and its ending are one word of jieba's (洞村); else None. A numeral before a measure word or
    right before the ending (十八个村, 三村, 一百多村) counts settlements: None."""
    head = words.token_at(start)
    if head is None or head[0] != start or head[1] >= suffix_at or not set(head[2]) <= _data()["_numerals"]:
        return None
    rest = words.token_at(head[1])
    # (the rest holds the ending: 洞村 is one word, where 个|村 or 多|村 is a count)
    return head[1] if rest is not None and rest[0] == head[1] and rest[1] > suffix_at and rest[3][:1] not in ("q", "m") \
        else None


def one_character_name(text: str, words: Words, start: int, suffix_at: int, end: int, after_place: bool,
                       listed: bool) -> bool:
    """Whether a one-character name before its ending (芳村 in 从芳村赶来, 杨村 after its county) stands: the
    text marks a place before or after it (after_place: a county or town is written right before it; listed:
    it follows a settlement read before it and a join, 金龙村、马村), it begins a word of jieba's and no noun
    goes on from it (野村证券 is a firm's name), and it makes no common word (农村, 该村, 小镇)."""
    data = _data()
    if suffix_at - start != 1 or text[start:end] in data["_one_stop"] or start not in words.start_set:
        return False
    following = words.token_at(end)
    if following is not None and following[0] == end and following[3][:1] == "n":
        return False
    if after_place or listed:
        return True
    marked_before = any(text.startswith(b, start - len(b)) and (start - len(b)) in words.start_set for b in data["_before"])
    return marked_before or text.startswith(data["_after"], end)


def after_verb(words: Words, text: str, start: int, suffix_at: int) -> Optional[int]:
    """Where a village's or town's name begins once a verb or a preposition before its ending ends what
    went before (家住|芳村, 来到|坪上村): after the last such word of the run. None where what is left is a
    common word of jieba's (开进|特困村, 构建|居家社区: a kind, no name), or where jieba reads a person's
    name opened by a surname that holds the ending (包括|邓云乡: an author's). Nothing left (打造社区) is no name either."""
    cut = max([start] + [t[1] for t in words.between(start, suffix_at)
                         if t[1] < suffix_at and (t[3][:1] == "v" and len(t[2]) > 1 or t[3][:1] == "p")])
    if cut == start:
        return start
    holder = words.token_at(suffix_at)
    if holder is not None and holder[0] == cut and holder[3].startswith("nr") and len(holder[2]) > 2 \
            and holder[2][0] in _data()["_surnames"]:
        return None  # (走访|牧奎村 stands: jieba's person tag alone is no sign, a surname opening it is)
    return None if words.tags.get(text[cut:suffix_at]) in _data()["common_tags"] else cut


def chained_town(text: str, parent_before: bool, level: str, end: int) -> bool:
    """A town written between the area that holds it and a village of its own (柳林县下三交镇坪上村): the run
    of levels marks the name whatever tags jieba gave the words of a name it does not know (下三 a time word,
    交镇 a noun), as long as no verb or function word is among them (places.py _verbish)."""
    return parent_before and level == "town" and _data()["_village_next"].match(text, end) is not None


def glossed(text: str, end: int, level: str) -> bool:
    """A bracket right after a village's or town's ending that glosses the place (芳村（某集团所在地）) rather
    than writing a joint level (村（居）, 乡（镇）, 村（社区）: places.toml not_followed_by keeps those out): the
    name stands."""
    data = _data()
    return level in ("town", "village") and text.startswith(tuple(data["brackets"]), end) \
        and not text.startswith(tuple(data["bracket_levels"]), end + 1)
