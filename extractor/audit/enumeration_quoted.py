"""enumeration: a list inside one quotation, then the count that names it.

    破坏了“公平、公正、公开”的三条原则             the quotation holds the items, 三条 names them

quoted_lists.py reads names quoted one by one (`“A”、“B”两个`); here one quotation holds the
whole list, split by `、` (lists.py ends the list at the closing quote when a count follows it).
A quoted slogan may join two words into one item or count them apart (`“三公”`), so a count
that differs is unverifiable, not an error.
"""
from __future__ import annotations

from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList, count_word, find_lists
from .model import Draft, Num, PageView

HOW = "引号内的列举之后紧接的数目"
_COUNT_WORD = count_word()


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for lst in find_lists(view.text, [(n.start, n.end) for n in view.nums]):
        if view.text[lst.start - 1:lst.start] != "“" or view.text[lst.end:lst.end + 1] != "”":
            continue
        if view.text[lst.end + 1:lst.end + 2] != "的":
            continue  # `“A、B、C”三大X`: the list rules read the count right after the quote
        at = lst.end + 2
        count = _count_at(view, at)
        if count is None or count.rec["start"] in taken or view.sentence_index(lst.start) < 0:
            continue
        out.append(draft(view, count, lst, not lst.open, HOW).doubted(
            "但引语中的一项可能合并或拆分了几个词，无法据此判定有误。"))
        taken.add(count.rec["start"])
    return out


def _count_at(view: PageView, at: int) -> Num | None:
    """The count starting at `at`: a count record, or a count in words (`三大`, `两个`)."""
    for n in view.between(at, view.clause_end(at))[:1]:
        if n.start == at and n.type == "count" and n.qualifier == "exact" and n.value == int(n.value):
            return n
    m = _COUNT_WORD.match(view.text, at)
    if m is None or m.group("quote"):
        return None
    value = parse_number(m.group("n"))
    if value is None or value < 2 or (m.group("big") or m.group("cls") == "大") \
            and value > cues.number("enumeration", "max_group"):
        return None
    s, e = m.start("n"), m.end()
    return Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
