"""named_members: a total whose own clause names the members it adds up (`A、B、C 3 个区合计 T`).

    分地区看，无为市 218.45 亿元；南陵县 96.52 亿元；镜湖区、弋江区、鸠江区、湾沚区、繁昌区 5 个区合计 1271.45 亿元
The `合计` adds up the five districts its clause names, whose amounts the page never gives, not the
amounts listed before it (无为市, 南陵县): summed_before.py makes no sum of those. The clause must
name two members or more, joined by `、`/`和`/`及`/`与`, before the word, and no part read before it
may be named by any of them.

Still a sum of what came before: `税收收入 a，非税收入 b，税收、非税两项合计 T` (the members name
the parts), `全省赤字合计 T` (no members named).
"""
from __future__ import annotations

import re

from .model import Num, PageView

_JOIN = re.compile(r"[、和及与]")
_COUNT_TAIL = re.compile(r"[0-9０-９一二三四五六七八九十两]+\s*[个家项所座条类]?[\u4e00-\u9fff]?$")
_LABEL = 30


def named_apart(view: PageView, total: Num, word: str, parts: list[Num]) -> bool:
    """Whether the total's clause names, before `word`, two members or more that none of `parts`
    is named by."""
    start = view.clause_start(total.start)
    at = view.text.rfind(word, start, total.start)
    if at < 0:
        return False
    lead = _COUNT_TAIL.sub("", view.text[start:at].replace("\n", ""))
    names = [n.strip() for n in _JOIN.split(lead) if len(n.strip()) >= 2]
    if len(names) < 2:
        return False
    return not any(name in view.label_before(p, _LABEL).replace("\n", "") for p in parts for name in names)
