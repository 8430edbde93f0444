"""enumeration: a count whose items follow it, each opened by the same `一<classifier>是`.

    每个乡都制定两个方案，一个是道路养护方案，一个是防汛应急方案。
    处理的方法有两种：一种是…，另一种是…。

comma_announced.py and announced.py read ordinals that number on (`一是…二是…`); here every item
opens with `一` and the count's own classifier (`一个是`, `一种是`, `另一种是`), which says the
clause is one of the things counted. The items run in the count's sentence from the clause right
after it, as long as each clause opens so. More marked items than counted is the text's own
contradiction; fewer may leave some unsaid, so it is unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "数目之后以“一X是”逐项列出"
_NOUN = 10  # `个规划`, `种不同的处理方法` between the count and its comma or colon
_AGAIN = ("另", "再", "还有")  # what may stand before `一X是` after the first item


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    return re.compile(f"(?<![{numerals}\\d第])(?P<n>(?!一[^{numerals}])[{numerals}]{{1,2}}|[2-9])(?P<cls>[{classifiers}])"
                      f"[^，。；：！？\\n、\\d]{{0,{_NOUN}}}?[，：](?=一(?P=cls)是)")


def _items(text: str, pos: int, cls: str) -> tuple[int, int, list[str]]:
    """The clauses from pos on that open with `一<cls>是` (the first) or `另一<cls>是`: (start of
    the first item, end of the last, the items)."""
    items, start, end = [], pos, pos
    marks = ["一" + cls + "是"] + [a + "一" + cls + "是" for a in _AGAIN]
    while True:
        mark = next((m for m in marks if text.startswith(m, pos)), None)
        if mark is None or (not items and mark != marks[0]):
            break
        s = pos + len(mark)
        e = s
        while e < len(text) and text[e] not in "，；。！？\n":
            e += 1
        if e == s:
            break
        if not items:
            start = s
        items.append(text[s:e])
        end = e
        if e >= len(text) or text[e] not in "，；":
            break
        pos = e + 1
    return start, end, items


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        value = parse_number(m.group("n"))
        if value is None or value < 2:
            continue
        start, end, items = _items(view.text, m.end(), m.group("cls"))
        if len(items) < 2:
            continue
        s, e = m.start("n"), m.end("cls")
        rec = view.raw_ref(s, e)
        if rec["start"] in taken or view.sentence_index(s) < 0:
            continue
        count = Num(rec, s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        lst = ItemList(start, end, items, False, False, view.clause_start(start), end)
        found = draft(view, count, lst, True, HOW)
        if len(items) < value and found.verdict == "inconsistent":
            found.verdict = "unverifiable"
            found.explanation += "但文中也可能只说了其中几项，无法据此判定有误。"
        out.append(found)
    return out
