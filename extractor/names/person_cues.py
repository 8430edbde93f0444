"""Persons named by the words of an election or an appointment around them (选举张明远为市长,
任命李述为…), and persons of a list each followed by a note in brackets (乌兰（蒙古族）、王惠业
（女）、乔丹（美国）): the cue stands around the name, whatever jieba's tags."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, word_list
from .person_base import Person, lists, plausible
from .words import Words

_NAME = r"[\u4e00-\u9fff]{2,4}"
# a note after a listed name: a people (蒙古族), a woman (女) or a state (美国: a page's place)
_NOTE = r"[（(](?P<note>[\u4e00-\u9fff]{1,6})[）)]"


@lru_cache(maxsize=1)
def _elected_re() -> re.Pattern:
    # 选举张明远为…, 选举王东华、王佐书为…: the names between the verb and 为
    verbs = alternation(word_list("names/elect_verbs.txt"))
    return re.compile(rf"(?:{verbs})(?P<names>{_NAME}(?:、{_NAME}){{0,8}})为")


# (the list goes on, or ends before its verb: …、和占钧（纳西族）为副主席, 基普凯特（丹麦）当选)
_LISTED_RE = re.compile(rf"(?<=[、：:，,])(?P<name>{_NAME}){_NOTE}(?=[、，,；;。和及等为当])")


def elected(text: str) -> list[Person]:
    """The names an election or appointment puts into an office; every piece must read as a
    name (选举产生为… reads as none)."""
    out = []
    for m in _elected_re().finditer(text):
        names = m.group("names").split("、")
        if not all(_reads_as_name(n) for n in names):
            continue
        at = m.start("names")
        for n in names:
            out.append(Person(at, at + len(n), n, "person:elected"))
            at += len(n) + 1
    return out


def noted(text: str, places: set[str]) -> list[Person]:
    """Names of a list, each with a note in brackets: a people, 女, or a place of the page."""
    out = []
    for m in _LISTED_RE.finditer(text):
        name, note = m.group("name"), m.group("note")
        if not (note.endswith("族") or note == "女" or note in places):
            continue
        if _reads_as_name(name) or len(name) >= 3 and all(c in lists()["foreign"] for c in name):
            out.append(Person(m.start("name"), m.end("name"), name, "person:noted"))
    return out


def _reads_as_name(name: str) -> bool:
    """A surname and a given name of one or two characters, no thing's ending (敬老院)."""
    return plausible(name) and len(name) <= 4 and name[-1] not in lists()["not_end"]


# cues that the title rules of persons.py weigh: two names run together, a name only jieba's tag
# calls a place, a list's mark after a titled name
def two_names(words: Words, at: int, sn: int) -> bool:
    """记者贾永黄秋生, 记者李锦赵承: jieba tags a name of two characters and right after it another
    name that begins with a surname: two persons run together, not one of three characters."""
    tok = words.token_at(at)
    if tok is None or tok[0] != at or tok[3] != "nr" or len(tok[2]) != sn + 1 or tok[2] in lists()["titles"]:
        return False  # (总理顾问/贾塔: 顾问 is a title jieba tags a name)
    nxt = words.token_at(tok[1])
    return nxt is not None and nxt[0] == tok[1] and nxt[3] == "nr" and plausible(nxt[2])


def guessed_at(words: Words, at: int, guessed: frozenset[str]) -> bool:
    """The word at `at` is a place only jieba's tag gives, read as a surname and a given name."""
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[2] in guessed and plausible(tok[2])


def list_follows(words: Words, at: int) -> bool:
    """所长周传家、: a list's mark or a comma right after a titled name jieba tags whole makes it
    the name, though its last character often ends words for things (家, 图); not one that ends
    as a body's or a meeting's name does (企业家/高峰会、)."""
    nxt = words.token_at(at)
    tok = words.token_at(at - 1)
    return nxt is not None and nxt[0] == at and nxt[2] in ("、", "，", "；") \
        and tok is not None and tok[2][-1] not in _BODY_END


# last characters of bodies' and meetings' names (会, 院, 局): never a titled name's
_BODY_END = frozenset("会院局厂站所馆队部处社团")


def tagged_whole_name(words: Optional[Words], p: Person) -> bool:
    tok = words.token_at(p.start) if words is not None else None
    return tok is not None and (tok[0], tok[1]) == (p.start, p.end) and tok[3] == "nr" and len(p.name) == 3


def titled_over_guess(p: Person, guessed: frozenset[str]) -> bool:
    """A name found right after a title or in a reporter's credit that only jieba's tag calls a
    place (局长葛治洲/ns, 记者安江/ns)."""
    return p.name in guessed and p.rule in _TITLED_RULES


_TITLED_RULES = ("person:title", "person:titled_foreign", "person:byline")


# the tags of a word right before 于 that make 于 a surname, not a preposition, where a name
# jieba tags follows (大使/于/武真, 经济学家/于光远/nr): a noun; a verb takes 于 as its preposition
# (生/于, 位/于), and after a noun 于 before a time or a place is the preposition (会议/于/昨日)
_BEFORE_SURNAME_TAGS = ("n", "nr", "nz")


def surname_yu(text: str, words: Optional[Words], p: Person) -> Optional[Person]:
    """The person read with 于 as the surname where 于 follows a noun (a title, a job: 大使于武真,
    经济学家于光远, 教员于晋峰) and jieba tags the rest a name; else None."""
    if words is None or len(p.name) != 2 or p.start < 2 or text[p.start - 1] != "于":
        return None
    given = words.token_at(p.start)
    before = words.token_at(p.start - 2)
    if given is None or given[:2] != (p.start, p.end) or not given[3].startswith("nr") \
            or before is None or before[1] != p.start - 1 or not before[3].startswith(_BEFORE_SURNAME_TAGS):
        return None
    return Person(p.start - 1, p.end, "于" + p.name, "person:yu", p.role)


def keeps_yu(words: Optional[Words], p: Person) -> bool:
    """于光远/nr or 于/晋生/nr right after a noun (经济学家/于光远, 大使/于/晋生): 于 is the surname of
    the name jieba tags."""
    if words is None or not p.name.startswith("于") or not p.start:
        return False
    before, tok, rest = words.token_at(p.start - 1), words.token_at(p.start), words.token_at(p.start + 1)
    if before is None or before[1] != p.start or not before[3].startswith(_BEFORE_SURNAME_TAGS) or tok is None:
        return False
    if tok[:2] == (p.start, p.end):
        return tagged_whole_name(words, p)
    return tok[:2] == (p.start, p.start + 1) and rest is not None and rest[:2] == (p.start + 1, p.end) \
        and rest[3].startswith("nr")
