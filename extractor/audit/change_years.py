"""An amount of change counted from a year (`比 2019 年`, `比上年`), its base level said sentences before.

    2018 年只运出了 96 万吨，2019 年和 2020 年都只运出了 120 万吨。2021 年全港货物运量
    计划提高到约 150 万吨，比 2019 年提高约 30 万吨
        the new level is the last one before the change in its sentence (a level reached,
        `提高到`, counts; a part after `其中` does not); the base, the level of the year after
        `比`, in the sentences before of the paragraph (a label naming several years names each:
        `2019 年和 2020 年都`; the ends of a span, `2018 年至 2020 年`, or a sum or mean over
        them, `共`, `平均每年`, none)

Where growth_bases.base_of_year finds the base under the new level's name, the link is by name
and year (change.py keeps a mismatch unverifiable, as for `比上年`). Where the names differ
(`货物运量` and `运出了`), the one level of that year in the paragraph's sentences before is the
base only where the digits written give the stated change (each number read to its last written
digit, `约` or not: `约 150` is 149.5–150.5 here) and the names do not say two measures (an
addition of the year, `新增`, against a level; names with no character in common; two places):
arithmetic that holds is evidence of the relation, a miss is none (the level may be another
measure's), so such a pair is only ever consistent. The look is a few sentences of one
paragraph: linear in page length.
"""
from __future__ import annotations

from . import cues
from .growth_bases import SENTENCES_BACK, base_of_year
from .heads import head, kind_of, record_field
from .model import Num, PageView
from .tolerance import Interval, interval_of
from .wording import is_increment
from .yearly import label_year, years_each


def year_levels(view: PageView, d: Num, direction: str, year: int,
                levels: list[Num]) -> tuple[Num, Num, bool] | None:
    """(new level, base, whether the link is by name only) of a change counted from `year`
    (`比 2019 年增加 D`, `比上年增加 D`) whose new level is the last of `levels` (its sentence's
    levels before it), or None."""
    if not levels or _part_after_whole(view, levels):
        return None
    new = levels[-1]
    if label_year(view, new) == year:
        return None  # `2019 年为 B，比 2019 年…`: the level named is the base itself
    base = base_of_year(view, new, year)
    if base is not None:
        return (new, base, True) if not _other_place(base, new) else None
    base = _fitting_base(view, d, direction, new, year)
    return (new, base, False) if base is not None else None


def _part_after_whole(view: PageView, levels: list[Num]) -> bool:
    """`全省 T，其中甲县 a，比 2019 年增加 D`: the last level said after `其中` and a level before it is
    a part, no new level of the whole, whose base a level of the whole would be taken for."""
    return len(levels) > 1 and cues.contains_any(view.text[levels[0].end:levels[-1].start], "sum", "partial") is not None


def difference(direction: str, new: Num, base: Num, as_written: bool = False) -> tuple[Interval, float]:
    """The change from base to new (new − base, or base − new for a decrease): the interval the
    numbers allow and its point value. `as_written` reads each number to its last written digit,
    a word of roughness (`约`) left aside: the digits themselves must agree."""
    sign = 1.0 if direction == "up" else -1.0
    got = (_digits_interval(new, as_written) - _digits_interval(base, as_written)).scale(sign)
    return got, sign * (new.value - base.value)


def _digits_interval(n: Num, as_written: bool) -> Interval:
    if as_written and n.qualifier == "about":
        return interval_of(n.text, n.value, "exact", n.value_max, n.type)
    return n.interval


def _fitting_base(view: PageView, d: Num, direction: str, new: Num, year: int) -> Num | None:
    """The one level of new's measure dated `year` in the paragraph's sentences before the change,
    where the digits written give the stated change and the names do not say two measures (None
    where there is none, several, or no fit)."""
    sent = view.sentences[d.sentence]
    dated = [n for k in range(max(0, d.sentence - SENTENCES_BACK), d.sentence) for n in view.in_sentence(k)
             if view.sentences[k].paragraph == sent.paragraph and n.same_measure(new)
             and not is_increment(view, n) and year in _years_of(view, n)]
    if len(dated) != 1 or any(n.qualifier not in ("exact", "about") or n.near for n in (dated[0], new, d)):
        return None  # a bound, a range or a mark approached (`300 万吨以上`, `近 300 万吨`) is no point
    got, _ = difference(direction, new, dated[0], as_written=True)
    if not got.meets(_digits_interval(d, True)) or _two_measures(view, dated[0], new):
        return None
    return dated[0]


def _two_measures(view: PageView, base: Num, new: Num) -> bool:
    """Names that cannot be of one measure: an addition of the year (`新增`, heads.kind_of) against
    a level, two places, or names with no character in common once their words of scope are off
    (`出口` and `收购总量`; `运出了` and `货物运量` share one)."""
    if (kind_of(view, base) == "flow") != (kind_of(view, new) == "flow") or _other_place(base, new):
        return True
    a, b = _bare_name(view, base), _bare_name(view, new)
    return bool(a) and bool(b) and not set(a) & set(b)


def _other_place(base: Num, new: Num) -> bool:
    """The two levels' records name two places (`杭州市` and `宁波市`): not one measure."""
    a, b = record_field(base, "place"), record_field(new, "place")
    return bool(a and b and a != b)


def _bare_name(view: PageView, n: Num) -> str:
    """What a number measures: its record's metric (place and time already off), else the name
    before it less its words of scope (`全省`)."""
    name = record_field(n, "metric") or head(view, n)
    for w in cues.words("levels", "scope_words"):
        name = name.replace(w, "")
    return name


def _years_of(view: PageView, n: Num) -> list[int]:
    """The years a level's label writes back to the number before, as the level of each
    (`2019 年和 2020 年都`: both; the ends of a span or a sum over them: none, yearly.years_each)."""
    label = view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]
    return years_each(label)
