"""A count of nouns listed together after it (`三千名市民和退休职工一起…`, `３０个周六和周日的
上午`, `１２个话剧、歌舞团向…`): where the phrase read for a number is the noun right after it and a
list mark follows that noun, the items after the mark that hold no number of their own and are nouns
(jieba's tags) join the phrase, as written. An item that opens with a number (`三个公园、五条河道`),
a verb (`两项津贴、分散…`) or a word counted apart (`两名局长和部分科员`) ends the list. The words
live in data/metric.toml, section [joined_after]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, BRACKETS
from .lexicon import alternation, table
from .metric_after import segmenter

_WINDOW = 16  # the words after a mark read for one item
_MOST_ITEMS = 4
_NEAR = 4  # how far after an item a number makes it the next count's
# a number then a classifier-like character right after an item: the item describes the next count
_CLASSIFIERS = "个名位家项条种所件次人座户亩元"
_NUMBER_NEXT = re.compile(f"[\\d０-９]|[一二三四五六七八九十两几数百千万][十百千万亿]*[{_CLASSIFIERS}]")
# a count a little further on (城市和乡村两种道路, 甲、乙、丙等4个厂): the item opens
# the next counted list
_COUNT_NEXT = re.compile(f"(?:[\\d０-９]+|[一二三四五六七八九十两几数百千万][十百千万亿]*)[{_CLASSIFIERS}]")
_FAR = 9
_DESCRIBING_TAGS = frozenset({"a", "ad", "z"})
# jieba's tags of names of places, people and bodies: an item opening with one is named apart
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
# word tags that make a phrase a clause (a verb, a preposition, a conjunction, a particle, a place word)
_CLAUSE_TAGS = frozenset({"v", "vd", "vi", "p", "c", "uj", "ul", "uz", "ug", "ud", "f", "y", "e", "o"})


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = table("metric.toml")["joined_after"]
    mark = re.compile(f"(?:{alternation(t['marks'])})")
    return mark, frozenset(t["item_tags"]), tuple(t["apart"]), tuple(t["ends"]), tuple(t["not_last"])


def _item(text: str, at: int) -> str:
    """The noun item opening at `at` ('' where none does: a number, a verb, a word counted apart)."""
    _, tags, apart, ends, _ = _data()
    stop = re.search(f"[{re.escape(BREAKS + BRACKETS)}、]", text[at:at + _WINDOW])
    window = text[at:at + (stop.start() if stop else _WINDOW)]
    if not window or window.startswith(apart) or _NUMBER_NEXT.match(window):
        return ""
    item, words = "", segmenter().pos(window)
    if words and words[0][1] in _NAME_TAGS:
        return ""  # (５个国家以及希腊, ４个地区以及昆明市: a place named apart from those counted)
    for word, tag in words:
        rest = window[len(item) + len(word):]
        if tag in tags or not item and (not rest or rest.startswith(ends)):
            item += word  # (办法和措施，: a single word right before a break is an item, whatever its tag)
            if not rest or rest.startswith(ends):
                break
            continue
        break
    after = text[at + len(item):at + len(item) + _FAR].split("的")[0]  # (国家和地区的90个团: another's)
    if not item or item.endswith(_data()[4]) or _NUMBER_NEXT.search(item) or _NUMBER_NEXT.search(after[:_NEAR]) \
            or _COUNT_NEXT.search(after) or (stop is None and len(item) == len(window)):
        # (全国20个市县, 某市等4个, 国外有300多名: a scope or subject of the next count; a
        # window cut short: no item's end seen)
        return ""
    return item


def _noun_phrase(phrase: str) -> bool:
    """No word of the phrase a verb's, a preposition's or an adverb's (jieba's tags), which would make
    it a clause whose object the list would be (专家经过多次试验和比较, 经理当场和某厂签约)."""
    words = segmenter().pos(phrase)
    # (首都各界人士: a first word jieba takes for an adverb opens a noun as well)
    # (交通闭塞、经济落后的乡: a phrase ending with an adjective describes the noun after 的)
    return bool(words) and words[-1][1] not in _DESCRIBING_TAGS \
        and all(tag not in _CLAUSE_TAGS and (i == 0 or not tag.startswith("d")) for i, (_, tag) in enumerate(words))


def joined_after(text: str, end: int, phrase: str | None) -> str | None:
    """The phrase with the nouns listed after it joined, where the phrase is the noun right after
    the number ending at `end`; the phrase as it was otherwise."""
    if not phrase or not text.startswith(phrase, end) or not _noun_phrase(phrase):
        return phrase
    mark = _data()[0]
    at, joined = end + len(phrase), phrase
    for _ in range(_MOST_ITEMS):
        m = mark.match(text, at)
        item = _item(text, m.end()) if m else ""
        if not item:
            break
        joined, at = joined + m.group() + item, m.end() + len(item)
    return joined
