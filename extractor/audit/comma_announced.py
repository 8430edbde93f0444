"""enumeration: a count whose items follow a comma, each opened by an ordinal word.

    十四大作出了三个重要决策，一是…；二是…；三是…。
    主要有两个原因，一是…；二是…。

announced.py reads the same items after a colon (`三个重要决策：一是…`). After a comma the
count announces the items only when the clause right after it opens with the first ordinal
(`一是`, `第一，`, `其一是`) and the next ones follow in order: the markers are the evidence,
so at least two must be found. As after a colon, a count above the items marked is unverifiable
(the text may skip one); markers numbering past the count are the text's own count: inconsistent.
"""
from __future__ import annotations

import re
from typing import Callable

from . import announced, cues
from .lists import ItemList, count_word
from .model import Draft, Num, PageView

_NOUN = 10  # `个重要决策`, `个关键问题` between a count and its comma
_COUNT_WORD = count_word()
_STOPS = "，。；！？\n、：（）“”"


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for count, comma in _counts(view):
        if count.rec["start"] in taken or not opens_first(view.text, comma + 1):
            continue
        found = announced._ordinal_words(view, comma)
        if found is None or len(found[2]) < 2:
            continue
        start, end, items = found
        lst = ItemList(start, end, items, False, False, view.clause_start(comma + 1), end)
        if view.sentence_index(count.start) >= 0:
            d = draft(view, count, lst, True, announced.HOW_NUMBERED)
            d.explanation = d.explanation.replace("冒号", "逗号", 1)
            out.append(d)
    return out


def opens_first(text: str, pos: int) -> bool:
    """The text at pos opens with a first ordinal (`一是`, `第一，`, `其一是`)."""
    marks = [("", s) for s in cues.words("enumeration", "ordinal_suffixes")] \
        + [(a, b) for a, b in cues.word_groups("enumeration", "ordinal_marks")]
    return any(text.startswith(a + "一" + b, pos) for a, b in marks)


def _counts(view: PageView) -> list[tuple[Num, int]]:
    """Counts in words (`三个`, `两条`) or exact count records followed by their noun and a comma:
    (count, position of the comma)."""
    return announced.counts_before(view, lambda text, pos, _quoted: _comma_after(text, pos), _names_items)


def _names_items(m: re.Match, value: float, comma: int) -> bool:
    """A count in words before a comma names the items unless it is one, another count stands
    nearer the comma, it counts time (`近两个月来，一是…`: what was done, not items of the months) or
    it is a `十四大` (a congress, not a group)."""
    text = m.string
    if value < 2 or _COUNT_WORD.search(text, m.end(), comma) \
            or text.startswith(tuple(cues.words("enumeration", "time_nouns")), m.end()):
        return False
    return not ((m.group("big") or m.group("cls") == "大") and value > cues.number("enumeration", "max_group"))


def _comma_after(text: str, pos: int) -> int:
    """The comma right after a count's noun (no other mark between), or -1."""
    return announced.mark_after(text, pos, "，", _STOPS, _NOUN)
