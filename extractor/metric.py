"""What a number measures: the short phrase of its clause that names the metric.

Read from the clause's structure: the object before the number (`发放创业担保贷款 84 笔`),
`X 为/达/共 N` (`发放金额为 1237 万`), the noun after a classifier (`335 个村`, `五个督导组`),
or, for a number that opens its clause, what follows it (`69 人咨询了创业服务相关内容`).
The connective words that are stripped live in data/metric.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_CLAUSE_BREAK = "，。；！？：\n、（）()"
_MAX = 12


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")
    lead = re.compile("^(?:" + alternation(t["leading"]["words"]) + ")+")
    trail = re.compile("(?:" + alternation(t["trailing"]["words"]) + ")+$")
    stop = re.compile(alternation(t["stop_after"]["words"]))
    return lead, trail, stop


def _clean(phrase: str) -> str:
    lead, trail, _ = _patterns()
    phrase = phrase.strip("“”‘’\"'《》 ")
    for _ in range(3):
        new = trail.sub("", lead.sub("", phrase)).strip("“”‘’\"'《》 ")
        if new == phrase:
            break
        phrase = new
    return phrase


@lru_cache(maxsize=1)
def _noun_units() -> frozenset:
    return frozenset(table("metric.toml")["noun_after"]["units"])


def _subject(before: str) -> str:
    """`支出比上年同期的`, `保护率由2018年的`: a comparison names its base after the subject;
    the subject, before the comparison word, is what is measured."""
    t = table("metric.toml")["comparison"]
    mark = re.compile(f"(?:{alternation(t['words'])})(?=\\d|{alternation(t['bases'])})")
    m = mark.search(before, 1)
    return before[: m.start()] if m else before


def metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of normalized text."""
    lo = start
    while lo > 0 and text[lo - 1] not in _CLAUSE_BREAK and start - lo < 30:
        lo -= 1
    before = _clean(_subject(text[lo:start]))
    hi = end
    while hi < len(text) and text[hi] not in _CLAUSE_BREAK and hi - end < 30:
        hi += 1
    after_raw = text[end:hi]
    _, _, stop = _patterns()
    cut = stop.search(after_raw)
    after = _clean(after_raw[: cut.start()] if cut else after_raw)
    # `N 个 X`: the noun after a classifier names what is counted
    if unit in _noun_units() and after and after[0] not in "的了" and after_raw[:1] == after[:1]:
        noun = after[:_MAX]
        return noun
    if before:
        return before[-_MAX:]
    if after:
        return after[:_MAX]
    return None
