"""The numeric rules, one module per dimension, and the resolver that picks among their matches.

Every rule runs over the normalized text (never over jieba tokens, which split `23.4%`).
Overlapping candidates are resolved longest first, then by rule priority; then the filters
of data/non_facts.toml drop numbers inside names, titles and idioms.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from ..clauses import BREAKS, LIST_MARKS
from ..lexicon import alternation, table
from . import count, date, duration, money, percent, quantity
from .base import Candidate, Context, Rule
from .fragments import BIG_CHARS, CN_CHARS
from .gate import Paragraphs

MODULES = {"money": money, "count": count, "percent": percent, "quantity": quantity,
           "duration": duration, "date": date}
DIMENSIONS: tuple[str, ...] = tuple(MODULES)


def all_rules() -> list[Rule]:
    return [r for mod in MODULES.values() for r in mod.RULES]


@lru_cache(maxsize=1)
def _filters() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = table("non_facts.toml")
    # a phrase is only blocked where it is not part of a longer number: 一百一十一 holds no 十一
    # (only for a phrase that opens with a numeral: 1997上半年 still holds 上半年)
    digits = "\\d" + CN_CHARS + BIG_CHARS
    words = t["phrases"]["words"]
    numeral = [w for w in words if re.match(f"[{digits}]", w)]
    other = [w for w in words if w not in numeral]
    parts = [f"(?<![{digits}])(?:{alternation(numeral)})"] if numeral else []
    parts += [f"(?:{alternation(other)})"] if other else []
    phrases = re.compile("|".join(parts) or "(?!)")
    before = re.compile("(?:" + alternation(t["before"]["words"]) + ")$")
    after = re.compile(alternation(t["after"]["words"]))
    return phrases, before, after


# a short phrase in quotation marks is a name or a slogan: “122 全国交通安全日”, “三高四新”
_QUOTED = re.compile(r"“[^“”\n]{1,16}”|‘[^‘’\n]{1,16}’|《[^《》\n]{1,40}》")


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text inside which no number is a fact."""
    phrases, _, _ = _filters()
    spans = [m.span() for m in _QUOTED.finditer(text)]
    spans += [m.span() for m in phrases.finditer(text)]
    return sorted(spans)


def _overlaps(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    import bisect
    i = bisect.bisect_right(spans, (c.start, 10 ** 12))
    for s, e in spans[max(0, i - 3): i + 1]:
        if s < c.end and c.start < e:
            return True
    return False


# a number glued to a Latin letter (ISO9002, G20, DAX30) or after `673/` (train 673/674次)
# is part of a code; `第二、三名` continues an ordinal
_CODE_BEFORE = re.compile(r"(?:[A-Za-z]|\d[/／])$")
_ORDINAL_LIST = re.compile(f"第(?:[\\d{CN_CHARS}]+[、和或及至到]){{1,6}}$")


class _Ordinals(NamedTuple):
    """Filters that read a count's unit and its neighbours (data/non_facts.toml)."""

    after_quantity: re.Pattern   # 3米板, 10米台: a diving event, not a length
    rank_before: re.Pattern      # 前三名: a rank
    rank_units: frozenset
    session: re.Pattern          # 十四届六中全会: a session name goes on after the count
    session_units: frozenset


@lru_cache(maxsize=1)
def _ordinals() -> _Ordinals:
    t = table("non_facts.toml")
    return _Ordinals(
        after_quantity=re.compile(alternation(t["after_quantity"]["words"])),
        rank_before=re.compile("(?:" + alternation(t["rank"]["before"]) + ")$"),
        rank_units=frozenset(t["rank"]["units"]),
        # a session numeral, then a plenum numeral, then the session name
        session=re.compile(f"[{CN_CHARS}]{{0,3}}(?:{alternation(t['session']['names'])})"),
        session_units=frozenset(t["session"]["units"]),
    )


def _keep(c: Candidate, text: str, blocked: list[tuple[int, int]]) -> bool:
    _, before, after = _filters()
    o = _ordinals()
    if _overlaps(c, blocked):
        return False
    head = text[max(0, c.start - 8): c.start]
    if before.search(head[-2:]) or _CODE_BEFORE.search(head) or _ORDINAL_LIST.search(head):
        return False
    if c.type != "date" and after.match(text, c.end):
        return False
    if c.type == "quantity" and o.after_quantity.match(text, c.end):
        return False
    if c.type == "count" and c.unit in o.rank_units and o.rank_before.search(head):
        return False
    if c.type == "count" and c.unit in o.session_units and o.session.match(text, c.end):
        return False
    if _in_formula(c, text):
        return False
    return True


_FORMULA_REACH = 8
_FORMULA_ENDS = BREAKS + LIST_MARKS


def _in_formula(c: Candidate, text: str) -> bool:
    """Terms of a formula (`1 名领导+1 名工作人员`) describe a model, not a measured fact."""
    if text[c.start - 1: c.start] in ("+", "×"):
        return True  # 1 名领导+1 名工作人员, 4×100米
    tail = text[c.end: c.end + _FORMULA_REACH]
    for ch in tail:
        if ch == "+":
            return True
        if ch in _FORMULA_ENDS:
            break
    return False


def find(text: str, types: Iterable[str] | None = None) -> list[Candidate]:
    """All numeric candidates of the given types in normalized text, in text order, not overlapping."""
    wanted = set(types) if types is not None else set(DIMENSIONS)
    ctx = Context(text)
    found: list[tuple[Candidate, int]] = []
    # every dimension competes for a span even when it was not asked for, so that 45个工作日
    # is never reported as the count 45个 when only counts are wanted
    paragraphs = Paragraphs(text)
    for r in all_rules():
        for start, end in paragraphs.windows(r.gates):
            for m in r.pattern.finditer(text, start, paragraphs.reach(end)):
                if m.start() > end:
                    break  # inside the next paragraph, which the gates kept out
                c = r.build(m, ctx, r)
                if c is not None and c.end > c.start:
                    found.append((c, r.priority))
    found.sort(key=lambda cp: (-(cp[0].end - cp[0].start), -cp[1], cp[0].start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for c, _ in found:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    blocked = blocked_spans(text)
    taken = [c for c in taken if _keep(c, text, blocked) and c.type in wanted]
    taken.sort(key=lambda c: (c.start, c.end))
    return taken
