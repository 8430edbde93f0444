"""enumeration: two items joined by one word, counted right after them.

    严把土地审批和信贷投放两个闸门            `A和B` (和/与/及/以及) then a count of a group,
    科技革命与体制革命这两大课题              `这` may stand between
    发挥中央和地方两个积极性

lists.py reads lists with `、`; two items joined only by a word are read here. The second item
runs from the join word to the count; the first is read back from the join word over nouns
(the word right before the join may be a verb, `审批`) until it is as long as the second or a
verb, preposition, particle or adverb starts the phrase before it. A count of one is not read:
`当前和今后一个时期`, `和平统一大业` name no group. A count above two may count what one item
holds (`中央和地方三级` reads one item as two levels), so it is unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "“和”连接的两项之后紧接的数目"
_SECOND = 8  # the longest second item
_STOP_TAGS = ("p", "u", "d", "c", "r", "m", "q", "f", "x", "w", "y", "e")  # words that open no name
_NAME_TAGS = ("n", "vn", "j", "l", "i", "b", "a", "nz", "an")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    joins = "|".join(sorted(cues.words("enumeration", "last_join"), key=len, reverse=True))
    # the second item: Chinese characters only, no break, no number; then the count of a group
    return re.compile(f"(?P<join>{joins})(?P<second>[\u4e00-\u9fff]{{2,{_SECOND}}}?)(?P<this>这)?"
                      f"(?<![{numerals}\\d第])(?P<n>[{numerals}]{{1,2}})(?P<cls>[{classifiers}])(?P<big>大)?(?=[\u4e00-\u9fff“])")


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def _first_item(before: str, length: int) -> str:
    """The first item: the words right before the join word, back to `length` characters or to
    a word that opens no name (a verb other than the last word, a preposition, a particle)."""
    words = _segmenter().pos(before)
    taken = ""
    for i, (word, tag) in enumerate(reversed(words)):
        last = i == 0
        if not word.strip() or tag.startswith(_STOP_TAGS) or (tag == "v" and not last) \
                or not (last or tag.startswith(_NAME_TAGS)):
            break
        taken = word + taken
        if len(taken) >= length:
            break
    return taken


def _name(item: str) -> bool:
    """The second item is a name: no numeral, no `的`, no preposition or particle among its
    words (`科学家对这两项`: the count belongs to what follows `对`)."""
    if any(c in item for c in cues.words("enumeration", "count_numerals")) or "的" in item:
        return False
    return not any(tag.startswith(_STOP_TAGS) for _, tag in _segmenter().pos(item))


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    text = view.text
    for m in _pattern().finditer(text):
        second = m.group("second")
        value = parse_number(m.group("n"))
        big = m.group("big") or m.group("cls") == "大"
        if value is None or value < 2 or (big and value > cues.number("enumeration", "max_group")) \
                or any(w in second for w in cues.words("enumeration", "last_join")) or not _name(second) \
                or cues.ends_with_any(second, "enumeration", "modifies_count") \
                or text[m.start("n") - 1:m.start("n")] == "第":
            continue
        clause = view.clause_start(m.start())
        before = text[clause:m.start()]
        if not before or "、" in before[-_SECOND * 2:]:
            continue  # a list with `、` is read by lists.py
        first = _first_item(before[-_SECOND * 2:], len(second))
        if len(first) < 2 or any(c.isdigit() for c in first):
            continue
        s, e = m.start("n"), m.end()
        rec = view.raw_ref(s, e)
        if rec["start"] in taken:
            continue
        count = Num(rec, s, e, "count", float(value), m.group("cls"), "exact", None, text[s:e])
        start = m.start() - len(first)
        lst = ItemList(start, m.end("second"), [first, second], False, False, clause, view.clause_end(m.start()))
        if view.sentence_index(start) < 0:
            continue
        found = draft(view, count, lst, True, HOW)
        if value > 2 and found.verdict == "inconsistent":
            found.verdict = "unverifiable"
            found.explanation += "但数目也可能数的是一项之内的几个部分，无法据此判定有误。"
        out.append(found)
        taken.add(rec["start"])
    return out
