"""Transliterated names that jieba cuts apart or tags as common words: parts joined by a middle
dot (诺罗敦·西哈努克, 司马义·艾买提: every part between two dots is the name's, only its two
outer edges are sought), and a run of transliteration characters right after a title (外长利维,
总统康斯坦丁内斯库, 领导人特林布尔), which jieba reads as a noun or a place."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from ..lexicon import word_list
from .person_base import Person, lists
from .spans import occurrences
from .words import Words

_DOTS = "·・•"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# a middle dot between two Han characters (not 2·5亿, a decimal point)
_DOTTED = re.compile(rf"[{_DOTS}](?<=[\u4e00-\u9fff][{_DOTS}])(?=[\u4e00-\u9fff])")  # the dot first: the engine skips to it
_MAX_PART = 8  # characters of one outer part (阿卜杜勒拉蒂夫)
_MAX_TITLED = 10  # characters of a name after a title (康斯坦丁内斯库)
# words that end a name's part whatever their characters: function words, numerals, times
# (莫伊/以/较大优势, 布朗特/在); jieba cuts names into one-character verbs and measure words
# (约翰·戴/维特, 舍里·旺/派/集), so only a longer verb or adverb ends one (甘地/遇刺)
_FUNCTION_TAGS = ("p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "y", "r", "m", "t", "x")
_WORD_TAGS = ("v", "vn", "vd", "d", "a", "ad", "f")


@lru_cache(maxsize=1)
def _name_chars() -> frozenset[str]:
    """Characters of transliterated names: the foreign list and those of minority names (买, 提)."""
    return lists()["foreign"] | frozenset("".join(word_list("names/minority_name_chars.txt")))


def _part_like(tok: tuple[int, int, str, str]) -> bool:
    """A token that may continue a name's outer part: transliteration characters only, no title,
    no function word."""
    chars = _name_chars()
    return _may_edge(tok) and (len(tok[2]) == 1 or tok[3] not in _WORD_TAGS) and all(c in chars for c in tok[2])


def _may_edge(tok: tuple[int, int, str, str]) -> bool:
    """The token next to a dot is the name's whatever its characters, unless a function word
    or a title (总统·, ·在); a Han character jieba could not tag (哈希/娜: x) is no function word."""
    unknown_han = tok[3] == "x" and _HAN_RUN.fullmatch(tok[2]) is not None
    return (tok[3] not in _FUNCTION_TAGS or unknown_han) and tok[2] not in lists()["titles"]


@lru_cache(maxsize=1)
def _glued_end() -> frozenset[str]:
    return frozenset(word_list("names/name_glued_end.txt"))


def dotted_names(text: str, words: Words, places: set[str]) -> list[Person]:
    """Names of two or more parts joined by middle dots; the first part runs back from the first
    dot over the token before it and any transliteration tokens before that (总统/丹尼尔), the last
    runs on over the token after the last dot and transliteration tokens after it."""
    out: list[Person] = []
    dots = [m.start() for m in _DOTTED.finditer(text)]
    i = 0
    while i < len(dots):
        j = i
        # 穆罕默德·纳瓦兹·谢里夫: dots a part apart belong to one name
        while j + 1 < len(dots) and dots[j + 1] - dots[j] <= _MAX_PART + 1 \
                and all(c in _name_chars() for c in text[dots[j] + 1:dots[j + 1]]):
            j += 1
        start, end = _first_part(words, dots[i], places), _last_part(words, dots[j] + 1, places)
        i = j + 1
        if start is None or end is None or (out and start < out[-1].end):
            continue
        if text[end - 1] in _glued_end() and end - 1 > dots[j] + 1:
            end -= 1  # 伊·福阿为: the verb jieba glued to the name's last part is the sentence's
        name = text[start:end]
        if name not in lists()["not"] and not places.intersection(re.split(f"[{_DOTS}]", name)) \
                and not _in_title(text, start) and not _all_words(words, re.split(f"[{_DOTS}]", name)):
            out.append(Person(start, end, name, "person:dotted"))
    return out


def _first_part(words: Words, dot: int, places: set[str]) -> Optional[int]:
    tok = words.token_at(dot - 1)
    if tok is None or tok[1] != dot or not _may_edge(tok):
        return None
    start = tok[0]
    while start > 0:
        prev = words.token_at(start - 1)
        if prev is None or dot - prev[0] > _MAX_PART or not _part_like(prev) or prev[2] in places:
            break
        start = prev[0]
    return start


def _last_part(words: Words, after: int, places: set[str]) -> Optional[int]:
    tok = words.token_at(after)
    if tok is None or tok[0] != after or not _may_edge(tok):
        return None
    end = tok[1]
    while True:
        nxt = words.token_at(end)
        if nxt is None or nxt[1] - after > _MAX_PART or not _part_like(nxt) or nxt[2] in places:
            return end
        end = nxt[1]


def _all_words(words: Words, parts: list[str]) -> bool:
    """自主·自立·自强: parts that are all common words of the dictionary make a motto, not a name
    (one part of one character or one that is no common word makes a name: 拉·甘地, 查理·曼德)."""
    return all(len(p) >= 2 and (words.tags.get(p) or "nr")[:1] in ("n", "v", "a", "d")
               and not (words.tags.get(p) or "nr").startswith(("nr", "nz")) for p in parts)


def _in_title(text: str, at: int) -> bool:
    """《中国艺术大展·主题创作卷》: a dot inside a book's or a work's title joins its parts."""
    floor = max(0, at - 40)
    return text.rfind("《", floor, at) > text.rfind("》", floor, at)


def titled_foreign(text: str, words: Words, places: set[str]) -> list[Person]:
    """A run of transliteration tokens right after a title (外长/利维, 领导人/特林/布尔): a
    name, whatever jieba's tags; the run ends where a token holds another character."""
    toks, titles = words.tokens, lists()["titles"]
    out: list[Person] = []
    for i in words.indices_of(titles):
        j = i + 1
        while j < len(toks) and _part_like(toks[j]) and toks[j][1] - toks[i][1] <= _MAX_TITLED:
            j += 1
        if j == i + 1:
            continue
        s, e = toks[i][1], toks[j - 1][1]
        name = text[s:e]
        if e - s >= 2 and name not in places and name not in lists()["not"] and not _common(words, i + 1, j):
            out.append(Person(s, e, name, "person:titled_foreign"))
    return out


