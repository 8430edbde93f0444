"""An amount of change counted from a year (`比 1955 年`, `比上年`), its base level said sentences before.

    1953 年只收购了 251 万吨，1954 年和 1955 年都只收购了 280 万吨。1956 年收购总量准备增加到约
    314 万吨，比 1955 年增加约 34 万吨
        the new level is the one before the change in its sentence (a level reached, `增加到`,
        counts); the base, the level of the year after `比`, in the sentences before of the
        paragraph (a label naming several years names each: `1954 年和 1955 年都`)

Where growth_bases.base_of_year finds the base under the new level's name, the link is by name
and year (change.py keeps a mismatch unverifiable, as for `比上年`). Where the names differ
(`收购总量` and `收购了`), the one level of that year in the paragraph's sentences before is the
base only where the arithmetic gives the stated change within its precision: arithmetic that holds
is evidence of the relation, a miss is none (the level may be another measure's), so such a pair
is only ever consistent. The look is a few sentences of one paragraph: linear in page length.
"""
from __future__ import annotations

from .growth_bases import base_of_year
from .model import Num, PageView
from .tolerance import Interval
from .wording import is_increment
from .yearly import label_year, years_in

_SENTENCES_BACK = 3  # sentences of the paragraph before the change where the base year's level may stand


def year_levels(view: PageView, d: Num, direction: str, year: int,
                levels: list[Num]) -> tuple[Num, Num, bool] | None:
    """(new level, base, whether the link is by name only) of a change counted from `year`
    (`比 1955 年增加 D`, `比上年增加 D`) whose new level is the last of `levels` (its sentence's
    levels before it), or None."""
    if not levels:
        return None
    new = levels[-1]
    if label_year(view, new) == year:
        return None  # `1955 年为 B，比 1955 年…`: the level named is the base itself
    base = base_of_year(view, new, year)
    if base is not None:
        return new, base, True
    base = _fitting_base(view, d, direction, new, year)
    return (new, base, False) if base is not None else None


def _fitting_base(view: PageView, d: Num, direction: str, new: Num, year: int) -> Num | None:
    """The one level of new's measure dated `year` in the paragraph's sentences before the change,
    where new less it gives the stated change (None where there is none, several, or no fit)."""
    sent = view.sentences[d.sentence]
    dated = [n for k in range(max(0, d.sentence - _SENTENCES_BACK), d.sentence) for n in view.in_sentence(k)
             if view.sentences[k].paragraph == sent.paragraph and n.same_measure(new)
             and not is_increment(view, n) and year in _years_of(view, n)]
    if len(dated) != 1:
        return None
    sign = 1.0 if direction == "up" else -1.0
    got: Interval = (new.interval - dated[0].interval).scale(sign)
    return dated[0] if got.meets(d.interval) else None


def _years_of(view: PageView, n: Num) -> list[int]:
    """The years a level's label writes back to the number before (`1954 年和 1955 年都`: both)."""
    label = view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]
    return years_in(label)
