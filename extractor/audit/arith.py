"""Relations confirmed by arithmetic: a total that is the sum of a run of its neighbours, a share
that is one amount over another, a change that two levels give, an average that a total over a
count gives.

The other checks start from cue words and then do the arithmetic; this family starts from the
numbers. Candidates are generated broadly from each fact's own fields (type, unit, value, its
metric, place and period) within a bounded window of neighbours, so that the work stays linear in
page length; a candidate is kept only when the arithmetic holds within the precision each number
was written to AND the numbers agree by measure (a shared metric head, a total or share word, a
list) AND the values are not trivial (1 + 2 = 3 proves nothing). Arithmetic that holds is evidence
that a relation is real; it is never evidence of an error, so every finding here is `consistent`.
A claim that another check already reports on is left to that check (see audit/__init__.py).
"""
from __future__ import annotations

import bisect
import math
from typing import Callable, Optional
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, Num, PageView
from .tolerance import written

AMOUNT_TYPES = SUMMABLE_TYPES  # amounts (money, counts, quantities): levels, parts and totals
SHARP = 0.15  # widest interval, as a share of the value, of a level that may take part in a ratio
REACH_AFTER = 60  # characters after the last fact searched for the claim that closes its stretch
HEAD = 3  # characters at the end of a metric that name what it measures
WINDOW = 10  # same-measure neighbours either side that may take part (bounded: linear time)


@lru_cache(maxsize=None)
def words(section: str, key: str) -> tuple[str, ...]:
    return tuple(sorted(cues.table("arith.toml")[section][key], key=lambda w: (-len(w), w)))


def digits(n: Num) -> int:
    """How many significant digits a number is written with: 7.8% has 2, 30475万 5, 1254 people
    4; trailing zeros of a whole number do not count (1500米 has 2, 70% has 1): a round number
    is as likely to meet a sum or a ratio by chance as a short one."""
    iv = n.interval
    v = abs(n.value)
    if v == 0 or not (math.isfinite(iv.lo) and math.isfinite(iv.hi)):
        return 0
    shown = written(n.text)
    if shown:  # Arabic digits: count them as written (11% has 2, 39.00% 4)
        number, decimals, _ = shown
        if decimals:
            return len(f"{number:.{decimals}f}".replace(".", "").lstrip("0")) or 1
        return _significant(number)
    width = iv.hi - iv.lo
    if width <= 0:
        return _significant(v)
    # Chinese numerals: the interval spans one unit of the last written digit
    return min(_significant(v), max(0, int(math.floor(math.log10(v / width) + 1e-9)) + 1))


def exact_places(n: Num) -> int:
    """The digits of an exact count or sum, zeros kept (40 of 68 events, 100 firms of four kinds
    are no round guesses); other numbers as `digits` counts them."""
    iv = n.interval
    if iv.lo == iv.hi and n.value == int(n.value):
        return len(str(int(n.value)))
    return digits(n)


def _significant(v: float) -> int:
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    if "." not in text:
        text = text.rstrip("0")
    return len(text.replace(".", "").lstrip("0")) or 1


def sharp(n: Num) -> bool:
    """A level written to about a tenth of its value or better: `约 320 元`, `左右`, `2 万亿` (a bound of
    突破) allow too many values for a ratio of two of them to prove anything."""
    iv = n.interval
    return bounded(n) and n.value > 0 and (iv.hi - iv.lo) <= SHARP * n.value


def between_claims(view: PageView, p: Num, others: list[Num], alike: Callable[[Num], bool]) -> bool:
    """Another claim of p's type and kind (a growth rate like a growth rate) stands between p and the facts:
    they belong to that nearer claim (`净资产…增长19%；户均总资产27.7亿元，比年初增加4.6亿元，增长20%`)."""
    lo = min([p.start] + [m.start for m in others])
    hi = max([p.end] + [m.end for m in others])
    if hi > p.end:  # facts after p: a like claim closing their own stretch (up to ；or 。) is theirs
        stop = [i for i in (view.text.find("；", hi, hi + REACH_AFTER), view.text.find("。", hi, hi + REACH_AFTER)) if i >= 0]
        hi = min(stop) if stop else hi
    return any(m is not p and m.type == p.type and not any(m is o for o in others) and alike(m)
               for m in view.between(lo, hi))


def bounded(n: Num) -> bool:
    iv = n.interval
    return math.isfinite(iv.lo) and math.isfinite(iv.hi) and iv.lo >= 0


@lru_cache(maxsize=4096)
def head_bigrams(metric: str) -> frozenset[str]:
    """The two-character words of the head of a name (its last HEAD characters once the words that
    say how it changed, data/arith.toml [metric] not_head, are cut out)."""
    text = metric
    for w in words("metric", "not_head"):
        text = text.replace(w, "|")
    # the head noun ends a Chinese noun phrase: 中央财政抚恤事业费支出 is about 支出, not 中央财政
    head = text.rstrip("|").rsplit("|", 1)[-1][-HEAD:]
    return frozenset(head[i:i + 2] for i in range(len(head) - 1))


def metric_of(n: Num) -> str:
    return str(n.rec.get("metric") or "")


def related(a: Num, b: Num) -> bool:
    """Two facts whose metrics share a head word (two of the last three characters, the words of
    change left out): 钢产量 and 钢产量增长, 增值税 and 增值税增长; 本年收入 and 本年支出 share only a period word."""
    return bool(head_bigrams(metric_of(a)) & head_bigrams(metric_of(b)))


def label(view: PageView, n: Num, limit: int = 12) -> str:
    """The words before a number back to the previous number or clause break."""
    return view.label_before(n, limit)


def has_any(text: str, section: str, key: str) -> str | None:
    for w in words(section, key):
        if w in text:
            return w
    return None


def measure_groups(view: PageView) -> dict[tuple, list[Num]]:
    """The facts of each paragraph grouped by measure (type and unit, 名 with 人), in page order:
    one pass over the page, so that a long paragraph costs no more than its facts."""
    groups: dict[tuple, list[Num]] = {}
    for n in view.nums:
        groups.setdefault((n.paragraph, n.type, _unit_key(n.unit)), []).append(n)
    return groups


@lru_cache(maxsize=256)
def _unit_key(unit: Optional[str]) -> Optional[str]:
    for group in cues.unit_groups():
        if unit in group:
            return group[0]
    return unit


def near(view: PageView, n: Num) -> list[Num]:
    """Up to WINDOW facts either side of n in its sentence and the one before it (same
    paragraph), nearest first: a bisection, not a pass over a long sentence."""
    i = bisect.bisect_left(view._starts, n.start)  # noqa: SLF001 (the audit's own index of its facts)
    lo_sent = n.sentence - 1 if n.sentence > 0 and view.sentences[n.sentence - 1].paragraph == n.paragraph \
        else n.sentence
    out = [m for m in view.nums[max(0, i - 2 * WINDOW):i + 2 * WINDOW + 1]
           if m is not n and lo_sent <= m.sentence <= n.sentence]
    out.sort(key=lambda m: abs(m.start - n.start))
    return out[:2 * WINDOW]


def check(view: PageView) -> list[Draft]:
    """Every claim the arithmetic confirms, one draft per claim (growth, then rate, average, sum)."""
    from . import arith_ratio, arith_sum
    out: list[Draft] = []
    claimed: set[tuple[int, int]] = set()
    for draft in arith_ratio.drafts(view) + arith_sum.drafts(view):
        key = (draft.facts[0]["start"], draft.facts[0]["end"])
        if key in claimed:
            continue
        claimed.add(key)
        out.append(draft)
    return out
