"""hierarchy: a whole divided into levels of smaller units cannot have fewer units at a lower level.

Structure read (cue words in data/cues.toml):
    将 335 个村划分为 840 个片、5893 个组     a count, a divide word, then counts of the same unit
                                              naming other nouns: 335 ≤ 840 ≤ 5893
When the levels name the whole's own noun (`100 个项目分为 30 个重点项目、70 个一般项目`) the
division is a partition, and it is checked as an exhaustive sum instead.
"""
from __future__ import annotations

import re

from . import cues
from .model import Draft, Num, PageView
from .findings import sum_draft

_LEVEL_GAP = 8  # between two level counts: `片、`


def check(view: PageView) -> list[Draft]:
    drafts = []
    divide = cues.pattern("hierarchy", "divide")
    for m in divide.finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        sentence = [n for n in view.in_sentence(sent) if n.type == "count"]
        before = [n for n in sentence if n.end <= m.start() and view.clause_start(m.start()) <= n.start]
        if not before:
            continue
        whole = before[-1]
        levels: list[Num] = []
        pos = m.end()
        for n in sentence:
            if n.start < m.end():
                continue
            gap = view.text[pos:n.start]
            if len(gap) > _LEVEL_GAP or re.search(r"[。；：]", gap) or not n.same_measure(whole):
                break
            levels.append(n)
            pos = n.end + len(view.noun_after(n))
        if not levels:
            continue
        noun = _noun(view.text[whole.end:m.start()])
        nouns = [_noun(view.noun_after(n)) for n in levels]
        if len(levels) >= 2 and noun and all(x.endswith(noun) for x in nouns):
            drafts.append(sum_draft(whole, levels, True, f"“{m.group()}”划分出全部部分"))
            continue
        drafts.append(hierarchy_draft(whole, noun, levels, [x or "下一级" for x in nouns], m.group()))
    return drafts


def _noun(after: str) -> str:
    return re.split(r"[（(，、。；]", after)[0]


def hierarchy_draft(whole: Num, noun: str, levels: list[Num], nouns: list[str], word: str) -> Draft:
    chain = [whole] + levels
    ok = all(a.interval.lo <= b.interval.hi + 1e-9 for a, b in zip(chain, chain[1:]))
    said = f"{whole.written}{noun}{word}" + "、".join(n.written + x for n, x in zip(levels, nouns))
    if ok:
        text = f"{said}，逐级单位数不减（{' ≤ '.join(n.written for n in chain)}），划分在数量上成立。"
    else:
        a, b = next((a, b) for a, b in zip(chain, chain[1:]) if a.interval.lo > b.interval.hi + 1e-9)
        text = f"{said}，但下一级 {b.written} 少于上一级 {a.written}，划分后的单位数不应减少。"
    return Draft("hierarchy", "consistent" if ok else "inconsistent", [whole.ref()] + [n.ref() for n in levels],
                 " ≤ ".join([_v(whole)] + [f"{x}数" for x in nouns]), " ≤ ".join(_v(n) for n in chain), text)


def _v(n: Num) -> str:
    return str(int(n.value)) if n.value == int(n.value) else str(n.value)
