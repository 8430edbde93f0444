"""enumeration: a count of places said after the places it counts, each named before it.

    分地市看，崇左市进出口 1683.2 亿元，南宁市 1302.7 亿元，钦州市 986.1 亿元，防城港市 724.3 亿元，
    上述 4 个市进出口合计 4696.3 亿元
        `上述`/`以上` takes up the places named before it in its paragraph (each leading a
        clause with its own figure, or a list): the distinct names ending like the noun (`市`)
    汉中市、安康市、商洛市林业总产值分别为 186.3 亿元、172.5 亿元、154.8 亿元，3 市合计 513.6 亿元
        a count with no pointer, made a total by `合计` right after it: the names of its sentence
The count is any numeral the rules read (rules/fragments.py NUM: 十一, 一百零二); a noun that no
ending tells the names of counts the place records of its levels (`上述 3 个国家`: countries only,
data/named_back.toml [levels]).
The names are the page's place records (named_items.py reads them), so a name the extraction
misses or one said in passing can change the number read: the same number is consistent, another
is unverifiable with the names read, never inconsistent (`上述` may reach further back, or less).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from ..rules.fragments import NUM
from . import cues
from .model import Draft, Num, PageView
from .named_items import Name, names

@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("named_back.toml")["named_back"]


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    nouns = sorted({*_data()["nouns"], *_data()["levels"]}, key=lambda w: (-len(w), w))  # longest first: 设区市 before 市
    return re.compile(r"(?P<pointer>" + "|".join(map(re.escape, _data()["pointers"])) + r")?"
                      rf"(?P<n>{NUM})个?(?P<noun>" + "|".join(map(re.escape, nouns)) + ")"
                      r"(?P<total>" + "|".join(map(re.escape, _data()["totals"])) + ")?")


def check(view: PageView) -> list[Draft]:
    heads = [(m, value) for m in _count().finditer(view.text) if (m.group("pointer") or m.group("total"))
             and (value := parse_number(m.group("n"))) is not None and value >= 2 and _opens(view, m)]
    if not heads:
        return []  # most pages: no name extraction at all
    places = names(view).get("place", [])
    out = []
    for m, value in heads:
        named = _named_before(view, places, m)
        if len(named) < 2:
            continue
        s, e = m.start("n"), m.end("noun")
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("noun"), "exact", None, view.text[s:e])
        out.append(_draft(view, count, named, bool(m.group("pointer"))))
    return out


def _opens(view: PageView, m: re.Match) -> bool:
    """The count stands on its own: no digit before it (`13 市`), and `以上` opens its clause
    (`100 亿元以上 5 个市` is a threshold on the places counted, not a pointer)."""
    before = view.text[m.start() - 1] if m.start() > 0 else "。"
    if before.isdigit():
        return False
    return m.group("pointer") != "以上" or view.clause_start(m.start()) == m.start()


def _named_before(view: PageView, places: list[Name], m: re.Match) -> list[Name]:
    """The distinct place names ending like the count's noun before it: in its sentence, and
    with a pointer back to its paragraph's start (the paragraph before where it opens one)."""
    at = m.start()
    lo = view.sentence_span(at)[0]
    if m.group("pointer"):
        sent = view.sentence_index(at)
        para = view.sentences[sent].paragraph if sent >= 0 else -1
        first = sent
        while first > 0 and view.sentences[first - 1].paragraph == para:
            first -= 1
        if first == sent and first > 0:  # `上述` opening its paragraph takes up the one before
            while first > 0 and view.sentences[first - 1].paragraph == view.sentences[sent - 1].paragraph:
                first -= 1
        lo = view.sentences[first].start if first >= 0 else lo
    else:  # the total of a list: the names of its own part of the sentence
        lo = max(lo, view.text.rfind("；", lo, at) + 1)
    noun = m.group("noun")
    ending, levels = _data()["nouns"].get(noun, ""), _data()["levels"].get(noun, [])
    seen: dict[str, Name] = {}
    for name in places:
        if lo <= name.start and name.end <= at and name.text not in seen \
                and (name.text.endswith(ending) if ending else name.level in levels):
            seen[name.text] = name
    return list(seen.values())


def _draft(view: PageView, count: Num, named: list[Name], pointer: bool) -> Draft:
    k, n = len(named), int(count.value)
    shown = "、".join(name.text for name in named)
    how = "“上述”所指前面各处列出的名称" if pointer else "同句中在合计之前列出的名称"
    refs = [count.ref()] + [view.raw_ref(name.start, name.end) for name in named]
    if k == n:
        verdict, text = "consistent", f"{how}共 {k} 个（{shown}），与所述 {count.written} 一致。"
    else:
        verdict = "unverifiable"
        text = (f"{how}读出 {k} 个（{shown}），所述为 {count.written}；"
                "所指的范围或漏读的名称都可能不同，无法据此判定有误。")
    return Draft("enumeration", verdict, refs, [k, k], n, text, {"items": [name.text for name in named]})
