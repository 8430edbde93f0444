"""Exact sums: a run of parts of one sentence that adds up, to the last digit written, to a
figure of the same measure with many significant digits, found by arithmetic alone (issue 12:
"arithmetic that holds exactly is evidence that a relation is real").

    股指两日共涨 1105.39 点。首日涨 598.84 点、成交 110 亿元；次日涨 506.55 点。
        near: the total in the parts' sentence or the one next to it, six digits met exactly
    收入总数为 3,074,277 元 …（paragraphs later）… 甲收入为 2,368,894 元，乙收入为 705,383 元。
        far: a total said earlier on the page, named by a noun every part's name holds

discover.py asks a total of three digits and keeps the numbers together by their clauses (no
clause of another measure between them); this pass asks more of the arithmetic instead, so that
neither distance nor a clause between them matters: a total written with TOTAL_DIGITS significant
digits or more (trailing zeros of a whole number do not count: 3000 万 has one), each part
written to the total's last digit or finer (so that the sum is as sharp as the total: `1.2 万`
meets 12345 within its rounding only), the parts a contiguous run of plain numbers of one
sentence, all of one kind with the total (discover.plain levels: exact, no target, rank, per-unit
figure or threshold; or exact amounts of change of one way, which add up to a change of that way:
a level and its change make the next level, a growth, not a sum; a difference of no way, `差额`,
is neither), periods nested. A total of another paragraph or further than one sentence from the
parts must also be said before them, with FAR_DIGITS digits, and share a word of the head of its
name with every part's (arith.head_bigrams, a word of total off: `收入总数` and `中央预算收入`,
`地方预算收入`; not `支出总数`, nor a word of scope, `全省`). Each run tries its sums against a
sorted table of the page's totals of its measure (bisection): linear in page length up to a log.

Verdicts: `consistent` only. A failed sum is no evidence of anything: no word here says that the
numbers are parts of one whole.
"""
from __future__ import annotations

import bisect
import math
from typing import Optional

from . import cues
from .arith import WINDOW, bounded, digits, head_bigrams, measure_groups, metric_of
from .arith_ratio import way_of
from .discover import LABEL, SUMMED, nested, plain
from .findings import sum_draft
from .heads import head
from .model import Draft, Num, PageView
from .tolerance import Interval

TOTAL_DIGITS = 5  # significant digits of a total met by a run of parts in or next to its sentence
FAR_DIGITS = 6  # ... by a run of parts further off: one chance in a million per try
PART_DIGITS = 2  # significant digits of each part: `10` and `20` fit too many totals


LEVEL = "level"

Totals = tuple[list[tuple[Num, str]], list[float]]  # (total, its kind) sorted by value, and the values


def check(view: PageView) -> list[Draft]:
    groups = measure_groups(view)
    totals: dict[tuple, list[tuple[Num, str]]] = {}
    for key, same in groups.items():
        if same[0].type in SUMMED:
            found = [(n, kind(view, n)) for n in same if digits(n) >= TOTAL_DIGITS]
            totals.setdefault(key[1:], []).extend((n, k) for n, k in found if k)
    table = {k: (sorted(v, key=lambda t: t[0].value), sorted(t[0].value for t in v)) for k, v in totals.items()}
    out: list[Draft] = []
    for key, same in groups.items():
        if key[1:] not in table:
            continue
        kinds = [kind(view, n) if digits(n) >= PART_DIGITS else None for n in same]
        for i in range(len(same)):
            d = _run_from(view, same, kinds, i, table[key[1:]])
            if d:
                out.append(d)
    return out


def kind(view: PageView, n: Num) -> Optional[str]:
    """LEVEL for a plain number (discover.plain), 'up' or 'down' for an exact amount of change
    (`上涨 598.84 点`): changes add up to a change of the same way, never levels to a change (a
    level and its change make the next level, a growth), None for a number that takes no part."""
    if plain(view, n):
        return LEVEL
    way = way_of(view.label_before(n, LABEL))
    if way and n.qualifier == "exact" and bounded(n) and n.value > 0 and "百分点" not in n.text:
        return way
    return None


def _run_from(view: PageView, same: list[Num], kinds: list[Optional[str]], i: int,
              table: Totals) -> Optional[Draft]:
    nums, values = table
    parts: list[Num] = []
    got = Interval(0.0, 0.0)
    for j in range(i, min(len(same), i + WINDOW)):
        m = same[j]
        if kinds[j] is None or kinds[j] != kinds[i] or (parts and m.sentence != parts[0].sentence):
            return None
        parts.append(m)
        got = got + m.interval
        if len(parts) < 2:
            continue
        lo = bisect.bisect_left(values, got.lo - 1e-9 * got.lo)
        hi = bisect.bisect_right(values, got.hi + 1e-9 * got.hi)
        found = [t for t, k in nums[lo:hi] if k == kinds[i] and _fits(view, t, parts)]
        if found:
            total = min(found, key=lambda t: abs(t.start - parts[0].start))
            d = sum_draft(total, list(parts), exhaustive=False, why="由算术得出")
            d.explanation = d.explanation.rstrip("。") + "（由算术发现：各部分之和与所写的每一位数字都相符）。"
            d.extra["found_by"] = "exact_sum"
            return d
    return None


def _fits(view: PageView, total: Num, parts: list[Num]) -> bool:
    if parts[0].start <= total.start <= parts[-1].start or not nested(total, parts):
        return False
    unit = _last_digit(total)
    if any(m.interval.hi - m.interval.lo > unit + 1e-9 * unit for m in parts):
        return False  # a part rounded more coarsely than the total: the sum is not as sharp
    if total.paragraph == parts[0].paragraph and abs(total.sentence - parts[0].sentence) <= 1:
        return True
    return total.start < parts[0].start and digits(total) >= FAR_DIGITS and _named_alike(view, total, parts)


def _last_digit(n: Num) -> float:
    """The value of one unit of the last significant digit written: 0.01 for 1105.39, 1000 for
    3,074,277,000 (its zeros are no digits: the sum need not be sharper than that)."""
    v = abs(n.value)
    return 10.0 ** (math.floor(math.log10(v) + 1e-9) - digits(n) + 1)


def _named_alike(view: PageView, total: Num, parts: list[Num]) -> bool:
    words = _words(view, total)
    return all(words & _words(view, m) for m in parts)


def _words(view: PageView, n: Num) -> frozenset[str]:
    """The words of what a number's name measures (arith.head_bigrams of the name before it and of
    its record's metric), a word of total off its end first (`收入总数` measures 收入)."""
    return head_bigrams(_untotalled(head(view, n))) | head_bigrams(_untotalled(metric_of(n)))


def _untotalled(name: str) -> str:
    """A name less the word that says it is a total (data/cues.toml [levels] total_words)."""
    ending = cues.ends_with_any(name, "levels", "total_words")
    return name[:-len(ending)] if ending and len(ending) < len(name) else name
