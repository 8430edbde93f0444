"""An average in a clause of its own after a figure (`非税收入未及时缴库2360万元，涉及单位6家，户均393.3万元`;
`寄宿生9870人，校均约241人`): the clause names only how the figure is averaged (户均, 校均, 平均每个项目),
so the average is of what the sentence's nearest earlier figure in the same unit measures, and is named
by that with the average word (寄宿生校均). The words live in data/metric.toml, [average_clause]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import last_mark
from .lexicon import alternation, table
from .metric_places import same_unit

_REACH = 120  # back to the figure averaged: the clauses of one sentence, never past its end
_CLAUSE = re.compile("[，；：。！？\n]")
_SENTENCE_END = "。！？\n"
_NUMBER = re.compile(r"\d[\d.]*")


@lru_cache(maxsize=1)
def _average() -> re.Pattern:
    t = table("metric.toml")["average_clause"]
    per = f"(?:{t['per']}(?:{alternation(t['per_units'])}))?"
    return re.compile(f"(?P<word>(?:{alternation(t['heads'])}){per})(?:{alternation(t['links'])})?")


def averaged(text: str, start: int, unit: str | None, measure: Callable[[int, int], str | None]) -> str | None:
    """<what the figure before measures><average word> for a number whose clause, up to it, is only an
    average word; None where the clause says more, or no figure of the sentence before it has `unit`."""
    if not unit:
        return None
    lo = max(0, start - 12)
    cut = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=-1)
    if cut < 0:
        return None  # (the clause runs on further back: it says more than an average)
    shape = _average().fullmatch(text, cut, start)
    if not shape:
        return None
    floor = max(0, start - _REACH)
    stop = last_mark(text, _SENTENCE_END, floor, cut)
    earlier = [m for m in _NUMBER.finditer(text, max(floor, stop + 1), cut) if same_unit(text, m.end(), unit)]
    if not earlier:
        return None
    n = earlier[-1]
    subject = measure(n.start(), _unit_end(text, n.end(), unit))
    word = shape.group("word")
    if not subject or len(subject) < 2 or word in subject:
        return None
    return subject + word


def _unit_end(text: str, at: int, unit: str) -> int:
    return text.find(unit, at) + len(unit)
