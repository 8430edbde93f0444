"""Persons named by a surname and a mark in place of (part of) the given name: an honorific
(彭女士, 李先生) or 某 masking it (高某民, 李某) as court and police news write them."""
from __future__ import annotations

import re
from typing import Optional

from .person_base import Person, lists as _lists
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")


def honorific(text: str, words: Optional[Words]) -> list[Person]:
    """彭女士: a one-character surname right before an honorific, where a word starts at it (the
    last character of a word before 先生 is no surname)."""
    lists = _lists()
    out = []
    for m in lists["honor_re"].finditer(text):
        at = m.start() - 1
        if at < 0 or text[at] not in lists["single"]:
            continue
        if at and _CJK.match(text[at - 1]) and words is not None and at not in words.start_set:
            continue
        out.append(Person(at, m.end(), text[at:m.end()], "person:honorific"))
    return out


_MASKED = re.compile(r"(?P<s>[\u4e00-\u9fff])某(?P<g>某|[\u4e00-\u9fff])?")


def masked(text: str, words: Optional[Words] = None) -> list[Person]:
    """高某民, 李某: a one-character surname, 某, and perhaps one character of the given name."""
    lists = _lists()
    out: list[Person] = []
    # a masked name has 某 second: the scan may start just before the first 某 (most pages have none)
    first = text.find("某")
    if first < 0:
        return out
    for m in _MASKED.finditer(text, max(0, first - 1)):
        if m.group("s") not in lists["single"] or _masked_is_word(words, m.start()):
            continue
        end = m.end()
        g = m.group("g")
        if g and g != "某" and (g in lists["end"] or g in "某些人种项个类地处" or _word_after(words, end - 1)):
            end -= 1  # 李某/酒后, 易某/驾驶, 何某/才: the character after 某 begins the next word
        out.append(Person(m.start(), end, text[m.start():end], "person:masked"))
    return out

def _masked_is_word(words: Optional[Words], at: int) -> bool:
    """军区/某部, 时/某些: the surname-like character ends a word, or 某 begins one."""
    if words is None:
        return False
    return at not in words.start_set or _word_starts(words, at + 1) or _tag_of(words, at) in ("p", "c")


def _tag_of(words: Words, at: int) -> str:
    tok = words.token_at(at)
    return tok[3] if tok is not None else ""


def _word_after(words: Optional[Words], at: int) -> bool:
    """A word of two or more characters, or a function word or verb of one (才, 负), at `at`."""
    return words is not None and (_word_starts(words, at) or _tag_of(words, at) in ("d", "v", "p", "c", "u", "r"))


def _word_starts(words: Optional[Words], at: int) -> bool:
    """A word of two or more characters begins at `at`."""
    tok = words.token_at(at) if words is not None else None
    return tok is not None and tok[0] == at and len(tok[2]) >= 2