def _common(words: Words, i: int, j: int) -> bool:
    """代表/大会: one token of two or more characters jieba's dictionary holds as a common word
    of another kind than a name (a verb, an adjective) is that word."""
    if j - i != 1:
        return False
    tag = words.tags.get(words.tokens[i][2]) or ""
    # jieba's dictionary tags many transliterations a place (巴斯); a place the gazetteer knows
    # is kept out by the caller's `places`, so only a body (nt) is no name here
    return tag[:1] in ("v", "a", "d") or tag == "nt"


def japanese_names(text: str, words: Words) -> list[Person]:
    """小泽一郎, 鹿野道彦: a word of jieba's of four or five characters that begins with a Japanese
    family name (names/japanese_surnames.txt) is a person's name, which the Chinese surname list
    cannot read; after it on the page, the family name written alone as a word is that person
    (桥本龙太郎 … 桥本)."""
    family = _japanese_family()
    out: list[Person] = []
    # the few words of four or five characters, picked at C speed (see Words.indices_sized)
    texts, flags = words.texts, words.flags  # (read by index: a token's tuple is made for a name only)
    for i in sorted(words.indices_sized(4) + words.indices_sized(5)):
        w = texts[i]
        if flags[i] in ("nr", "n", "nz") and (w[:2] in family or w[:3] in family) and _HAN_RUN.fullmatch(w):
            s, e, _, _ = words.tokens[i]
            out.append(Person(s, e, w, "person:japanese"))
    if not out:
        return out
    first = {}
    for p in out:
        first.setdefault(p.name[:3] if p.name[:3] in family else p.name[:2], p.end)
    for i in words.indices_of(first):
        s, e, w, _ = words.tokens[i]
        if s >= first[w]:
            out.append(Person(s, e, w, "person:japanese"))
    return out


@lru_cache(maxsize=1)
def _japanese_family() -> frozenset[str]:
    return frozenset(word_list("names/japanese_surnames.txt"))


