"""part_of for each part said in a clause of its own after `其中`, where the parts are named
along different lines and so may overlap.

    各项贷款新增 1.91 万亿元，其中制造业中长期贷款新增 1124 亿元，无还本续贷新增 5982 亿元
                    each clause a statement of its own, said with the whole's verb (`新增`);
                    the names, less that verb, end in no common noun: loans by
                    industry and loans by product may hold the same loan, so a sum of the
                    parts says little and each part is held against the whole alone
Parts listed with `、` (`其中水电 9601 万千瓦、核电 384 万千瓦`) or named alike (`第一产业增加值`
… `第二产业增加值`) are categories of one division: sum.py adds them up, and nothing is said
here. The whole is the number of the parts' measure right before `其中` in its sentence.
"""
from __future__ import annotations

import os

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .model import Draft, Num, PageView
from .sum import complementary

_WHOLE_REACH = 30  # characters between the whole and the `其中` clause
_SHARED_NOUN = 2  # names ending in a common noun this long name parts of one division
_CLAUSE_LEAD = 12  # a part's number comes this early in its clause


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in cues.pattern("sum", "partial").finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        parts = _clause_parts(view, m.end(), view.sentences[sent].end)
        if len(parts) < 2 or not all(p.same_measure(parts[0]) for p in parts):
            continue
        wholes = [n for n in view.in_sentence(sent) if n.end <= m.start() and n.same_measure(parts[0])
                  and view.clause_start(m.start()) - n.end <= _WHOLE_REACH and not is_change(view, n)]
        names = [_name(view, p) for p in parts]
        if not wholes or any(len(x) < _SHARED_NOUN for x in names) or _alike(names) or complementary(names):
            continue  # parts of one division (出口/进口 too) are added up by sum.py
        verb = _verb(_label(view, wholes[-1]))
        if not verb or any(_verb(_label(view, p)) != verb for p in parts):
            continue  # each part said with the whole's own verb (`新增`): one statement repeated
        for part in parts:
            drafts.append(part_of_draft(wholes[-1], part, "“其中”分句所列、可能互有重叠的部分"))
    return drafts


def _clause_parts(view: PageView, start: int, end: int) -> list[Num]:
    """The first number of each clause from `start` on, while every clause opens with a name
    and its number (`，` between them, no `、` list, no `；`)."""
    parts: list[Num] = []
    pos = start + (1 if view.text[start:start + 1] in "，：" else 0)
    while pos < end:
        stop = view.clause_end(pos)
        if view.text[stop:stop + 1] not in ("，", "。", ""):
            if view.text[stop:stop + 1] == "；" and parts:
                stop = min(stop, end)
            else:
                return []
        nums = [n for n in view.between(pos, min(stop, end)) if n.type in SUMMABLE_TYPES]
        if nums:
            first = nums[0]
            if first.start - pos > _CLAUSE_LEAD or "、" in view.text[pos:stop] or is_change(view, first):
                return parts
            parts.append(first)
        elif parts:
            return parts
        if view.text[stop:stop + 1] != "，":
            return parts
        pos = stop + 1
    return parts


def _label(view: PageView, n: Num) -> str:
    return view.text[view.clause_start(n.start):n.start]


def _verb(label: str) -> str | None:
    return cues.ends_with_any(label, "part_of", "increment") or cues.ends_with_any(label, "part_of", "verbs")


def _name(view: PageView, n: Num) -> str:
    """The words before a part in its clause, less the verbs that end them (`新增`)."""
    name = _label(view, n)
    for _ in range(2):
        verb = _verb(name)
        if verb:
            name = name[: -len(verb)]
    return name


def _alike(names: list[str]) -> bool:
    """Whether some two names end in the same noun (then they name parts of one division)."""
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if len(os.path.commonprefix([a[::-1], b[::-1]])) >= _SHARED_NOUN:
                return True
    return False
