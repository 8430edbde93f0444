"""Persons: a title before a name (局长张智敏), a surname with an honorific (彭女士), masked
names (高某民) (those two read in marked_surnames.py), jieba's person tags checked against a
surname table, transliterated names, and every later mention of a name once found. Bylines and
author lines are in bylines.py."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, word_list
from ..page import Page
from .foreign import dotted_names, surnames_alone, japanese_names, tagged_foreign, titled_foreign
from .given import married_form, whole_given
from .marked_surnames import honorific, masked
from .minority import minority_names
from .bylines import author_lines, byline_persons, closing_parens, dispatch_credits, group_names
from .person_cues import (elected, guessed_at, keeps_yu, list_follows, noted, surname_yu, tagged_whole_name,
                          titled_over_guess, two_names)
from .person_lists import listed_persons
from .person_base import Person, lists as _lists, plausible, surname_len
from .spans import Spans, occurrences, positions
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
# tags jieba gives the given name it splits from a surname (胡/德顺 ns, 王/虎鸣 nrt)
_GIVEN_TAGS = ("ns", "nz", "ng", "nrt", "nrfg", "j")
_LIST_JOINS = ("、", "和")  # what stands between two names of a list
_JOINERS = frozenset("和与向于同及")  # surnames that are also conjunctions or prepositions
# function characters that also end given names (汪忠和, 张人为), and the stops after which they can
# only be the name's
_LAST_JOINERS = frozenset("和为")
_STOPS = frozenset("；。，、）")

def _given_length(text: str, at: int, words: Optional[Words]) -> int:
    """How many characters of a name start at `at` (a surname): 3 unless the third character
    begins something else (说, 的, a word of its own)."""
    lists = _lists()
    sn = surname_len(text[at:at + 2])
    if words is not None:
        tok = words.token_at(at)
        if tok is not None and tok[0] == at and tok[3] == "nr" and plausible(tok[2]) and len(tok[2]) == sn + 2 \
                and tok[2][-1] not in lists["not_end"]:
            return len(tok[2])
    if words is not None and sn == 1 and married_form(text, at, words):
        return 4
    if words is not None and two_names(words, at, sn):
        return sn + 1
    third = at + sn + 1
    if third + 1 < len(text) and text[third] in _LAST_JOINERS and text[third + 1] in _STOPS:
        return sn + 2  # 青年汪忠和；: a conjunction before a stop joins nothing, it ends the name
    if third >= len(text) or not _CJK.match(text[third]) or text[third] in lists["end"]:
        return sn + 1
    if words is not None:
        tok = words.token_at(third)
        # the third character starts a word of two or more that runs on: 王鹏表示; not a pair
        # jieba makes of the name's last character and a word that follows names (杜宝/平到, 梁建/强于)
        if tok is not None and tok[0] == third and len(tok[2]) >= 2 and tok[3] not in ("nr", "ng") \
                and not (len(tok[2]) == 2 and tok[2][1] in lists["end"] and tok[2] not in lists["titles"]):
            return sn + 1
    return sn + 2


def _common_word(words: Words, at: int) -> bool:
    """总理强调, 主席和政府: what follows the title is a word, not a surname and name."""
    tok = words.token_at(at)
    if tok is None or tok[3] in ("nr", "nrfg", "nrt", "x", "ng"):
        return False
    w = tok[2]
    if tok[0] == at and plausible(w) and not words.tags.get(w, "").startswith(("ns", "nt")) \
            and (w not in words.tags or len(w) == 3 and (w[1:] not in words.tags or words.tags[w] == "nz")):
        return False  # 记者/朱梦魁: a surname and a given name that is no word, read as a name
    return len(tok[2]) >= 2 or tok[3] in ("c", "p", "u", "uj", "d", "r", "v", "f")


def _titled(text: str, words: Optional[Words], guessed: frozenset[str] = frozenset()) -> list[Person]:
    """guessed: place names only jieba's tags give (老将/白江/ns): after a title they are names."""
    lists = _lists()
    out = []
    for m in lists["title_re"].finditer(text):
        at = m.end()
        if not surname_len(text[at:at + 2]) or lists["honor_re"].match(text, at + 1) or text[at + 1:at + 2] == "某":
            continue
        if words is not None and (at not in words.start_set
                                  or _common_word(words, at) and not guessed_at(words, at, guessed)):
            continue
        if words is not None and words.token_at(at)[2] in lists["titles"]:
            continue  # 总理/顾问/贾塔: a second title follows the first, the name comes after it
        size = _given_length(text, at, words)
        name = text[at:at + size]
        if m.group() not in lists["titles"] and not _after_job(words, at, at + size, name):
            continue
        married = size == 4 and surname_len(name) == 1 and plausible(name[1:])  # 陈方安生
        if (married or plausible(name)) and (words is None or married or _name_like(name, words.tags)
                                             or _tagged_whole(words, at, name)) \
                and not _noun_follows(words, name, at + size):
            out.append(Person(at, at + size, name, "person:title", m.group()))
    return out


