"""The words that open a breakdown of a total said before them (data/cues.toml [sum]), and which
numbers of a sentence a breakdown said after it may divide.

    T，其中 A a，B b          `其中`, `包括`, a colon
    …。分领域看，A a，B b      a dimension opening its sentence: from the word list, or as a
    …。按年龄分，A a，B b      pattern (an opening word, a few characters, a closing word, a
    …。从性别构成看，A a，B b  comma; with 从 only a composition: `从全年看，` is no breakdown)
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Num, PageView

_DIMENSION_CHARS = 6  # `按登记注册类型看`: the longest dimension a breakdown opening its sentence names


@lru_cache(maxsize=1)
def cue_re() -> re.Pattern:
    ws = cues.words("sum", "partial") + cues.words("sum", "listing") + cues.words("sum", "by_dimension")
    ws = tuple(sorted(ws, key=lambda w: -len(w))) + ("：",)
    return re.compile("|".join([_dimension_opening()] + [re.escape(w) for w in ws]))


def _alternatives(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(cues.words("sum", key), key=lambda w: -len(w)))


@lru_cache(maxsize=1)
def _after_semicolon_re() -> re.Pattern:
    return re.compile(r"[；;]" + _dimension_opening(""))


def next_dimension(view: PageView, start: int, end: int) -> int:
    """Where a clause after `；` opens a breakdown by another dimension (`…其他工程 13 个；按标段性质
    分，施工类 53 个…`) between start and end, else end: the parts of one breakdown stop there."""
    m = _after_semicolon_re().search(view.text, start, end)
    return m.start() if m else end


def _dimension_opening(sentence_start: str = r"(?<![^。！？\n])") -> str:
    """`按年龄分，` / `分产业看，` / `从性别构成看，` opening a sentence (or what `sentence_start`
    asks for before it): a breakdown by a dimension the word list does not name."""
    dimension = rf"[\u4e00-\u9fff]{{1,{_DIMENSION_CHARS}}}?"
    close = rf"(?:{_alternatives('by_dimension_close')})(?=[，,])"
    composition = rf"(?:{_alternatives('by_composition_open')}){dimension}(?:{_alternatives('by_composition_words')})"
    return rf"{sentence_start}(?:(?:{_alternatives('by_dimension_open')}){dimension}|{composition}){close}"


def sentence_heads(view: PageView, sent: int, nums: list[Num]) -> list[Num]:
    """Those of `nums` (numbers of sentence `sent`) that a breakdown said after the sentence may
    divide: none where the sentence opens with a breakdown cue (its numbers are parts: the whole
    is further back), else the ones before its own `其中` when it has one (`户籍人口 T，其中男 a，
    女 b。按年龄分，…` divides T, not b)."""
    s = view.sentences[sent]
    lead = len(view.text[s.start:s.end]) - len(view.text[s.start:s.end].lstrip("，, "))
    if cue_re().match(view.text, s.start + lead) and view.text[s.start + lead] not in "：":
        return []
    found = [i for i in (view.text.find(w, s.start, s.end) for w in cues.words("sum", "partial")) if i >= 0]
    heads = [n for n in nums if found and n.end <= min(found)]
    return heads if heads else nums
