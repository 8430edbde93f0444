"""nested_parts: a part of a breakdown that names itself as within an earlier part.

    各项贷款 120 亿元，其中，企业贷款 80 亿元，企业贷款中中长期贷款 52 亿元。
    财政支出 90 亿元。其中，农业支出 30 亿元；在农业支出中，水利 12 亿元，农机补贴 5 亿元。

`企业贷款中` says the 52 亿元 lies inside the 80 亿元 named before it, not beside it: the 52 is no
sibling of the 80 in the sum of the 120, but a part of the 80 (a part_of finding). A clause of
words only, `在农业支出中，` or `农业支出中，`, frames every amount after it up to the next `；` or
the end of the sentence the same way: those are the 30's parts (a partial sum of them). The words
before `中` must name an earlier part (its label holds them), so `中央`, `高中` and the like,
which name nothing said before, change nothing.
"""
from __future__ import annotations

import re

from .findings import part_of_draft, sum_draft
from .model import Draft, Num, PageView

_MARK = "中"
_SHORTEST = 2  # characters of the name before `中` (`其中` names nothing)
_JOINERS = "，,；、：和及与其"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# a clause of words only that frames the clauses after it: `在民生支出中，`, `农业支出中，`
_FRAME = re.compile(r"(?:^|[，,；;。])\s*在?(?P<name>[\u4e00-\u9fff]{2,12}?)之?中\s*[，,：:]\s*$")
_FRAME_ENDS = "；;。"  # a frame holds up to the next of these


def _holder(view: PageView, name: str, n: Num, earlier: list[Num]) -> Num | None:
    """The earlier part of n's measure whose own clause names `name`."""
    if len(name) < _SHORTEST or not _HAN.fullmatch(name):
        return None  # `小学、初中分别为`: a list of names, none standing before `中`
    for p in reversed(earlier):
        if p.same_measure(n) and name in view.text[view.clause_start(p.start):p.start]:
            return p
    return None


def _inside(view: PageView, n: Num, earlier: list[Num]) -> Num | None:
    """The earlier part whose label holds the name the number's label opens with before `中`."""
    label = view.label_before(n).lstrip(_JOINERS)  # back to the number before: its own words
    at = label.find(_MARK)
    return _holder(view, label[:at], n, earlier) if at >= 0 else None


def _framed(view: PageView, n: Num, since: int, earlier: list[Num]) -> tuple[Num, str] | None:
    """The earlier part a frame clause between `since` and n names (`在民生支出中，教育支出 a`),
    with that name."""
    m = _FRAME.search(view.text[since:view.clause_start(n.start)])
    whole = _holder(view, m.group("name"), n, earlier) if m else None
    return (whole, m.group("name")) if whole is not None else None


def split_nested(view: PageView, members: list[Num]) -> tuple[list[Num], list[Draft]]:
    """The members without those nested in an earlier one, and a finding for each earlier one that
    holds some: part_of for one, a partial sum for several."""
    kept: list[Num] = []
    framed: dict[int, tuple[Num, list[Num], str]] = {}  # the parts each frame holds, by its whole
    drafts: list[Draft] = []
    frame: tuple[Num, str] | None = None
    since = members[0].end if members else 0
    for n in members:
        if any(c in view.text[since:n.start] for c in _FRAME_ENDS):
            frame = None  # a frame holds to the next `；`
        frame = _framed(view, n, since, kept) or frame
        own = _inside(view, n, kept)
        since = n.end
        if own is not None:
            drafts.append(part_of_draft(own, n, f"“{view.text[own.start:own.end]}”中的部分"))
        elif frame is not None:
            framed.setdefault(id(frame[0]), (frame[0], [], frame[1]))[1].append(n)
        else:
            kept.append(n)
    for whole, parts, name in framed.values():
        why = f"“{name}”中列出的部分"
        drafts.append(part_of_draft(whole, parts[0], why) if len(parts) == 1 else sum_draft(whole, parts, False, why))
    return kept, drafts
