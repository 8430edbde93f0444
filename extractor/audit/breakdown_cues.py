"""The words that open a breakdown of a total said before them (data/cues.toml [sum]), and which
numbers of a sentence a breakdown said after it may divide.

    T，其中 A a，B b          `其中`, `包括`, a colon
    …。分领域看，A a，B b      a dimension opening its sentence: from the word list, or as a
    …。按年龄分，A a，B b      pattern (an opening word, a few characters, a closing word, a
    …。从性别构成看，A a，B b  comma or colon; with 从 only a composition: `从全年看，` is no breakdown)
    T，分别为 A a、B b         every part of the total of the clause right before
    T，按来源分：A a，B b      inside its sentence, after the total's clause or after `；` closing
    …；按消费类型分，C c，D d   another breakdown (a dimension of a few characters only)
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Num, PageView

_DIMENSION_CHARS = 8  # `按经营单位所在地分`: the longest dimension a breakdown opening its sentence names
_INNER_CHARS = 6  # inside a sentence (`…15230 万元，按来源分：…`) a shorter one: `按规定企业自销的部分，` is no dimension


@lru_cache(maxsize=1)
def cue_re() -> re.Pattern:
    ws = cues.words("sum", "partial") + cues.words("sum", "listing") + cues.words("sum", "by_dimension")
    ws = tuple(sorted(ws, key=lambda w: -len(w))) + ("：",)
    respective = rf"(?<=，)(?:{_alternatives('respective_total')})"  # right after the total's clause
    return re.compile("|".join([_dimension_opening(), _dimension_opening(_INNER_START, _INNER_CHARS), respective]
                               + [re.escape(w) for w in ws]))


def is_respective(view: PageView, at: int) -> bool:
    """Whether the cue at `at` is `，分别为` listing every part of the total of the clause before."""
    return at > 0 and view.text[at - 1] == "，" and view.text.startswith(cues.words("sum", "respective_total"), at)


_INNER_START = r"(?<=[，；])"  # a breakdown opening a clause of its sentence


def is_dimension(view: PageView, at: int) -> bool:
    """Whether a breakdown cue found at `at` names a dimension (`按来源分`, `分城乡看`), not `其中`,
    `包括` or a colon."""
    return view.text.startswith(tuple(cues.words("sum", "by_dimension_open") + cues.words("sum", "by_composition_open")), at)


_SCOPE_LEAD = re.compile(r"[^，。；：\d０-９]{1,12}中[，：]")  # `工程建设项目中，`: parts of a whole said before


def opens_with_parts(view: PageView, start: int) -> bool:
    """Whether a sentence (or clause) opening at `start` lists parts of a whole said before it: it opens
    with a breakdown cue (`分领域看，`, `其中，`) or with the whole named as a scope (`工程建设项目中，`)."""
    m = cue_re().match(view.text, start)
    return bool(m and view.text[start] != "：") or bool(_SCOPE_LEAD.match(view.text, start))


def first_breakdown(view: PageView, start: int, end: int) -> int | None:
    """Where the first breakdown between start and end opens: a cue, or a scope opening at `start`
    (`按经营单位所在地分，城镇 a，乡村 b；按消费类型分，…`: the numbers after it are parts, no
    total of the breakdown after `；`)."""
    if opens_with_parts(view, start):
        return start
    return next((m.start() for m in cue_re().finditer(view.text, start, end) if view.text[m.start()] != "："), None)


def _alternatives(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(cues.words("sum", key), key=lambda w: -len(w)))


@lru_cache(maxsize=1)
def _after_semicolon_re() -> re.Pattern:
    return re.compile(r"[；;]" + _dimension_opening("", _INNER_CHARS))


def next_dimension(view: PageView, start: int, end: int) -> int:
    """Where a clause after `；` opens a breakdown by another dimension (`…其他工程 13 个；按标段性质
    分，施工类 53 个…`) between start and end, else end: the parts of one breakdown stop there."""
    m = _after_semicolon_re().search(view.text, start, end)
    return m.start() if m else end


def _dimension_opening(sentence_start: str = r"(?<![^。！？\n])", chars: int = _DIMENSION_CHARS) -> str:
    """`按年龄分，` / `分产业看，` / `按来源分：` / `从性别构成看，` opening a sentence (or what
    `sentence_start` asks for before it): a breakdown by a dimension the word list does not name."""
    dimension = rf"[\u4e00-\u9fff]{{1,{chars}}}?"
    close = rf"(?:{_alternatives('by_dimension_close')})(?=[，,：])"
    composition = rf"(?:{_alternatives('by_composition_open')}){dimension}(?:{_alternatives('by_composition_words')})"
    return rf"{sentence_start}(?:(?:{_alternatives('by_dimension_open')}){dimension}|{composition}){close}"


def sentence_heads(view: PageView, sent: int, nums: list[Num]) -> list[Num]:
    """Those of `nums` (numbers of sentence `sent`) that a breakdown said after the sentence may
    divide: none where the sentence opens with a breakdown cue (its numbers are parts: the whole
    is further back), else the ones before its own `其中` when it has one (`户籍人口 T，其中男 a，
    女 b。按年龄分，…` divides T, not b)."""
    s = view.sentences[sent]
    lead = len(view.text[s.start:s.end]) - len(view.text[s.start:s.end].lstrip("，, "))
    if opens_with_parts(view, s.start + lead):
        return []
    found = [i for i in (view.text.find(w, s.start, s.end) for w in cues.words("sum", "partial")) if i >= 0]
    heads = [n for n in nums if found and n.end <= min(found)]
    return heads if heads else nums
