"""sum: a breakdown whose every item gives two measures, each column against its own total.

    现场签约项目 16 个，总投资 228.6 亿元。…
    从签约项目结构看，先进制造业项目 9 个，投资 142.3 亿元；新材料项目 4 个，投资 51.8 亿元；
    现代服务业项目 3 个，投资 24.5 亿元。          16 = 9 + 4 + 3；228.6 against 142.3 + 51.8 + 24.5
The sentence opens with a breakdown by a dimension (`分类别看，`, `从…结构看，`: breakdown_cues.py)
and each of its clauses (split at `；`) holds one amount of each of the same two measures (a count
and a sum of money): two columns. Each column's total is an amount of its measure said before the
sentence in its article (the `_TOTALS` nearest, no change, no rate), the nearest one the column adds
up to within the digits written; where one column adds up to its total, the items are the whole set,
so the other column must add up to the total named as it is (its parts' name, `投资`, ends that
total's name, `总投资`): a miss is an error. With neither column adding up, nothing is said (the
items may be some of the set).
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .breakdown_cues import cue_re
from .findings import sum_draft
from .model import Draft, Num, PageView
from .tolerance import Interval

_TOTALS = 6  # amounts of a measure before the breakdown tried as its total, nearest first
_BACK = 40  # numbers before the breakdown looked at (keeps a page linear)
_HEAD = 2  # the shortest name the parts share that a total's name must end with
_ALL = "另一列已与其总数相加一致，所列各项已是全部"


def check(view: PageView) -> list[Draft]:
    drafts = []
    for k, s in enumerate(view.sentences):
        lead = len(view.text[s.start:s.end]) - len(view.text[s.start:s.end].lstrip("，, "))
        m = cue_re().match(view.text, s.start + lead)
        if m is None or view.text[m.start()] == "：":
            continue
        columns = _columns(view, m.end(), s.end)
        if columns is None:
            continue
        before = [n for n in view.before(s.start, _BACK) if n.article == s.article and n.type in SUMMABLE_TYPES
                  and n.type != "percent" and n.qualifier in ("exact", "about") and not is_change(view, n)
                  and is_amount(view, n)]
        totals = [_adding_total(before, col) for col in columns]
        if not any(totals):
            continue
        for col, total in zip(columns, totals):
            if total is not None:
                drafts.append(sum_draft(total, col, True, _ALL))
                continue
            named = _named_total(view, before, col)
            if named is not None:
                drafts.append(sum_draft(named, col, True, _ALL))
    return drafts


def _columns(view: PageView, start: int, end: int) -> list[list[Num]] | None:
    """The two columns of a breakdown whose `；` clauses each hold one amount of each of the same
    two measures, None where the clauses are not so."""
    rows: list[list[Num]] = []
    at = start
    while at < end:
        stop = view.text.find("；", at, end)
        stop = end if stop < 0 else stop
        nums = [n for n in view.between(at, stop) if n.type in SUMMABLE_TYPES and n.type != "percent"
                and not is_change(view, n)]
        rows.append(nums)
        at = stop + 1
    if len(rows) < 2 or any(len(r) != 2 or r[0].same_measure(r[1]) for r in rows):
        return None
    if any(not (r[0].same_measure(rows[0][0]) and r[1].same_measure(rows[0][1])) for r in rows):
        return None
    return [[r[0] for r in rows], [r[1] for r in rows]]


def _sum(col: list[Num]) -> Interval:
    got = Interval(0.0, 0.0)
    for n in col:
        got = got + n.interval
    return got


def _adding_total(before: list[Num], col: list[Num]) -> Num | None:
    """The nearest amount of the column's measure before it that the column adds up to."""
    got = _sum(col)
    same = [n for n in before if n.same_measure(col[0])][-_TOTALS:]
    return next((n for n in reversed(same) if n.interval.meets(got)), None)


def _named_total(view: PageView, before: list[Num], col: list[Num]) -> Num | None:
    """The nearest amount of the column's measure before it whose name ends with the name its
    parts' names all end with (`总投资` for `投资`; not `计划投资` for `完成投资`), above each part."""
    labels = [view.label_before(n) for n in col]
    name = ""
    while len(name) < min(len(x) for x in labels) and len({x[-len(name) - 1:] for x in labels}) == 1:
        name = labels[0][-len(name) - 1:]
    if len(name) < _HEAD:
        return None
    same = [n for n in before if n.same_measure(col[0])][-_TOTALS:]
    return next((n for n in reversed(same) if view.label_before(n).endswith(name)
                 and all(n.value > p.value for p in col)), None)
