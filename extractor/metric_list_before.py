"""Nouns listed together before ONE number, where the number's phrase is the last of them but does
not open the number's own clause (metric_joined.py reads the case where it does):

- `甲、乙、丙的产量，都将增长X%`: the subject read back from the clause before is the last item;
- `通过财政拨款、贷款达X亿元`, `补缴了住房集资款、超标加收的集资款X元`: the first item opens after a
  preposition or a verb's 了, so it is read as its last nouns (财政拨款, 住房集资款), not the words
  before them.

The number measures the items together, as written (bench/gold/README.md: nouns listed together before
one number give the list; the last item alone would claim the figure for a part of what was measured).
"""
from __future__ import annotations

from .metric_words import _DIGIT

_SENTENCE_BREAKS = "。！？；;\n"
_BACK = 60  # how far back the phrase's words are looked for
_PHRASE_KEY = 2  # the characters of the phrase looked for
_FIRST_TAIL_LONGEST = 8  # the nouns kept of a first item that opens after a verb


def first_item_nouns(item: str) -> str:
    """The last nouns of a list's first item (`通过财政拨款` → `财政拨款`), or '' where none or
    the item is a noun of its own length already."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    from .metric_lists import _noun_tags, _tail_nouns
    # (not a person's name: 补缴了某人住房集资款 → 住房集资款)
    words = segmenter().pos(item)
    tail = _tail_nouns(words, _noun_tags() - _PERSON_TAGS, True)
    # only after a clear edge: a preposition (通过) or a verb's 了; a long noun (城市生活污水集中处理率)
    # with a verb inside it is no list item
    at, edge = len(item) - len(tail), ""
    for word, tag in words:
        if at <= 0:
            break
        at -= len(word)
        edge = tag
    return tail if 1 <= len(tail) <= _FIRST_TAIL_LONGEST and tail != item and at == 0 and edge in _EDGE_TAGS else ""


_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_VERB_TAGS = ("v",)
_EDGE_TAGS = ("p", "ul")  # a preposition, the 了 after a verb


def listed_subject(text: str, start: int, phrase: str | None,
                   items_before) -> str | None:
    """The phrase with the items listed before the place it is written, where it is written in the
    number's sentence after a 、 that follows nouns, and no other number or list mark stands between
    it and the number; None else. `items_before(mark)`: the items before the list mark at `mark`."""
    if not phrase or "、" in phrase or len(phrase) < _PHRASE_KEY:
        return None
    floor = max(0, start - _BACK)
    cut = max(text.rfind(x, floor, start) for x in _SENTENCE_BREAKS)
    at = text.rfind(phrase[:_PHRASE_KEY], max(floor, cut + 1), start)
    if at < 2 or text[at - 1] != "、" or "、" in text[at:start] or _DIGIT.search(text, at, start):
        return None
    if opens_with_verb(phrase):
        return None
    items = items_before(at - 1)
    return "、".join(items) + "、" + phrase if items else None


def opens_with_verb(phrase: str) -> bool:
    """`清收各类资金`: a last item that opens with a verb makes the list one of clauses (优化支出结构、
    清收各类资金), whose first is not a noun to join to it."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    words = segmenter().pos(phrase)
    return bool(words) and words[0][1] in _VERB_TAGS
