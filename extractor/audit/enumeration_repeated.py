"""enumeration: a count whose items follow it, each opened by the same `一<classifier>是`.

    每个乡都制定两个方案，一个是道路养护方案，一个是防汛应急方案。
    处理的方法有两种：一种是…，另一种是…。

    组织了两支小分队，一支送医下乡，一支在城区巡回义诊。   `一支` and a verb: one of the two
    有两个方面值得注意：一个是A，数量较多；另一个是B。     an item runs on over clauses

comma_announced.py and announced.py read ordinals that number on (`一是…二是…`); here every item
opens with `一` and the count's own classifier (`一个是`, `一种是`, `另一种是`, or `一支` and a verb
phrase), which says the clause is one of the things counted. The items run in the count's sentence
from the clause right after it; a clause that opens with no marker goes on with the item before.
More items marked `一X是` than counted is the text's own contradiction; fewer may leave some
unsaid, and `一X` without `是` may be an article (`一个月后`), so those are unverifiable.
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
_NOUN = 13  # `个规划`, `个方面的新的动向颇值得关注` between the count and its comma or colon
_AGAIN = ("另", "再", "还有")  # what may stand before `一X是` after the first item
# after `一X` without `是`: what makes it a number or a phrase of its own (`一个个`, `一样`), not an item
_NOT_BARE = "一二两三四五六七八九十百千万个些样般直致起同定切律边面时旦度下点月年天日周多半"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    # a count of one in a digit (`1个`) counts the items as any digit does; `一` in words is as often the article
    return re.compile(f"(?<![{numerals}\\d第.])(?P<n>(?!一[^{numerals}])[{numerals}]{{1,2}}|[1-9])(?P<cls>[{classifiers}])"
                      f"[^，。；：！？\\n、\\d]{{0,{_NOUN}}}?[，：](?=一(?P=cls))")


def _mark(text: str, pos: int, cls: str, first: bool) -> tuple[str, bool] | None:
    """The item marker opening a clause at pos (`一个是`, `另一种是`, `一支` before a verb phrase),
    and whether it says `是`."""
    for again in ("",) + (() if first else _AGAIN):
        lead = again + "一" + cls
        if not text.startswith(lead, pos):
            continue
        if text.startswith("是", pos + len(lead)):
            return lead + "是", True
        nxt = text[pos + len(lead):pos + len(lead) + 1]
        if nxt and "\u4e00" <= nxt <= "\u9fff" and nxt not in _NOT_BARE:
            return lead, False
    return None


def _items(text: str, pos: int, cls: str) -> tuple[int, int, list[str], bool]:
    """The items from pos on, each opened by a marker (`一<cls>是`, `另一<cls>是`, `一<cls>`),
    a clause without one going on with the item before: (start of the first item, end of the
    last, the items, whether every marker said `是`)."""
    items: list[str] = []
    start = end = pos
    copula = True
    while True:
        mark = _mark(text, pos, cls, not items)
        if mark is None:
            if not items:
                break
        else:
            copula = copula and mark[1]
            pos += len(mark[0])
        e = pos
        while e < len(text) and text[e] not in "，；。！？\n":
            e += 1
        if e == pos:
            break
        if mark is not None:
            if not items:
                start = pos
            items.append(text[pos:e])
        else:
            items[-1] += text[end:e]
        end = e
        if e >= len(text) or text[e] not in "，；":
            break
        pos = e + 1
    return start, end, items, copula


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        value = parse_number(m.group("n"))
        if value is None or value < 1:
            continue
        start, end, items, copula = _items(view.text, m.end(), m.group("cls"))
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
        elif not copula and found.verdict == "inconsistent":
            found.verdict = "unverifiable"
            found.explanation += "但不带“是”的“一X”也可能只是数量词，不是分项，无法据此判定有误。"
        out.append(found)
    return out
