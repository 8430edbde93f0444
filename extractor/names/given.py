"""A name of a surname and one character that jieba cut short of the given name's second
character (陈漓/高, 韩保/深, 梁坤/奠): the name runs on over that character when it stands alone
and what follows it ends the name (punctuation, a list's comma, a word of two characters); and
the four characters of a married woman's name in Hong Kong's usage (陈方安生)."""
from __future__ import annotations

import re
from typing import Optional

from .person_base import Person, lists, plausible, surname_len
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
# the ends of settlements' and divisions' names (宁官/屯): a place, not a name
_SETTLEMENT_ENDS = frozenset("屯村庄镇乡县市区省寨堡")
# names that are whole as found: masked (何某), transliterated (利维) and listed ones
_OTHER_RULES = ("person:masked", "person:foreign", "person:titled_foreign", "person:dotted", "person:known",
                "person:minority")
# one-character words that are never the end of a given name: function words and pronouns
_FUNCTION_TAGS = ("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "r", "m", "q", "f", "t", "d")
# list marks around an item: a verb's character ends a name there (、蔡胜/定、), elsewhere it
# is a verb (顾客/吵了架)
_ITEM_BEFORE = "、，,（(：:"
_ITEM_AFTER = "、，,）)"


def whole_given(text: str, words: Optional[Words], found: list[Person], places: set[str]) -> list[Person]:
    """found, each two-character name whose next character completes it read as three."""
    if words is None:
        return found
    return [_longer(text, words, p, places) or p for p in found]


def _longer(text: str, words: Words, p: Person, places: set[str]) -> Optional[Person]:
    if len(p.name) != 2 or surname_len(p.name) != 1 or p.rule == "person:byline" or p.end >= len(text):
        return None
    c = text[p.end]
    tok = words.token_at(p.end)
    if not _CJK.match(c) or c in lists()["end"] or tok is None or tok[0] != p.end or tok[1] != p.end + 1 \
            or tok[3] in _FUNCTION_TAGS or tok[3].startswith("v") and not _listed(text, p.start, p.end + 1) \
            or c in _SETTLEMENT_ENDS \
            or "某" in p.name or p.rule in _OTHER_RULES:
        return None
    if not _ends_name(text, words, p.end + 1):
        return None
    whole = words.token_at(p.start)
    if whole is not None and (whole[0], whole[1]) == (p.start, p.end) and whole[3] == "nrfg":
        return None  # 高成/著: jieba's dictionary holds the two characters as a person's whole name
    name = p.name + c
    if not plausible(name) or name in places or name[-1] in lists()["not_end"] or name[1:] in lists()["titles"]:
        return None
    return Person(p.start, p.end + 1, name, p.rule, p.role)


def _listed(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in _ITEM_BEFORE and end < len(text) and text[end] in _ITEM_AFTER


def _ends_name(text: str, words: Words, at: int) -> bool:
    """What follows may end a name: the text's end, a mark, or a word of two characters or more
    or a function word that begins at `at`."""
    if at >= len(text) or not _CJK.match(text[at]):
        return True
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and (len(tok[2]) >= 2 or tok[3] in _FUNCTION_TAGS or text[at] in lists()["end"])


def married_form(text: str, at: int, words: Words) -> bool:
    """范徐丽泰, 叶/刘淑仪, 陈方/安生: a married woman's name in Hong Kong's usage, her husband's
    surname before her own surname and given name, four characters that jieba reads as one name,
    as a surname and a three-character name, or as a two-character name and a two-character word
    that ends the name (a verb or a mark after it)."""
    if not surname_len(text[at + 1:at + 3]) == 1 or not all(_CJK.match(c) for c in text[at:at + 4]):
        return False
    first, rest = words.token_at(at), words.token_at(at + 1)
    if first is not None and first[0] == at and first[3] == "nr" and len(first[2]) == 4:
        return True
    if first is not None and (first[0], first[1]) == (at, at + 1) and rest is not None \
            and (rest[0], rest[1]) == (at + 1, at + 4) and rest[3] in ("nr", "nrfg"):
        return True
    given = words.token_at(at + 2)
    after = words.token_at(at + 4)
    return first is not None and (first[0], first[1]) == (at, at + 2) and first[3] == "nr" \
        and given is not None and (given[0], given[1]) == (at + 2, at + 4) and given[3] in ("a", "an", "nz", "nr") \
        and (after is None or after[0] == at + 4 and after[3] in ("v", "x", "t", "d", "p", "c", "uj", "ul"))
