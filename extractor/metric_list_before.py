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

from .clauses import last_mark
from .metric_words import DIGIT

_SENTENCE_BREAKS = "。！？；;\n"
_BACK = 60  # how far back the phrase's words are looked for
_PHRASE_KEY = 2  # the characters of the phrase looked for
_FIRST_TAIL_LONGEST = 8  # the nouns kept of a first item that opens after a verb


def first_item_nouns(item: str) -> str:
    """The last nouns of a list's first item (`通过财政拨款` → `财政拨款`), or '' where none or
    the item is a noun of its own length already."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    from .metric_listed_nouns import noun_tags, tail_nouns
    # (not a person's name: 补缴了某人住房集资款 → 住房集资款)
    words = segmenter().pos(item)
    tail = tail_nouns(words, noun_tags() - _PERSON_TAGS, True)
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
    cut = last_mark(text, _SENTENCE_BREAKS, floor, start)
    at = text.rfind(phrase[:_PHRASE_KEY], max(floor, cut + 1), start)
    if at < 2 or text[at - 1] != "、" or "、" in text[at:start] or DIGIT.search(text, at, start):
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


_JOINERS = ("以及", "和", "及", "与")
_SET_TAGS = frozenset({"l"})  # (jieba tags 合作社 as a set phrase)
_ITEM_WINDOW = 16
_AFTER_REACH = 4  # the words before the joining word read for the first item
_JOINED_ITEM_LONGEST = 8
_ITEM_EDGES = "，。；：！？\n、“”（）()"


def joined_subject(text: str, start: int, end: int, phrase: str | None) -> str | None:
    """`慰问金和生活用品累计折合人民币560万元`, `调研报告和委员提案成果86项`: where the phrase is
    written in the number's clause right after 和/及/与 and the words before that are nouns, the number
    measures both together, as written (the phrase read back was cut at the joining word); None where the
    phrase is not so written, a number stands between it and the number, or the item before is no noun."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    from .metric_listed_nouns import noun_tags, tail_nouns
    if not phrase or len(phrase) < _PHRASE_KEY or any(j in phrase for j in _JOINERS) or "、" in phrase:
        return None
    floor = max(0, start - _BACK)
    cut = last_mark(text, _SENTENCE_BREAKS + "，", floor, start)
    at = text.rfind(phrase, max(floor, cut + 1), start)
    if at < 0 or DIGIT.search(text, at, start) or text.find(phrase, end, end + _AFTER_REACH) >= 0:
        return None  # (2.4万套住房: the noun counted after the number, not a word before it)
    joiner = next((j for j in _JOINERS if text.endswith(j, 0, at)), "")
    if not joiner or text.endswith("、", 0, at - len(joiner)):
        return None
    mark = at - len(joiner)
    window_start = max(floor, cut + 1, mark - _ITEM_WINDOW)
    window = text[window_start:mark]
    if not window or DIGIT.search(window[-_JOINED_ITEM_LONGEST:]):
        return None
    words = segmenter().pos(window)
    item = tail_nouns(words, (noun_tags() | _SET_TAGS) - _PERSON_TAGS, False)
    if not 2 <= len(item) <= _JOINED_ITEM_LONGEST:
        return None
    # the item opens at a word edge that is no noun: a verb, a preposition, 的, or the clause's start
    before = window[: len(window) - len(item)]
    if not before and window_start != max(floor, cut + 1):
        return None  # (the item runs to the window's edge: it may be cut inside a word)
    if before and before[-1] in "、":
        return None  # (甲、乙和丙: a list of three, read by the list readers)
    return item + joiner + phrase
