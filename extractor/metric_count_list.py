"""Nouns listed after a count, counted together (one reader of the shape: `３１１５个机关、企事业单位的`,
`９个高水平、高等级机场`, `１３０多名乡镇干部和企业家进京`, `４０多个国家和地区的选手`): the noun right
after the classifier opens a list, and the list as written is what is counted (bench/gold/README.md: a
count of a list counted together takes the list). Read in this order, the first that holds:
  - a short list up to a break or a 的 (`机关、企事业单位的`): taken whole;
  - a list marked by 、 whose items are nouns, the last cut where its predicate opens (`话剧、舞剧团向观众演出`);
    a list that runs into the next count ends at its last joining word (`…机场和舟山、延吉４个支线机场`);
  - items joined by a mark (、 和 及 以及) one after another, each of nouns (jieba's tags) with no number
    of its own (`教师和医务人员一起`, `周六和周日的上午`).
Never an item with a count of its own (`两袋面、一桶油`, `三个公园、五条河道`), a word counted apart
(`两名局长和部分科员`), a name (`５个地区以及昆明市`), a verb (`建成３个示范区、推广新技术`). The words
live in data/metric.toml, section [count_list]; metric_nouns.py and metric.py call `counted_list` and
`joined_after`."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, BRACKETS
from .lexicon import alternation, table
from .metric_after import segmenter
from .metric_cut import head_words
from .metric_words import COUNT_NUMERALS, COUNT_UNITS

# the list's stretch after the count: up to a break, a 的, a bracket or a number
# (a dash or a quote mark ends it: 卡通——大象、熊猫 names the items of what is counted, “两山”… a name)
_STRETCH = re.compile("[^，。；：！？的（(\\d０-９\n—“”《]{2,40}")
_SHORT = re.compile("[^，。；：！？的（(\\d\n]{2,30}")  # a short list's stretch (quotes and dashes inside)
_WINDOW = 16  # the words after a mark read for one item
_NEAR = 4  # how far after an item a number makes it the next count's
_FAR = 9  # how far after an item a count makes it the opening of the next counted list


@lru_cache(maxsize=1)
def _data() -> dict:
    return table("metric.toml")["count_list"]


@lru_cache(maxsize=2)
def _count(vague: bool = True) -> re.Pattern:
    """A count written (５个, 两袋, 三千名, 几十万元): a number, then a common classifier or unit;
    with `vague`, a 多 or 余 between (三十四万多个: taken as the next count's where it follows an item)."""
    between = "[多余]?" if vague else ""
    return re.compile(f"[{COUNT_NUMERALS}几数]+{between}(?:{COUNT_UNITS})")


@lru_cache(maxsize=1)
def _stops() -> frozenset:
    """Words that end a noun after a count ([noun_after] ends_before_words) and the adverbs of the
    predicate the tagger gives a noun's tag ([count_list] stops)."""
    t = table("metric.toml")
    return frozenset(t["noun_after"]["ends_before_words"]) | frozenset(_data()["stops"])


@lru_cache(maxsize=1)
def _mark() -> re.Pattern:
    return re.compile(f"(?:{alternation(_data()['marks'])})")


def counted_apart(items: list[str]) -> bool:
    """Whether an item after the first of a list after a count opens with a count of its own
    (两袋面、一桶油; 两个市场、两种资源): each item is then counted apart."""
    return any(_count().match(x) for x in items[1:])


def _own_number(words: str, start: bool = False) -> bool:
    """A digit or a count written in `words` (at their start only, where `start`)."""
    if start:
        return bool(re.match("[\\d０-９]", words) or _count().match(words))
    return bool(re.search("[\\d０-９]", words) or _count().search(words))


def counted_list(text: str, end: int, noun: str) -> str | None:
    """The list the count's noun `noun` opens at `end` (the classifier's end), as written; None where
    no list follows the noun."""
    # (the items joined after the noun's head only: 重点项目建设和…, the noun read runs past its head)
    return _short_list(text, end, noun) or _listed(text, end, noun) \
        or (_joined(text, end, noun) if head_words(noun) == noun else None)


def _short_list(text: str, end: int, noun: str) -> str | None:
    """`3115个机关、企事业单位的`: short items up to 的 or a break, taken whole."""
    d = _data()
    m = _SHORT.match(text, end)
    # (经济贫困、教育基础薄弱的县: a list before 的 and a noun modifies that noun)
    # (世界冠军、创造29项: a list cut by a number is no list of nouns)
    follows = text[m.end():m.end() + 2] if m else ""
    ends = not follows or follows[:1] in BREAKS or (follows[:1] == "的" and follows[1:].isdigit())
    if not (m and m.group().startswith(noun + "、") and ends):
        return None
    items = m.group().split("、")
    if all(1 <= len(x) <= d["short_item"] for x in items) and len(m.group()) <= d["short_longest"] \
            and not counted_apart(items) and not any(_act(items[0], x) for x in items[1:]):
        return m.group()
    return None


def _listed(text: str, end: int, noun: str) -> str | None:
    """`９个高水平、高等级机场建成`: items marked by 、, each of nouns, up to the last item's predicate."""
    m = _STRETCH.match(text, end)
    if not m or not noun or not m.group().startswith(noun + "、"):
        return None
    d = _data()
    words = m.group()
    follows = text[m.end():m.end() + 1]
    # (…、舞剧团向观众献上他们最好的、…的作品: the list ends with the item whose predicate opens; a 的 or a
    # list mark after that predicate is the predicate's own)
    opened = next((i for i, x in enumerate(words.split("、")) if i and _predicate_opens(x)), None)
    if opened is not None:
        words, follows = "、".join(words.split("、")[:opened + 1]), ""
    if follows and follows not in BREAKS:
        if not re.match("[\\d０-９]", follows):
            return None  # (…、…的: a description, other rules read it)
        # (…和舟山、延吉４个支线机场: the list ends before the joining word of the next count)
        cut = max(words.rfind(w) for w in d["joining"])
        if cut <= len(noun):
            return None
        words = words[:cut]
    items = words.split("、")
    if len(items) > d["most_items"] or any(not 1 <= len(x) <= d["longest_item"] for x in items[:-1]):
        return None
    if noun_of(noun) != noun and not _modified_noun(noun) or any(noun_of(x) != x for x in items[1:-1]) \
            or counted_apart(items):
        return None  # (少数民族互为依存、发展: a predicate, not a noun, before the list mark)
    last = noun_of(items[-1])
    if last != items[-1] and "等" in items[-1][len(last):]:
        return None  # (补贴、孤儿保障等…: a verb the tagger reads inside a compound before 等)
    return "、".join(items[:-1] + [last]) if last else None


def _predicate_opens(item: str) -> bool:
    """`舞剧团向首都观众献上`: a list item whose noun is followed by a predicate with an object of its own
    (a verb or a preposition, then a noun: jieba's tags), the list's last item."""
    noun = noun_of(item)
    if not noun or noun == item:
        return False
    rest = segmenter().pos(item[len(noun):])
    # (right after the noun: not past a joining word, …企业和无关联…企业所占, where the tagger reads a verb)
    return bool(rest) and rest[0][1] in _data()["predicate_open_tags"] \
        and any(tag in _data()["item_tags"] for _, tag in rest[1:])


def _act(first: str, item: str) -> bool:
    """`改造老旧管网`: an item that opens with a verb of two characters or more and names its object
    after it is an act of its own (新建6个公园、改造管网), no noun counted with the others; unless the
    first item ends with a verb too (报废汽车回收、拆解企业: two acts naming one kind of firm)."""
    words, opening = segmenter().pos(item), segmenter().pos(first)
    verbs = _data()["act_tags"]
    return len(words) >= 2 and words[0][1] in verbs and len(words[0][0]) >= 2 \
        and any(tag in _data()["item_tags"] for _, tag in words[1:]) and bool(opening) and opening[-1][1] not in verbs


def _modified_noun(item: str) -> bool:
    """`国内外知名乐团`: the first item of a list after a count may open with words that describe it (a
    scope, an adjective, a verb used as one: jieba's tags) where it ends with a noun and holds nothing
    of a clause (a preposition, an adverb, a pronoun, a particle: [count_list] modifier_not_tags)."""
    words = segmenter().pos(item)
    d = _data()
    # (文艺作品获得国家: a noun then a verb is a clause, its subject and predicate)
    clause = any(tag in d["predicate_open_tags"] and any(t in d["item_tags"] for _, t in words[:i])
                 for i, (_, tag) in enumerate(words))
    # (a place word opens the item only as its scope, 中外著名歌剧; after a noun it takes a part of it,
    # 美国企业中单项业务企业)
    inside = any(tag in d["scope_tags"] for _, tag in words[1:])
    return len(words) >= 2 and words[-1][1] in d["modified_end_tags"] and not clause and not inside \
        and not any(tag in d["modifier_not_tags"] for _, tag in words)


def noun_of(item: str, longest: int | None = None) -> str:
    """The words of `item` up to where a predicate opens ('' where they open with a verb or run
    past `longest` characters, by default a list item's longest)."""
    d = _data()
    longest = longest or d["longest_item"]
    out = ""
    for word, tag in segmenter().pos(item):
        if tag in d["predicate_tags"]:
            if not out or len(out) > longest:
                return ""
            break
        out += word
    return out if len(out) <= longest else ""


def _item(text: str, at: int) -> str:
    """The noun item opening at `at` ('' where none does: a number, a verb, a word counted apart)."""
    d = _data()
    stop = re.search(f"[{re.escape(BREAKS + BRACKETS)}、]", text[at:at + _WINDOW])
    window = text[at:at + (stop.start() if stop else _WINDOW)]
    ends = tuple(d["ends"])
    if not window or window.startswith(tuple(d["apart"])) or _own_number(window, start=True):
        return ""
    words = segmenter().pos(window)
    if words and words[0][1] in d["name_tags"]:
        return ""  # (５个国家以及希腊, ４个地区以及昆明市: a place named apart from those counted)
    taken: list[tuple[str, str]] = []
    acts = False  # whether a verb of two characters or more ends the item: the predicate opens
    for word, tag in words:
        rest = window[sum(len(w) for w, _ in taken) + len(word):]
        if word in _stops():
            break  # (乘客和机组人员全部遇难: the predicate's adverb, whatever its tag)
        if tag in d["item_tags"] or not taken and (not rest or rest.startswith(ends)):
            taken.append((word, tag))  # (办法和措施，: a single word right before a break is an item, whatever its tag)
            if not rest or rest.startswith(ends):
                break
            continue
        acts = tag in d["predicate_tags"] and len(word) >= 2
        break
    while len(taken) > 1 and taken[-1][1] in d["not_end_tags"]:
        taken.pop()  # (鱼类和海鸟中毒死亡, 国家和地区发展了: the predicate's first word, a verb's noun)
    item = "".join(w for w, _ in taken)
    after = text[at + len(item):at + len(item) + _FAR].split("的")[0]  # (国家和地区的90个团: another's)
    if not item or item.endswith(tuple(d["not_last"])) or _own_number(item) or (stop is None and len(item) == len(window)):
        return ""  # (a window cut short: no item's end seen)
    if not acts and (_own_number(after[:_NEAR]) or _count(vague=False).search(after)):
        # (全国20个市县, 某市等4个, 国外有300多名: a scope or subject of the next count; not where a
        # predicate opens after the item: 岗区及线路实行２４小时…, 干部和工会干部走进３１２５４户)
        return ""
    return item


def _noun_phrase(phrase: str) -> bool:
    """No word of the phrase a verb's, a preposition's or an adverb's (jieba's tags), which would make
    it a clause whose object the list would be (专家经过多次试验和比较, 经理当场和某厂签约)."""
    d = _data()
    words = segmenter().pos(phrase)
    # (首都各界人士: a first word jieba takes for an adverb opens a noun as well)
    # (交通闭塞、经济落后的乡: a phrase ending with an adjective describes the noun after 的)
    return bool(words) and words[-1][1] not in d["describing_tags"] \
        and all(tag not in d["clause_tags"] and (i == 0 or not tag.startswith("d")) for i, (_, tag) in enumerate(words))


def _joined(text: str, end: int, phrase: str) -> str | None:
    """The phrase right after the count at `end` with the noun items marked after it joined; None
    where no item joins."""
    if not phrase or not text.startswith(phrase, end) or not _noun_phrase(phrase):
        return None
    at, joined = end + len(phrase), phrase
    for _ in range(_data()["most_joined"]):
        m = _mark().match(text, at)
        item = _item(text, m.end()) if m else ""
        if not item:
            break
        joined, at = joined + m.group() + item, m.end() + len(item)
    return joined if joined != phrase else None


def joined_after(text: str, end: int, phrase: str | None) -> str | None:
    """The phrase with the nouns listed after it joined, where the phrase is the noun right after
    the number ending at `end` (whichever rule read it); the phrase as it was otherwise."""
    return (_joined(text, end, phrase) if phrase else None) or phrase
