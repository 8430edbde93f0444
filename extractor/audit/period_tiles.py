"""period_tiles: a span's amount against the amounts of the periods that tile it.

    前三季度全省实现营业收入 960.5 亿元 … 分季度看，一季度实现营业收入 301.2 亿元，二季度 318.6 亿元，
    三季度 340.7 亿元
The records' periods say it: the total's period is a span of months (`2026-01/2026-09`), and the
parts, said one after another in one later sentence of its paragraph, have periods that follow each
other without gap or overlap from the span's first month to its last (`2026-01/2026-03`,
`2026-04/2026-06`, `2026-07/2026-09`). A flow over the span is the sum of its flows over the parts,
so the parts add up to the total. Tied only where the first part's label ends with the total's name
(four characters at least: `营业收入`), the parts share its type and unit, and none is a change, an
average, a level at a point (`末`, `余额`) or a bound: data/cues.toml [period_tiles].
"""
from __future__ import annotations

import re

from ..clauses import INNER_BREAKS
from ..time_words import scope_words
from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .findings import sum_draft
from .model import Draft, Num, PageView
from .span_totals import bare_name

_MONTHS = re.compile(r"(\d{4}|XXXX)-(\d\d)/(\d{4}|XXXX)-(\d\d)$")  # XXXX: a year left unsaid
_NAME = 4  # the shortest total's name that ties the first part to it


def check(view: PageView) -> list[Draft]:
    drafts = []
    by_sentence: dict[int, list[Num]] = {}
    for n in view.nums:
        if n.sentence >= 0 and span(n) is not None and _flow(view, n):
            by_sentence.setdefault(n.sentence, []).append(n)
    for sent, nums in by_sentence.items():
        for total in nums:
            parts = _tiles(view, total, by_sentence) or _listed_before(view, total, nums)
            if parts:
                drafts.append(sum_draft(total, parts, True, "各期首尾相接，正好覆盖总数所指的时期"))
    return drafts


def span(n: Num) -> tuple[int, int] | None:
    """The months (as year * 12 + month) a number's period runs from and to."""
    m = _MONTHS.match(n.rec.get("period") or "")
    if not m:
        return None
    if (m[1] == "XXXX") != (m[3] == "XXXX"):
        return None
    lo, hi = _year(m[1]) * 12 + int(m[2]), _year(m[3]) * 12 + int(m[4])
    return (lo, hi) if lo <= hi else None


def months_of_year(n: Num) -> tuple[int, int, int] | None:
    """A number's year and the first and last month of its span, where the span lies within one
    stated year (`2025-01/2025-06`: 2025, 1, 6)."""
    s = span(n)
    if s is None:
        return None
    (y1, m1), (y2, m2) = divmod(s[0] - 1, 12), divmod(s[1] - 1, 12)
    return (y1, m1 + 1, m2 + 1) if y1 == y2 and y1 else None


def _year(y: str) -> int:
    return 0 if y == "XXXX" else int(y)


def _flow(view: PageView, n: Num) -> bool:
    label = view.label_before(n)
    return n.type in SUMMABLE_TYPES and n.qualifier == "exact" and not is_change(view, n) \
        and not cues.contains_any(label, "period_tiles", "not_flow")


def _tiles(view: PageView, total: Num, by_sentence: dict[int, list[Num]]) -> list[Num] | None:
    lo, hi = span(total)
    name = (total.rec.get("metric") or "")[-8:]
    for sent in range(total.sentence + 1, total.sentence + 3):
        nums = [n for n in by_sentence.get(sent, []) if n.same_measure(total)]
        if not nums or view.sentences[sent].paragraph != view.sentences[total.sentence].paragraph:
            continue
        parts = _tiling(nums, lo, hi)
        if parts and _named(view, parts[0], name):
            return parts
    return None


def _tiling(nums: list[Num], lo: int, hi: int) -> list[Num] | None:
    """The first run of two numbers or more whose periods follow each other from month lo to hi."""
    parts, at = [], lo
    for n in nums:
        s, e = span(n)
        if s == at and e < hi or s == at and e == hi and parts:
            parts.append(n)
            at = e + 1
        elif parts:
            break
    return parts if len(parts) >= 2 and at == hi + 1 else None


def _listed_before(view: PageView, total: Num, nums: list[Num]) -> list[Num] | None:
    """`一至四季度分别完成 218.6 亿元、296.4 亿元、301.7 亿元和 310.1 亿元，其中上半年完成 515.0 亿元`:
    the span said after `其中` at the end of its sentence's list of periods; the first of the
    periods before it in the sentence that tile it from its first month on add up to it, where the
    span is named as the list's measure (`其中上半年民间投资完成 215.0 亿元` is a narrower measure)."""
    start = view.sentences[total.sentence].start
    words = _after_partial(view.text[start:total.start])
    if words is None:
        return None
    lo, hi = span(total)
    end = total.start - len(words)
    parts = _tiling([n for n in nums if n.end <= end and n.same_measure(total)], lo, hi)
    if parts and _named_as_list(view, words, parts[0]):
        return parts
    return None


def _after_partial(said: str) -> str | None:
    """The words of the sentence's last clause after its `其中` (`其中上半年完成`: 上半年完成; also
    `其中：上半年完成`), or None where that clause does not open with it."""
    pieces = [p.strip() for p in re.split(f"[{INNER_BREAKS}]", said)]
    partial = cues.words("sum", "partial")
    if len(pieces) >= 3 and pieces[-2] in partial:
        return pieces[-1]
    if len(pieces) >= 2 and pieces[-1].startswith(partial):
        return pieces[-1][len(next(w for w in partial if pieces[-1].startswith(w))):]
    return None


def _named_as_list(view: PageView, words: str, first: Num) -> bool:
    """The span's words, less its part of the year (`上半年`) and the words of time and doing
    (`完成`), name nothing or what the list's sentence or first part's measure names (`投资`)."""
    for w, _ in scope_words().parts:
        words = words.replace(w, "")
    own = bare_name(words)
    listed = view.text[view.sentences[first.sentence].start:first.start] + (first.rec.get("metric") or "")
    return not own or own in bare_name(listed)


def _named(view: PageView, first: Num, name: str) -> bool:
    """The first part's label ends with the total's name (its last four characters at least)."""
    label = view.label_before(first)
    k = 0
    while k < min(len(label), len(name)) and label[-k - 1] == name[-k - 1]:
        k += 1
    return k >= _NAME