def tagged_foreign(words: Words, places: set[str], cued: Callable[..., bool]) -> list[Person]:
    """Transliterated names jieba tags a person's (阿拉法特/nrt, 哈马迪/nr) of three characters
    or more, every one a character of transliteration: names without a cue (two characters,
    利维, need one: _tagged). Parts joined by · make one name (萨阿东·哈马迪). cued(words, i, j,
    in_list): whether a cue stands by the tokens i..j (persons.py)."""
    foreign, toks = lists()["foreign"], words.tokens
    texts, flags = words.texts, words.flags  # read by index: no token tuple made for each test

    def part(k: int) -> bool:
        return k < len(texts) and flags[k] in ("nr", "nrt") and len(texts[k]) >= 2 \
            and all(c in foreign for c in texts[k])

    titles = lists()["titles"]
    # 总统巴嘎班迪/ns: after a title, a transliterated word jieba reads as a place is a name too
    titled = [i for i in words.indices_tagged("ns") if i and toks[i - 1][2] in titles and len(toks[i][2]) >= 3
              and all(c in foreign for c in toks[i][2])]
    out: list[Person] = []
    # a name of two characters jieba tags a transliterated one (nrt) again and again, a cue (a
    # title, a speech verb) by one of its mentions at least (里森 … 里森认为; jieba tags words so
    # too, 保姆, 路基, which no cue stands by)
    repeated: dict[str, int] = {}
    cued_names: set[str] = set()
    for i in words.indices_tagged("nrt"):
        w = toks[i][2]
        if len(w) == 2 and all(c in foreign for c in w):
            repeated[w] = repeated.get(w, 0) + 1
            if cued(words, i, i + 1, in_list=False):
                cued_names.add(w)
    repeated = {w: n for w, n in repeated.items() if w in cued_names}
    for i in sorted(words.indices_tagged("nrt") + words.indices_tagged("nr") + titled):
        s, w = toks[i][0], toks[i][2]
        if out and s < out[-1].end or not (part(i) or i in titled):
            continue
        j = i
        while True:  # 阿卡/蒂耶夫, 萨阿东/·/哈马迪: the parts of one name
            if part(j + 1):
                j += 1
            elif j + 2 < len(toks) and toks[j + 1][2] == "·" and len(toks[j + 2][2]) >= 2 \
                    and all(c in foreign for c in toks[j + 2][2]):
                j += 2
            else:
                break
        name = "".join(t[2] for t in toks[i:j + 1])
        if (len(name) >= 3 or repeated.get(name, 0) >= _SHORT_FOREIGN_MENTIONS) and name not in places \
                and name not in lists()["not"]:
            out.append(Person(s, toks[j][1], name, "person:foreign"))
    return out


# mentions that make a transliterated name of two characters a name without a cue (里森 … 里森)
_SHORT_FOREIGN_MENTIONS = 3


_DOTS = "·•・"


def surnames_alone(text: str, names, covered: set[int]) -> list[Person]:
    """The last part of each dotted name of names written alone elsewhere (施特劳斯 after
    约翰·施特劳斯, 盖茨 after 比尔·盖茨): the same person; covered (the found names' positions)
    grows with each."""
    out: list[Person] = []
    for last in sorted({dotted_surname(n) for n in names} - {""} - set(names)):
        for start in occurrences(text, last):
            end = start + len(last)
            if not any(i in covered for i in range(start, end)) and surname_alone(text, last, start):
                out.append(Person(start, end, last, "person:surname"))
                covered.update(range(start, end))
    return out


def surname_alone(text: str, name: str, start: int) -> bool:
    """The last part of a dotted name (施特劳斯 of 约翰·施特劳斯) written at start on its own: no
    dot and no character of a transliterated name on either side (格林 in 格林斯潘 is none)."""
    end = start + len(name)
    chars = _name_chars()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before not in _DOTS and after not in _DOTS and (not before or before not in chars) \
        and (not after or after not in chars)


def dotted_surname(name: str) -> str:
    """The last part of a dotted name where it may stand for the person alone (盖茨 of 比尔·盖茨):
    two characters or more, all of transliterated names; else ''."""
    for dot in _DOTS:
        if dot in name:
            last = name.rsplit(dot, 1)[1]
            return last if len(last) >= 2 and all(c in _name_chars() for c in last) else ""
    return ""
