"""rate: each term of a structure `a∶b∶c` against the share of the whole its part's amount is.

    地区生产总值 168.42 亿元…第一产业增加值 18.75 亿元…第二产业增加值 62.31 亿元…
    第三产业增加值 87.36 亿元。三次产业结构为 11.1∶37.0∶51.9。
The structure is one structure.py reads as shares (a cue word before it, terms with decimals,
near 100); a structure followed by another of the same clause (`由 a∶b∶c 调整为 d∶e∶f`) is
another time's and is left alone. Its parts are as many amounts of one measure, one after the
other, in its sentence or the `_BACK` sentences before it in its paragraph, none a change, the
last such run before the structure; its whole the nearest amount of that measure before them
that they add up to within the digits written. The arithmetic is what ties the amounts to the
structure, so nothing is said where no whole is found. Each term is then held against its part
÷ the whole: a miss is an error only where each part's name says its place (`第一产业…`,
data/structure_shares.toml), else the run may be other amounts and the miss is unverifiable.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft
from .structure import share_ratios
from .tolerance import Interval

_BACK = 3  # sentences before the structure's where its parts and whole may stand
_NUMS = 40  # numbers before the structure looked at (keeps a page linear)
_WHOLES = 3  # amounts of the measure before the parts tried as their whole, nearest first
_WEAK = "各部分的名称未逐一对应结构的各项，所取的数未必是结构的组成部分"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("structure_shares.toml")["structure_shares"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for start, written, terms, _, superseded in share_ratios(view):
        if superseded:
            continue
        found = _parts(view, start, len(terms))
        if found is None:
            continue
        parts, whole = found
        weak = None if _named_in_place(view, parts) else _WEAK
        pos = start
        for k, (term, part) in enumerate(zip(terms, parts)):
            at = view.text.find(term, pos)
            pos = at + len(term)
            stated = Num(view.raw_ref(at, pos), at, pos, "percent", float(term), "%", "exact", None, term)
            d = rate_draft(stated, part, whole, weak)
            d.explanation = f"结构 {written} 的第 {k + 1} 项 {term} 是其部分占整体的百分比：" + d.explanation
            drafts.append(d)
    return drafts


def _parts(view: PageView, start: int, n: int) -> tuple[list[Num], Num] | None:
    """The last run of n amounts of one measure before the structure with the whole they make."""
    sent = view.sentence_index(start)
    if sent < 0:
        return None
    para = view.sentences[sent].paragraph
    near = [m for m in view.before(start, _NUMS) if m.paragraph == para and sent - _BACK <= m.sentence <= sent
            and m.type in SUMMABLE_TYPES and m.type != "percent" and m.qualifier in ("exact", "about")
            and not is_change(view, m)]
    for i in range(len(near) - 1, -1, -1):
        measure = [m for m in near[:i + 1] if m.same_measure(near[i])]
        if len(measure) < n + 1 or measure[-1] is not near[i]:
            continue
        run = measure[-n:]
        if any(m.value <= 0 for m in run):
            continue
        total = Interval(0.0, 0.0)
        for m in run:
            total = total + m.interval
        for whole in reversed(measure[:-n][-_WHOLES:]):
            if whole.interval.meets(total):
                return run, whole
        return None  # the last run of the nearest measure is the structure's or none is
    return None


def _named_in_place(view: PageView, parts: list[Num]) -> bool:
    """Whether each part's name holds the word of its place and no other place's."""
    places = _data()["places"]
    if len(parts) != len(places):
        return False
    for k, part in enumerate(parts):
        name = view.label_before(part, int(_data()["name_chars"]))
        if not any(w in name for w in places[k]) or any(
                w in name for j, ws in enumerate(places) if j != k for w in ws):
            return False
    return True
