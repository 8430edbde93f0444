"""Places by the role their clause gives them (data/place_scope.toml): the actor after a clause of a purpose
(为加快运送速度，那曲地区正组织…), and China as one of two countries a figure is of (两国贸易额), which
place_scope.py weighs against the places around them."""
from __future__ import annotations

from typing import Callable, Optional

from .place_words import CLAUSE_END, opens_at, whole_words
from .record import Record


def _value(p: Record) -> str:
    from .place_scope import value_of  # (place_scope reads this module)
    return value_of(p)


def purpose_end(text: str, at: int) -> Optional[int]:
    """Where the clause of a purpose that opens a sentence at `at` ends (为进一步加快运送速度，|), if one does:
    a place opening the clause after it is the sentence's topic, the one who acts (…，那曲地区目前正组织…),
    not a place the purpose names."""
    w = whole_words()
    end = CLAUSE_END.search(text, at, at + w.purpose_clause_longest + 1)
    if end and text.startswith("，", end.start()) and text.startswith(w.purpose_before, at):
        return end.end()
    return None


def actor_after_purpose(text: str, lead: int, places: list[Record]) -> Optional[tuple[list[Record], int]]:
    """The places from the clause after an opening clause of a purpose, and where that clause starts, where a
    place opens it (为加快运送速度，那曲地区正组织…: 那曲地区 acts); None otherwise."""
    purpose = purpose_end(text, lead)
    actor = [p for p in places if p.norm_start >= purpose] if purpose else []
    if actor and opens_at(text, purpose, actor[0].norm_start):
        return actor, purpose
    return None


def bilateral(text: str, sent_start: int, pos: int, sentence: list[Record],
              article_before: Callable[[], list[Record]]) -> bool:
    """Whether a figure is of two countries one of which is China (两国贸易额 after 中国 or 中南两国,
    with no place named between the word and the figure: not 南非同中国香港地区的贸易额): China's
    trade with a country is about China. article_before: the article's places before the figure,
    asked for only where a word of two countries stands before it (most figures have none)."""
    w = whole_words()
    word = None
    for word in w.bilateral.finditer(text, sent_start, pos):
        pass
    if word is None or any(p.norm_start >= word.end() for p in sentence):
        return False
    before = article_before()
    lo = max(0, pos - w.bilateral_reach)
    if lo > 0 and before:
        lo = min(lo, before[0].norm_start)  # the article's places reach back no further than it
    return any(_value(p) == w.country_name for p in before) or bool(w.china_pair.search(text, lo, pos))