def _after_job(words: Optional[Words], start: int, end: int, name: str) -> bool:
    """A job is a weaker cue than an office (读者/来信版, 职工/连/核辐射, 工人/战/隆冬): the name
    after it must be no word of the dictionary but a name's, no word of its own that jieba tags
    a common one, begin with no verb or function word, and end where a word ends."""
    if words is None:
        return True
    tag = words.tags.get(name)
    if tag is not None and not tag.startswith("nr"):
        return False
    tok = words.token_at(start)
    if tok is not None and (tok[0], tok[1]) == (start, end) and tok[3][:1] in ("n", "v", "a") and not tok[3].startswith("nr"):
        return False
    if tok is not None and tok[1] == start + 1 and tok[3][:1] in ("v", "p", "c", "d"):
        return False  # 职工/连/核辐射: the surname-like character is a function word here
    given = words.token_at(start + 1)
    if given is not None and (given[0], given[1]) == (start + 1, end) and given[3][:1] in ("t", "v", "a", "d", "m"):
        return False  # 工人/战/隆冬: the given name is a time word, a verb or an adjective
    return words.is_boundary(end)


def _tagged_whole(words: Words, at: int, name: str) -> bool:
    """记者李建兴: after a title, jieba tags the very name a person's (nr): its given name being
    also a word (建兴) does not make it one."""
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[2] == name and tok[3] == "nr" and len(name) == 3 \
        and (name[-1] not in _lists()["not_end"] or list_follows(words, tok[1]))


def _name_like(name: str, tags: dict) -> bool:
    """Not a thing (敬老院, 赵鹏摄) nor a title and a verb (时强调: 强调 is a verb)."""
    lists = _lists()
    if name[-1] in lists["not_end"] or name[1:] in lists["titles"] or name[-2:] in lists["titles"]:
        return False  # 敬老院, 周总理
    given = name[surname_len(name):]
    tag = tags.get(given)
    return not (len(given) == 2 and tag and tag != "nr" and tag[0] in "vad")


def _likely_name(name: str, tags: dict) -> bool:
    """A name jieba tags without a cue: common surname, no ending that makes it a thing (幸福感,
    智能化, 敬老院 are tagged as names too), a given name that is no common noun (高水平, 高素质);
    of two characters (王辉), a name jieba guessed: its dictionary holds no such word (卢布, 严冬)."""
    lists = _lists()
    given_tag = tags.get(name[1:]) or ""
    given_ok = given_tag[:1] not in ("n", "v", "a") or given_tag.startswith("nr")
    if len(name) == 2:
        whole_tag = tags.get(name)
        return name[0] in lists["common"] and name[-1] not in lists["not_end"] and given_ok \
            and whole_tag is None
    return len(name) == 3 and name[0] in lists["common"] and name[-1] not in lists["not_end"] and given_ok


def _followed_by_title(words: Words, i: int, w: str) -> bool:
    """周恩来总理 (jieba tags 周恩来 as a time word): surname and given name before a title."""
    nxt = words.tokens[i + 1][2] if i + 1 < len(words.tokens) else ""
    # 党总支书记: a word the dictionary holds as a common noun is no name, whatever its first character
    tag = words.tags.get(w) or ""
    return len(w) == 3 and bool(surname_len(w)) and (nxt in _lists()["titles"] or nxt == "同志") \
        and not tag.startswith(("n", "v", "a", "j")) or tag.startswith("nr")


def _listed(words: Words, i: int, w: str) -> bool:
    """周恩来 between 、 and a tagged name: a name of a list, unless the dictionary holds the word
    as something else than a name or a time word (jieba's tag for 周恩来)."""
    tag = words.tags.get(w) or ""
    return len(w) == 3 and bool(surname_len(w)) and _cued(words, i, i + 1) \
        and not tag.startswith(("n", "v", "a", "j", "d")) or tag.startswith("nr")


