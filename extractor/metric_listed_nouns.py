"""Nouns listed before a list mark (`星级宾馆、饭店25个`, `子、孙、重孙公司`): each item's last words that jieba
tags as nouns. Apart from the 分别 lists (metric_lists.py) because counts, joined clauses and lists read before
a number (metric_clause, metric_joined, metric_list_before) read items this way without any list of numbers."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import table


_ITEM_LONGEST = 6
_ITEM = re.compile("[^、，。；：！？\\n（）()\\d]{1,12}$")
_QUOTED = re.compile("“[^“”]{1,10}”$")  # a quoted name ending an item (培育“独角兽”、“瞪羚”企业)


def listed_nouns(text: str, mark: int) -> str:
    """`星级宾馆、` before `饭店25个`: the nouns listed before the list mark at `mark`, each with its
    mark ("" where an item is no noun): the first item keeps only its last words that jieba tags as
    nouns (已拥有大中型拖拉机 → 大中型拖拉机)."""
    from .metric_after import segmenter  # late: the tagger loads only for a count after a list
    tags = noun_tags()
    items: list[str] = []
    at = mark
    while True:
        m = _ITEM.search(text, max(0, at - 12), at)
        if not m:
            return ""
        words = segmenter().pos(m.group())
        opens = m.start() == 0 or text[m.start() - 1] != "、"
        # (子、孙、重孙公司, 毛、麻纺锭: one character alone between its marks, or after a break, is an item)
        single = len(m.group()) == 1 and _CJK.match(m.group()) and (not opens or m.start() == 0 or text[m.start() - 1] in BREAKS)
        quoted = _QUOTED.search(m.group())
        tail = m.group() if single else quoted.group() if quoted else tail_nouns(words, tags, opens)
        if len(tail) < 2 and not single or (tail != m.group() and not opens):
            return ""  # (an item inside the list that is no plain noun: no list of nouns)
        items.insert(0, tail)
        if opens:
            return "、".join(items) + "、"
        at = m.start() - 1


_CJK = re.compile("(?![一二三四五六七八九十零〇两])[\u4e00-\u9fff]")  # (not a heading's numeral: 二、先进单位)
_JOINING = ("和", "及", "与")  # a joining word inside the first item of a list (教师和学生、家长)
_JOINED_LONGEST = 10


def tail_nouns(words: list[tuple[str, str]], tags: frozenset, opens: bool) -> str:
    """The last words of an item that jieba tags as nouns; the first item of the list (`opens`) may
    hold two nouns joined by 和/及/与 (教师和学生、家长: the list as written, not cut at 和)."""
    tail, joined = "", ""
    for word, tag in reversed(words):
        if opens and not joined and tail and word in _JOINING:
            joined, tail = tail, word + tail
            continue
        if tag not in tags or len(word) + len(tail) > (_JOINED_LONGEST if joined else _ITEM_LONGEST):
            break
        tail = word + tail
    return joined if tail.startswith(_JOINING) else tail  # (no noun before the joining word: the noun after it)


@lru_cache(maxsize=1)
def noun_tags() -> frozenset:
    return frozenset(table("metric.toml")["described"]["noun_tags"])
