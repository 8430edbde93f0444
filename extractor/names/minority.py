"""Tibetan and Mongolian names written in Han characters (泽仁桑珠, 巴音朝鲁, 江村罗布): two or
more common parts of such names written together, which jieba reads as places (巴音朝鲁/ns) or
cuts apart (江村/ns 罗布/nr). One part alone (扎西) is also a word or a place's name: not taken."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, word_list
from .person_base import Person
from .words import Words

_MIN_PARTS = 2


@lru_cache(maxsize=1)
def _parts_re() -> re.Pattern:
    part = alternation(word_list("names/minority_syllables.txt"))
    # the first part written out of the repeat: an alternation of words first lets the engine
    # skip to their first characters, where a repeat first was tried at every position (15x)
    return re.compile(f"(?:{part})(?:{part}){{{_MIN_PARTS - 1},2}}")


def minority_names(text: str, words: Words) -> list[Person]:
    """Runs of two or three parts of Tibetan or Mongolian names that begin and end where jieba's
    words do (not 扎西次仁 inside a longer word)."""
    return [Person(m.start(), m.end(), m.group(), "person:minority") for m in _parts_re().finditer(text)
            if words.is_boundary(m.start()) and words.is_boundary(m.end())]
