"""span_bounds: a bound said over a span of years, against the value of one year in it.

Structures read (words in data/span_bounds.toml):
    五年来，每年城镇新增就业 60 万人以上 … 2025 年城镇新增就业 62.6 万人
                            a floor said of each year of a span (`每年`): the value of any year
                            of the span (the latest said) must reach it
    这五年，地区生产总值跨越 5000 亿元大关 … 全年实现地区生产总值 5696 亿元
    经济总量连跨 2 万亿元、3 万亿元两个台阶 … 全市地区生产总值 31050 亿元
                            a mark crossed (`跨越`, `迈上`, `突破`, a mark's noun `台阶`, `大关`
                            after it; the last of a list of marks): the value of the span's last
                            year, or of the bound's own year
Names are compared after the per-year word, scope words and the verbs that open a value's name
(`实现地区生产总值`), with the names one measure goes by (`经济总量`, `地区生产总值`). Not read: an
average over the span (`年均`), which bounds no single year; a value of a year outside the span
(next year's target of the same name); two values of the chosen year (which is meant is not sure).
The bound and its value stand paragraphs apart and a level crossed may fall back, so a value
that misses its bound is unverifiable, never inconsistent (stated_bound.bound_draft's weak).
"""
from __future__ import annotations

from typing import Callable

from . import cues
from .heads import head, months, record_field, unscoped
from .model import Num, PageView

_SECTION = "span_bounds"


def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(cues.table("span_bounds.toml")[_SECTION][key], key=lambda w: (-len(w), w)))


def plain_name(name: str) -> str:
    """A name without its scope, per-year word, opening verbs and closing verb of crossing, as the one name its measure
    goes by (`每年城镇新增就业` gives 城镇新增就业, `经济总量` gives 地区生产总值)."""
    name = unscoped(name)
    crossing = cues.ends_with_any(name, "enumeration", "crossed_before")
    if crossing:
        name = name[:-len(crossing)]  # `经济总量连跨`: the verb of the marks that follow
    changed = True
    while changed:
        changed = False
        for w in _words("each_year") + _words("name_leads"):
            if name.startswith(w) and len(name) > len(w):
                name, changed = name[len(w):], True
    for group in cues.table("span_bounds.toml")[_SECTION]["same_names"]:
        if name in group:
            return group[0]
    return name


def each_year(view: PageView, bound: Num) -> bool:
    """`每年城镇新增就业 60 万人以上`: the bound is said of every year of its span."""
    label = view.text[view.clause_start(bound.start):bound.start]
    return any(w in label for w in _words("each_year"))


def crossed(view: PageView, bound: Num, label: str) -> bool:
    """`跨越 5000 亿元大关`, `迈上 5 万亿元台阶`: a mark the measure passed."""
    return label.endswith(cues.words("enumeration", "crossed_before")) \
        or view.noun_after(bound).startswith(_words("mark_nouns"))


def listed_mark(view: PageView, bound: Num) -> tuple[Num, str] | None:
    """`连跨 5 万亿元、6 万亿元两个台阶`: the last of marks listed after a verb of crossing, with
    the words before the list's first mark (its name and verb)."""
    first = bound
    while True:
        label = view.label_before(first)
        if label not in _words("list_links"):
            break
        before = [n for n in view.in_sentence(first.sentence) if n.end <= first.start]
        if not before or not before[-1].same_measure(first):
            return None
        first = before[-1]
    if first is bound:
        return None
    after = [n for n in view.in_sentence(bound.sentence) if n.start >= bound.end]
    if after and after[0].same_measure(bound) and view.label_before(after[0]) in _words("list_links"):
        return None  # not the list's last mark
    label = view.label_before(first)
    return (first, label) if label.endswith(cues.words("enumeration", "crossed_before")) else None


def value_in_span(view: PageView, bound: Num, name: str, per_year: bool,
                  is_value: Callable[[Num], bool]) -> Num | None:
    """The one value of the bound's article named as the bound (plain_name) in the year the
    bound speaks of: for a bound of each year, the latest year of its span said; else the span's
    last year (a single-year bound: its own year)."""
    period = record_field(bound, "period")
    if not period or not name:
        return None
    lo, hi = months(period)
    place = record_field(bound, "place")
    found: dict[str, list[Num]] = {}
    for n in _by_plain_name(view).get((bound.article, name), []):
        p = record_field(n, "period")
        if n is bound or n.sentence == bound.sentence or not p or not n.same_measure(bound) \
                or n.qualifier != "exact" or not is_value(n):
            continue
        if place and record_field(n, "place") and record_field(n, "place") != place:
            continue
        n_lo, n_hi = months(p)
        if n_lo[:4] != n_hi[:4] or n_lo[5:] != "01" or n_hi[5:] != "12":
            continue  # a whole year's value
        if per_year and lo <= n_lo and n_hi <= hi or n_hi == hi:
            found.setdefault(n_hi, []).append(n)
    if not found:
        return None
    values = found[max(found)]
    return values[0] if len(values) == 1 else None


def _by_plain_name(view: PageView) -> dict[tuple[int, str], list[Num]]:
    """The numbers of each article by their plain name, built once a page (a lookup, not a pass)."""
    index = view.__dict__.get("_by_plain_name")
    if index is None:
        index = view.__dict__["_by_plain_name"] = {}
        for n in view.nums:
            index.setdefault((n.article, plain_name(head(view, n))), []).append(n)
    return index
