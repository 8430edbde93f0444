"""enumeration: `这 N X` taking up names said just before it, read from the name records.

    该公司选择卢森堡和开曼群岛作为注册地，这两个地区的监管都很松
        the place records 卢森堡, 开曼群岛 joined by `和` end the clause run before `这两个地区`
    会见了王立平和赵建国，这两位代表……
        person records for `位`, `人`, `名`; organisations for `家`
The names come from the page's name records (places, people, organisations: the same extraction
that `extractor extract` gives), not from the characters between separators, so a list joined by
`和` or `与` is read with its items' bounds. `这` points back at what was just named: the same
number agrees; another number is unverifiable (what `这` takes up may reach further back than the
names read, and a name may be missed), but where `这 N X` follows the last name at once (`A和B这三个
地区`) it restates those names, and another number is an error of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..numerals import parse_number
from ..rules.fragments import NUM
from . import cues
from .model import Draft, Num, PageView

_KINDS = (("place", "place_nouns"), ("person", "person_nouns"), ("org", "org_nouns"))
HOW = "“这”所复指的前面列出的名称"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("named_items.toml")["named_items"]


@lru_cache(maxsize=1)
def _taken_up() -> re.Pattern:
    # longest first; words of one length in their own order, so the store rebuilds to the same bytes
    nouns = sorted({w for _, key in _KINDS for w in _data()[key]}, key=lambda w: (-len(w), w))
    return re.compile(rf"这(?P<n>{NUM})(?:个)?(?P<noun>" + "|".join(map(re.escape, nouns)) + ")")


def _kind(noun: str) -> str:
    return next(kind for kind, key in _KINDS if noun in _data()[key])


def check(view: PageView) -> list[Draft]:
    heads = [(m, value) for m in _taken_up().finditer(view.text)
             if (value := parse_number(m.group("n"))) is not None and value >= 2]  # `这一地区` takes up one
    if not heads:
        return []  # most pages: no name extraction at all
    names_of = names(view)
    out = []
    for m, value in heads:
        run = _run_before(view, names_of.get(_kind(m.group("noun")), []), m.start())
        if len(run) < 2:
            continue
        s, e = m.start("n"), m.end("noun")
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("noun"), "exact", None, view.text[s:e])
        out.append(_draft(view, count, run))
    return out


class Name(NamedTuple):
    start: int
    end: int
    text: str
    level: str  # a place's level (`country`, `province`, `city`…), "" where the record gives none


def names(view: PageView) -> dict[str, list[Name]]:
    """Name records by kind, on the normalized text, in page order (named_back.py reads the places
    too)."""
    from ..engine import page_records
    from ..fact_types import NAME_TYPES
    out: dict[str, list[Name]] = {}
    for r in page_records(view.page, NAME_TYPES):
        s, e = view.norm_span(int(r["start"]), int(r["end"]))
        out.setdefault(r["type"], []).append(Name(s, e, view.text[s:e], r.get("level") or ""))
    for spans in out.values():
        spans.sort()
    return out


def _run_before(view: PageView, names: list[Name], at: int) -> list[Name]:
    """The names joined only by join words whose last ends within reach before `这`, in its
    sentence or, where `这` opens it, the sentence before, with no other name of the kind between."""
    start = view.sentence_span(at)[0]
    if start == at and at > 0:  # `…作为注册地。这两个地区`: what was just named ends the sentence before
        start = view.sentence_span(at - 1)[0]
    lo = max(start, at - _data()["reach"])
    before = [n for n in names if lo <= n[0] and n[1] <= at]
    if not before:
        return []
    run = [before[-1]]
    for name in reversed(before[:-1]):
        if view.text[name[1]:run[0][0]] not in _data()["joins"]:
            break
        run.insert(0, name)
    return run


def _draft(view: PageView, count: Num, run: list[Name]) -> Draft:
    k, n = len(run), int(count.value)
    shown = "、".join(name.text for name in run)
    ref = view.raw_ref(run[0][0], run[-1][1])
    if k == n:
        verdict, text = "consistent", f"{HOW}共 {k} 个（{shown}），与所述 {count.written} 一致。"
    elif run[-1][1] == count.start - 1:  # `卢森堡和开曼群岛这三个地区`: the count restates the names it follows
        verdict = "inconsistent"
        text = f"紧接在名称之后的“这”只复指这些名称：列出 {k} 个（{shown}），所述却为 {count.written}。"
    else:
        verdict = "unverifiable"
        text = f"{HOW}读出 {k} 个（{shown}），所述为 {count.written}；“这”所指也可能包括更前面的项，无法据此判定有误。"
    return Draft("enumeration", verdict, [count.ref(), ref], [k, k], n, text, {"items": [name.text for name in run]})