def _cued(words: Words, i: int, j: int, in_list: bool = True) -> bool:
    """A tagged name with a cue around it: a title or speech verb after it (江泽民主席, 王鹏说),
    a title or 、 before it."""
    lists = _lists()
    texts, flags = words.texts, words.flags  # read by index: no token tuple made for each test
    nxt = texts[j] if j < len(texts) else ""
    prv = texts[i - 1] if i > 0 else ""
    if nxt in lists["after"] or nxt in lists["titles"] or prv in lists["titles"] or prv in lists["before"]:
        return True
    if prv == "的" and i >= 2 and words.tokens[i - 2][3] in ("nt", "j", "nz") \
            and words.tokens[i - 2][2].endswith(lists["member_of"]):
        return True  # 北京队/的/闵鹿蕾: a team's member
    if not in_list:
        return False
    # 江泽民、李鹏、乔石: a name in a list of names; 朱镕基李瑞环尉健行: names written in a row
    before = flags[i - 2] if i >= 2 and prv in _LIST_JOINS else flags[i - 1] if i else ""
    after = flags[j + 1] if j + 1 < len(texts) and nxt in _LIST_JOINS else flags[j] if j < len(texts) else ""
    return before.startswith("nr") or after.startswith("nr")


def _tagged_candidates(words: Words) -> list[int]:
    """The tokens _tagged may take, in text order: those tagged nr, a lone surname before one
    (严/腾飞) and a word of three characters before a title (周恩来总理); the others fail its
    first tests. A page has thousands of tokens: picking these few out at C speed spares a
    Python loop over all of them."""
    single, titles, texts = _lists()["single"], _lists()["titles_comrade"], words.texts
    # jieba tags a name it knows as a whole nrfg (习近平, 李强), one it guesses nr
    tagged = sorted(words.indices_tagged("nr") + words.indices_tagged("nrfg"))
    surnames = [j - 1 for j in tagged if j and texts[j - 1] in single]
    titled = [i for i in words.indices_sized(3) if i + 1 < len(texts) and texts[i + 1] in titles]
    # 毛泽东、周恩来和邓小平 (jieba tags 周恩来 a time word): a word of three next to a listed name
    listed = [k for j in tagged for k in (j - 2, j + 2) if 0 <= k < len(texts) and len(texts[k]) == 3
              and texts[(j + k) // 2] in _LIST_JOINS]
    return sorted(set(tagged).union(surnames, titled, listed))


def _tagged(words: Words, places: set[str]) -> list[Person]:
    """jieba's person tags with a cue around them, checked against the surname table; a lone
    surname joined with the given name jieba split off (严/腾飞, 江/泽民)."""
    out = []
    toks = words.tokens
    lists = _lists()
    tags = words.tags
    for i in _tagged_candidates(words):
        s, e, w, flag = toks[i]
        # a name jieba's dictionary holds as a person's (nrfg: 习近平) needs no cue around it
        known = flag == "nrfg" and len(w) >= 2 and w[-1] not in lists["not_end"]
        flag = "nr" if flag == "nrfg" else flag
        j = i + 1
        name = w
        cue_needed = False
        if len(w) == 1 and surname_len(w) and j < len(toks) and len(toks[j][2]) <= 2 and _CJK.match(toks[j][2]) \
                and (toks[j][3] == "nr" or (flag == "nr" and toks[j][3] in _GIVEN_TAGS)):
            # 胡/德顺: jieba tags the surname a name and the given name a place; a cue must say so
            cue_needed = toks[j][3] != "nr"
            name, e, j = w + toks[j][2], toks[j][1], j + 1
        elif flag != "nr" and not _followed_by_title(words, i, w) and not _listed(words, i, w):
            continue
        if name in places or _noun_follows(words, name, e):
            continue
        if not _name_like(name, tags) and not (name == w and len(w) == 3 and w[-1] not in lists["not_end"]
                                               and _cued(words, i, j)):
            continue  # 任建新、尉健行: jieba tags the whole a name and a cue stands by, 建新 being a word too
        # a given name read as a place needs a word cue; a list (哈、吉、乌/三国) is not enough
        if plausible(name) and (_cued(words, i, j, in_list=not cue_needed) or known and name == w
                                or not cue_needed and _likely_name(name, tags)):
            out.append(Person(s, e, name, "person:tagged"))
        elif flag == "nr" and len(w) >= 2 and not surname_len(w) and _cued(words, i, j) \
                and all(c in lists["foreign"] for c in w) and w not in lists["not"]:
            out.append(Person(s, e, name, "person:tagged"))  # 克林顿说, 总统希拉克
    return out


def _noun_follows(words: Optional[Words], name: str, end: int) -> bool:
    """教师周转宿舍: a common noun written right after a two-character name makes it the first
    part of a compound (周转 is a word; 邓小平理论 names a person, three characters are no word)."""
    if words is None or len(name) != 2:
        return False
    tok = words.token_at(end)
    lists = _lists()
    return tok is not None and tok[0] == end and len(tok[2]) >= 2 and tok[3] == "n" \
        and tok[2] not in lists["titles"] and tok[2] not in lists["after"] \
        and not lists["honor_re"].fullmatch(tok[2])  # 夏鼐/先生: an honorific, no compound


def _in_place(p: Person, spans: Spans) -> bool:
    """邓家窑 of 邓家窑村, 于常德: a tagged name that overlaps a place is the place; 赫尔辛基 of
    赫尔辛基市: a foreign name inside a place's is the place's."""
    return p.rule == "person:tagged" and spans.overlaps(p.start, p.end) \
        or p.rule == "person:foreign" and spans.contains(p.start, p.end, strictly=True)


def find_persons(page: Page, words: Optional[Words], places: set[str],
                 place_spans: list[tuple[int, int]] = (), guessed: frozenset[str] = frozenset()) -> list[Person]:
    """guessed: the place names read from jieba's tags alone (葛治洲/ns); right after a title
    (副局长葛治洲, 总理乌叶海亚) such a word is the person's name, not a place."""
    text = page.text
    found = byline_persons(page) + closing_parens(page) + dispatch_credits(text) + author_lines(page, words) \
        + _titled(text, words, guessed) \
        + honorific(text, words) + masked(text, words)
    if words is not None:
        found += _tagged(words, places) + tagged_foreign(words, places, _cued) + _known(text, words) \
            + dotted_names(text, words, places) + titled_foreign(text, words, places - guessed) + japanese_names(text, words) \
            + minority_names(text, words) + elected(text) + noted(text, places)
    in_places = Spans(place_spans)
    found = [surname_yu(text, words, p) or p for p in found]  # 大使于/武真: 于 the surname
    found = whole_given(text, words, [q for q in (_unjoined(text, p, words) for p in found) if q is not None], places)
    found = [p for p in found if p is not None and (p.name not in places or titled_over_guess(p, guessed))
             and not _in_place(p, in_places) and not _after_number(text, p)]
    found += listed_persons(text, words, found, places, in_places, guessed)
    return _spread(text, found)


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern:
    return re.compile(alternation(word_list("names/persons_known.txt")))


def _known(text: str, words: Words) -> list[Person]:
    """Well-known persons written without a title (雷锋, 安南, 列宁), each as a word of its own."""
    return [Person(m.start(), m.end(), m.group(), "person:known") for m in _known_re().finditer(text)
            if words.is_boundary(m.start()) and words.is_boundary(m.end())]


def _after_number(text: str, p: Person) -> bool:
    """3万卢布: 万 (a surname, and a scale) right after a number is the scale."""
    return p.name[0] in "万千百" and p.start > 0 and (text[p.start - 1].isdigit() or text[p.start - 1] in "十百千")


def _unjoined(text: str, p: Person, words: Optional[Words] = None) -> Optional[Person]:
    """和布朗, 和李鹏, 向马方: a conjunction or preposition that is also a surname, read with the
    name after it. Right after a word (and not at a clause's start) it joins; the name is what
    follows, if that is one. Right after a title, a name jieba tags whole keeps its surname
    (署长/于友先/nr: 于 the surname)."""
    if p.rule in ("person:byline", "person:elected", "person:yu") or p.name[0] not in _JOINERS or not p.start \
            or not _CJK.match(text[p.start - 1]) or p.rule == "person:title" and tagged_whole_name(words, p) \
            or keeps_yu(words, p):
        return p
    rest = p.name[1:]
    if len(rest) >= 2 and (plausible(rest) or all(c in _lists()["foreign"] for c in rest)):
        return Person(p.start + 1, p.end, rest, p.rule, p.role)
    return None


def _spread(text: str, found: list[Person]) -> list[Person]:
    """Every mention of each name found, the longest reading where two overlap."""
    if not found:
        return []  # (no name to spread, nor a dotted one to read alone)
    # an author line's reading wins over other guesses at the same place (记者张伟/刘洋, not 张伟刘)
    found.sort(key=lambda p: (p.start, p.rule != "person:byline", -(p.end - p.start)))
    kept: list[Person] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    names = {p.name: p for p in kept}
    taken = {(p.start, p.end) for p in kept}
    covered = positions(kept)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or "某" in name:
            continue
        for start in occurrences(text, name):
            end = start + len(name)
            if (start, end) in taken or any(i in covered for i in range(start, end)):
                continue
            kept.append(Person(start, end, name, "person:again"))
            covered.update(range(start, end))
    kept += surnames_alone(text, names, covered)
    kept.sort(key=lambda p: p.start)
    return kept


def person_like(name: str) -> bool:
    """A word another tagger calls a person that reads as one: a Chinese name (surname, length,
    no ending of a thing) or a transliterated one (罗伯特·布莱克, 阿拉法特)."""
    lists = _lists()
    if plausible(name) and name[-1] not in lists["not_end"]:
        return True
    parts = name.split("·")
    return len(name) >= 2 and all(len(p) >= 2 and all(c in lists["foreign"] for c in p) for p in parts)
