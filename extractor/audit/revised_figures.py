"""bound: a figure revised down or up from what it was, said with both values.

    将裁员比例从原定的 12% 以上下调到 9%         9 ≤ 12: revised down
    客车时速由原来的 110 公里提高到 130 公里      130 ≥ 110: revised up
    收购配额从 1840 万吨上调到 1960 万吨         a verb of adjustment (`上调`, `调低`) says by itself
                                                that a set figure is revised
The figure revised stands right after `从`/`由` (and `原定的`, `原来的`, unless the verb is one of
adjustment), the new one right after the verb and `到`/`至`, nothing else between (a qualifier of
the old figure aside: `12% 以上`), both of one measure (data/revised_figures.toml). The claim is
the old figure, a bound on the new one. One phrase ties the two and its verb says the way, so a
new figure on the wrong side is inconsistent; where the old figure is itself a bound or rough
(`12% 以上`), unverifiable. A figure in 折 (a discount: the deeper the cut, the smaller the
number) is left alone: its verb may say the cut's way, not the number's. The phrase is read at
each number once: linear in page length.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation
from . import cues
from .heads import AMOUNT_TYPES
from .model import Draft, Num, PageView
from .stated_bound import bound_draft

_ROUGH = "原来的数本身是约数或界限，越过它未必有误"
_OPENING_CHARS = 8  # the words before the old figure read for its opening (`从原计划的`)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("revised_figures.toml")["revised_figures"]


def _words(key: str) -> str:
    return alternation(_data()[key])


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """`从原定的` right before the old figure."""
    return re.compile(rf"(?:{_words('from_words')})(?P<former>(?:{_words('former')})的?)?$")


@lru_cache(maxsize=1)
def _revision() -> re.Pattern:
    """`以上下调到` between the old figure and the new."""
    return re.compile(rf"(?:{_words('qualifiers')})?(?P<verb>(?P<down>{_words('down')})|{_words('up')})"
                      rf"(?:{_words('to')})了?$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for i, old in enumerate(view.nums[:-1]):
        new = view.nums[i + 1]
        if old.type not in AMOUNT_TYPES or not new.same_measure(old) or new.sentence != old.sentence \
                or any(n.text.endswith(w) for n in (old, new) for w in _data()["inverse_units"]):
            continue
        opening = _opening().search(view.text[max(view.clause_start(old.start), old.start - _OPENING_CHARS):old.start])
        revision = _revision().fullmatch(view.text[old.end:new.start]) if opening else None
        if revision is None or not (opening.group("former") or revision.group("verb") in _data()["adjusted"]):
            continue
        way = "under" if revision.group("down") else "over"
        weak = None if old.qualifier == "exact" else _ROUGH
        why = f"“{revision.group('verb')}”：由 {old.written} 改为 {new.written}，"
        drafts.append(bound_draft(old, new, way, weak, why))
    return drafts
