"""Counts whose number is part of a name (data/non_facts.toml, the sections from [formats] on):
a game's format (五人制足球), a phase of a project (宝钢二期工程), a plenum numbered after its
term (省委十一届十次、十一次全会, 五届人大三次会议, 二十届历次全会); and a count that is no count
at all: the adverb 四处 (everywhere), a rank after a verb of ranking (分列二、三名).

Each is a number that orders or names, not N things the page counts. The fixed terms of policy
writing ([terms]: 四项基本原则, 两位数增长) block any number inside them, as [phrases] words do:
term_spans gives non_facts.blocked_spans their spans."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..candidate import Candidate
from ..fact_types import COUNT
from ..lexicon import alternation, table, word_trie
from .fragments import BIG_CHARS, CN_CHARS


@lru_cache(maxsize=1)
def _terms() -> re.Pattern:
    """The [terms] words, found where they overlap one another too (国内国际两个市场、两种资源
    holds two): a lookahead at each position that holds a first character."""
    words = table("non_facts.toml")["terms"]["words"]
    digits = "\\d" + CN_CHARS + BIG_CHARS
    numeral = [w for w in words if re.match(f"[{digits}]", w)]
    other = [w for w in words if w not in numeral]
    # (as [phrases]: 一百一十一 holds no 十一, so a term that opens with a numeral follows none)
    parts = [f"(?<![{digits}])(?:{word_trie(numeral)})"] if numeral else []
    parts += [f"(?:{word_trie(other)})"] if other else []
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?=({'|'.join(parts)}))" if parts else "(?!)")


def term_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the fixed terms of policy writing in the text ([terms]: 四项基本原则, 两位数)."""
    return [m.span(1) for m in _terms().finditer(text)]


class _Names(NamedTuple):
    format_units: frozenset
    format_after: re.Pattern     # 制, not 制定
    phase_units: frozenset
    phase_number: re.Pattern     # a lone Chinese digit: 二期, not 两期 nor 28期
    phase_counted: re.Pattern    # 举办了三期: so many times held, a count
    plenum_units: frozenset
    plenum_before: re.Pattern    # 届, 届人大, 届十次、
    plenum_after: re.Pattern     # 全会, 会议, 、十一次全会
    term_units: frozenset
    term_after: re.Pattern       # 历次全会, 三中、四中全会, 十次、十一次全会
    adverbs: frozenset           # 四处: everywhere
    adverb_counted: re.Pattern   # 发现了四处: places counted
    rank_units: frozenset
    rank_before: re.Pattern      # 分列二、: a verb of ranking a few characters before


@lru_cache(maxsize=1)
def _names() -> _Names:
    t = table("non_facts.toml")
    fmt, phase, s, adv, rank = t["formats"], t["phases"], t["session_lists"], t["adverbs"], t["rank_lists"]
    num = f"[{CN_CHARS}]{{1,3}}"
    links = f"[{re.escape(s['links'])}]"
    names = alternation(s["names"])
    between = alternation(w for w in s["between"] if w)
    plenums = alternation(s["plenum_units"])
    term = re.escape(s["term"])
    return _Names(
        format_units=frozenset(fmt["units"]),
        format_after=re.compile(f"{re.escape(fmt['after'])}(?!{alternation(w[1:] for w in fmt['not_after'])})"),
        phase_units=frozenset(phase["units"]),
        phase_number=re.compile(f"[{phase['digits']}]"),
        phase_counted=re.compile(f"(?:{alternation(phase['counted_after'])})$"),
        plenum_units=frozenset(s["plenum_units"]),
        plenum_before=re.compile(f"{term}(?:{between})?$|{term}{num}(?:{plenums})(?:{links}{num}(?:{plenums}))*{links}$"),
        plenum_after=re.compile(f"(?:{links}{num}(?:{plenums}))*(?:{names})"),
        term_units=frozenset([s["term"]]),
        term_after=re.compile(f"(?:{alternation(s['after_term'])})"
                              f"|{num}[中{plenums}](?:{links}{num}[中{plenums}])*(?:{names})"),
        adverbs=frozenset(adv["words"]),
        adverb_counted=re.compile(f"(?:{alternation(adv['counted_after'])})$"),
        rank_units=frozenset(rank["units"]),
        rank_before=re.compile(f"(?:{alternation(rank['before'])})[^，。；]{{0,{int(rank['reach'])}}}$"),
    )


def in_name(c: Candidate, text: str) -> bool:
    """Whether a count's number is part of a name (a format, a phase, a numbered plenum), an adverb
    or a rank."""
    if c.type != COUNT.name:
        return False
    n = _names()
    head = text[max(0, c.start - 12): c.start]
    if text[c.start: c.end] in n.adverbs:
        return not n.adverb_counted.search(head)
    if c.unit in n.rank_units and n.rank_before.search(head):
        return True
    if c.unit in n.format_units:
        return n.format_after.match(text, c.end) is not None
    if c.unit in n.phase_units:
        number = text[c.start: c.end - len(c.unit)]
        return n.phase_number.fullmatch(number) is not None and not n.phase_counted.search(head)
    if c.unit in n.plenum_units:
        return n.plenum_before.search(head) is not None and n.plenum_after.match(text, c.end) is not None
    if c.unit in n.term_units:
        return n.term_after.match(text, c.end) is not None
    return False
