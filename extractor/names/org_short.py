"""A body named once with the places or the body that head it (日本大和银行, 南京军区前线话剧团)
and elsewhere on the page without them (大和银行, 前线话剧团): the shorter form is a name of its
own, though alone it would hold nothing proper for the suffix rule to go by."""
from __future__ import annotations

import re
from typing import Callable

from .org_checks import PROPER_TAGS
from .org_lists import Org, org_data
from .place_mention import Mention
from .spans import Spans
from .words import Words

# tags of a short form's first word that make it a clause's, not a name's (在/大和银行, 该/银行)
_NOT_FIRST = ("v", "p", "c", "u", "r", "f", "m", "q", "d")
_NUMERALS = "一二三四五六七八九十百千两几0123456789０１２３４５６７８９"
# dictionary tags of an own name that is a kind (医药/n集团, 服务/vn公司, 青年/t队); not an
# adjective, which may be a name of good wishes (宏远/a队)
_KIND_TAGS = ("n", "vn", "an", "t", "s")


def short_forms(text: str, words: Words, found: list[Org], heads: list[Mention], make: Callable) -> list[Org]:
    """The shorter forms of found names written alone elsewhere on the page (make(start, end,
    name) builds one); found names and places are never cut into."""
    if not found:
        return []  # (no name to take a short form of)
    starts = {h.start: h for h in heads}
    ends = {h.end for h in heads}
    taken = Spans([(o.start, o.end) for o in found] + [(h.start, h.end) for h in heads if h.kind != "head"])
    suffix_re = org_data()["re"]
    shorts: set[str] = set()
    for o in found:
        for at in _cuts(o, starts, suffix_re, words):
            short = text[at:o.end]
            if short not in shorts and (_names_one(short, words, at) or _own_of_place(short, words, at, o.start, starts)):
                shorts.add(short)
    if not shorts:
        return []
    # where the short forms are written, found from the page's suffixes (one pass over the page,
    # a look-up per suffix and length), not by a search of the page for each
    lengths = sorted({len(x) for x in shorts})
    out: list[Org] = []
    for m in suffix_re.finditer(text):
        e = m.end()
        for n in lengths:
            s = e - n
            if s >= 0 and text[s:e] in shorts and s in words.start_set and e in words.end_set \
                    and not taken.overlaps(s, e) and s not in ends:
                # (a place or body right before heads another body: …省大和银行)
                out.append(make(s, e, text[s:e]))
    return out

def _cuts(o: Org, starts: dict[int, Mention], suffix_re: re.Pattern, words: Words) -> list[int]:
    """Where a shorter form of o may begin: after the places and bodies' words that head it
    (日本/大和银行), and after a body inside it (南京军区/前线话剧团)."""
    out = []
    at = o.start
    while at in starts and starts[at].end < o.end:
        at = starts[at].end
    if at > o.start:
        out.append(at)
    for m in suffix_re.finditer(o.name):
        cut = o.start + m.end()
        if at < cut < o.end and cut in words.start_set:
            out.append(cut)
    return out


def _names_one(short: str, words: Words, at: int) -> bool:
    """大和银行, 前线话剧团 name one body; 公安局, 人民医院, 第一中学 name a kind of body, 外贸公司
    a trade."""
    lists = org_data()
    suffix = _suffix_of(short, lists["re"])
    if suffix is None or short in lists["not"]:
        return False
    own = short[:len(short) - len(suffix)]
    if len(own) < 2 or own.startswith(tuple(lists["generic_own"])) or own in lists["trade_heads"] \
            or own in lists["stems"]:
        return False
    first = words.token_at(at)
    if first is None or first[0] != at or first[3].startswith(_NOT_FIRST) or short in words.tags:
        return False  # (图书馆, 纺织厂: a word of the dictionary names a kind)
    # something proper in the own name: a word jieba tags a name or does not know (赛格, 惠珍);
    # common words alone (期货公司, 职业学校) name a kind
    own_end = at + len(own)
    if own_end not in words.start_set or own[0] in _NUMERALS:
        return False  # 美人鱼雕像/头部: the suffix inside a word; 三大油田: a count of bodies
    inner = words.between(at, own_end)
    if suffix in lists["titled_offices"] and all(t[2] in lists["titles"] for t in inner):
        return True  # 秘书长发言人办公室 of 联合国秘书长发言人办公室: the office of the titles the body names
    return any(t[3] in PROPER_TAGS and t[2] not in lists["not_proper"] or t[2] not in words.tags for t in inner)


def _own_of_place(short: str, words: Words, at: int, start: int, starts: dict[int, Mention]) -> bool:
    """A team or a firm first named after its place (上海/申花队, 福建/实达集团) and elsewhere
    without it (申花队, 实达集团): the place before it told its own name a name, though jieba writes
    it as a common word (实达/v) or the short form as one word (申花队/n). Not where the own name is a
    kind of body, a trade or a sport (上海/青年队, 湖南/建筑公司, 上海/足球队)."""
    lists = org_data()
    suffix = _suffix_of(short, lists["re"])
    if suffix is None or not (suffix == "队" or suffix in lists["companies"]) or start not in starts \
            or starts[start].kind == "head":
        return False  # (全国/拍卖公司: a word of state heads a kind, not a place a name)
    own = short[:len(short) - len(suffix)]
    if len(own) != 2 or own[0] in _NUMERALS or short in lists["not"] or own.startswith(tuple(lists["generic_own"])) \
            or own in lists["trade_heads"] or own in lists["stems"] or own in lists["sports"] \
            or own in lists["trade_verbs"] or own in lists["size_words"] or words.tags.get(own, "") in _KIND_TAGS:
        return False
    first = words.token_at(at)
    return first is not None and first[0] == at and first[3] not in ("p", "c", "u", "r", "f", "m", "q", "d")


def _suffix_of(name: str, suffix_re: re.Pattern) -> str | None:
    ends = [m.group() for m in suffix_re.finditer(name) if m.end() == len(name)]
    return ends[-1] if ends else None
