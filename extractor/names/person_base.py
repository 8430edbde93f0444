"""What the person finders share: the Person record, the word lists and the surname tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, word_list, word_trie

_CJK_RUN_ANY = re.compile(r"[\u4e00-\u9fff]+")  # fullmatch: every character is CJK, in one call


@dataclass(slots=True)  # made by the thousand per page: slots make that cheaper
class Person:
    start: int
    end: int
    name: str
    rule: str
    role: Optional[str] = None


@lru_cache(maxsize=1)
def lists() -> dict:
    surnames = word_list("names/surnames.txt")
    return {
        "single": frozenset(s for s in surnames if len(s) == 1),
        "common": frozenset([s for s in surnames if len(s) == 1][:120]),
        "not_end": frozenset(word_list("names/not_name_end.txt")),
        "foreign": frozenset("".join(word_list("names/foreign_name_chars.txt"))),
        "double": frozenset(s for s in surnames if len(s) == 2),
        "titles": frozenset(word_list("names/titles.txt")),
        "titles_comrade": frozenset(word_list("names/titles.txt") + ("同志",)),
        # jobs lead a name as titles do (业主刘全顺), but are no cue after one (names/jobs.txt)
        "title_re": re.compile(word_trie(word_list('names/titles.txt') + word_list('names/jobs.txt'))),  # see word_trie
        "honor_re": re.compile(f"(?:{alternation(word_list('names/honorifics.txt'))})"),
        "end": frozenset(word_list("names/name_end.txt")),
        "not": frozenset(word_list("names/not_person.txt")),
        "after": frozenset(word_list("names/person_after.txt")),
        "before": frozenset(word_list("names/person_before.txt")),
        "member_of": tuple(word_list("names/member_of.txt")),
    }


def surname_len(text: str) -> int:
    """Length of the surname a name starts with (2 for 欧阳), 0 for none."""
    table = lists()
    if text[:2] in table["double"]:
        return 2
    return 1 if text[:1] in table["single"] else 0


def plausible(name: str) -> bool:
    table = lists()
    n = surname_len(name)
    return bool(n) and 2 <= len(name) <= n + 2 and bool(_CJK_RUN_ANY.fullmatch(name)) and name not in table["not"]

