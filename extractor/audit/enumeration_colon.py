"""enumeration: a colon's items that the other colon rules leave for the count's distance or the
items' separators.

    采访了三位早已离世的好干部的亲人：A、B、C。         the count's noun phrase runs up to
                                                     _FAR characters before the colon
    他给自己定了三条规矩：宴请不去，礼品不收，人情不讲。  short clauses split by `，`
    有 3 家工厂的产品在抽检中两次不达标：A、B和C。
                                                     a longer phrase (up to lists.LONG_TO_COLON), or counts
                                                     of no things beside the count (`两次`):
                                                     read only where the items meet the count

The items run from the colon to the end of the sentence, which holds no `；` (announced.py reads
points so split) and only one kind of separator; the count is the only count of things in the
clause before the colon. enumeration.py reads `、` lists whose count stands within a few characters of the
colon and lists commas may not split; here the noun phrase may be long and a comma may split an
item as well as separate two, so a count that differs is unverifiable, never an error.
"""
from __future__ import annotations

import re
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import LONG_TO_COLON, ItemList, count_word, counts_items
from .model import Draft, Num, PageView

HOW = "冒号之后到句末逐项列出"
_FAR = 16  # characters between the count and the colon
_NEAR = 8  # nearer than this with `、` items: enumeration.py's
_CLAUSE_ITEM = 12  # the longest item of a `，` list
_MAX_ITEMS = 10
_BODY = 200  # characters after the colon searched for the sentence's end
_END = re.compile(r"[。！？\n]")
_COUNT_WORD = count_word()
# a count after a demonstrative, or with an adverb or an aspect word between it and the colon, is
# the subject of the clause, not the object whose items the colon lists
_DEMONSTRATIVES = "这那此该"
_PREDICATE = ("都", "也", "均", "着", "了", "过")
# classifiers of things a list names one by one (not `大`, levels, parties or places: other rules')
_CLASSIFIERS = "".join(c for c in cues.words("enumeration", "count_classifiers") if c not in "大级方地者")
# what a list does not open with: a quotation, an ordinal (`一则`, `第一`, `首先`)
_NOT_FIRST = "“「『一二三四五六七八九十第首其"
_SPEECH = ("说", "道", "问", "表示", "指出", "认为", "强调", "提出", "称")


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    text = view.text
    for colon in (m.start() for m in re.finditer("：", text)):
        end_m = _END.search(text, colon + 1, colon + 1 + _BODY)
        if end_m is None:
            continue  # a sentence this long after a colon is prose, not a list
        end = end_m.start()
        body = text[colon + 1:end]
        if not body or "；" in body or "：" in body or view.sentence_index(colon) < 0 \
                or body[0] in _NOT_FIRST or text[:colon].endswith(_SPEECH):
            continue  # a quotation or speech after the colon; ordinals are announced.py's
        counts = _counts_before(view, colon)
        count, items = _items_of(view, counts, body, colon)
        if count is None or count.rec["start"] in taken or items is None or len(items) < 2:
            continue
        lst = ItemList(colon + 1, end, items, False, False, colon + 1, end)
        out.append(draft(view, count, lst, True, HOW).doubted(
            "但数目离冒号较远或各项以逗号分隔（逗号也可能分开一项之内的分句），无法据此判定有误。"))
        taken.add(count.rec["start"])
    return out


def _items(body: str, distance: int) -> list[str] | None:
    """The items of the body: `、` items where the count stands far from the colon, or short
    clauses split by `，`; None where neither holds."""
    if "、" in body and "，" not in body and distance > _NEAR:
        items = body.split("、")
        for w in cues.words("enumeration", "last_join"):
            a, sep, b = items[-1].partition(w)
            if sep and a and b:
                items[-1:] = [a, b]
                break
        return items if all(items) and len(items) <= _MAX_ITEMS else None
    if "，" in body and "、" not in body and not re.search(r"\d", body):
        items = body.split("，")
        if all(0 < len(i) <= _CLAUSE_ITEM for i in items) and len(items) <= _MAX_ITEMS:
            return items
    return None


def _items_of(view: PageView, counts: list[Num], body: str, colon: int) -> tuple[Num | None, list[str] | None]:
    """The count the body's items are read against, and the items: the clause's one count within
    _FAR characters of the colon; or, beside counts of no things (`两次`) or further off (`有 3 家工厂
    的产品在抽检中两次不达标：`), its one count of things within LONG_TO_COLON where the items meet it,
    the arithmetic then being the evidence that the list is its."""
    named = [n for n in counts if colon - n.end <= LONG_TO_COLON and _names_items(view, n, colon)]
    if len(named) != 1:
        return None, None  # `全县 3 个乡镇有两条经验：`: neither count is the list's for sure
    n = named[0]
    items = _items(body, colon - n.end)
    if len(counts) == 1 and colon - n.end <= _FAR or items is not None and len(items) == n.value:
        return n, items
    return None, None


def _counts_before(view: PageView, colon: int) -> list[Num]:
    """The counts of the colon's clause (none where one is an ordinal, a congress (`十五大`) or a
    number inside a quotation)."""
    start = view.clause_start(colon)
    found = [n for n in view.between(start, colon) if n.type == "count"]
    records = {n.start for n in found}
    for m in _COUNT_WORD.finditer(view.text, start, colon):
        value = parse_number(m.group("n"))
        if value is None or m.start("n") in records or m.group("quote"):
            continue
        if view.text[m.start() - 1:m.start()] == "第" or (m.group("big") or m.group("cls") == "大") \
                and value > cues.number("enumeration", "max_group"):
            return []
        s, e = m.start("n"), m.end()
        found.append(Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None,
                         view.text[s:e]))
    return [] if any(view.text[n.start - 1:n.start] == "第" for n in found) else found


def _names_items(view: PageView, n: Num, colon: int) -> bool:
    """Whether count n may name the items the colon lists: an exact count of things, the colon's
    object (no quotation, demonstrative or predicate word between)."""
    if n.qualifier != "exact" or n.value != int(n.value) or not counts_items(n.value, n.text) \
            or "“" in view.text[n.end:colon]:
        return False
    if n.text[-1:] not in _CLASSIFIERS:
        return False  # `两次`, `三大队`: times and units name no items
    # `这两个箱子上都贴着标签：…`: the count is a subject, the colon says what else holds
    return view.text[n.start - 1:n.start] not in _DEMONSTRATIVES and not any(w in view.text[n.end:colon] for w in _PREDICATE)
