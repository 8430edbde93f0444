"""Organizations named by words rather than found by a suffix: well-known bodies written
without one (中科院, 新华社), jieba's organization words (中国共产党, 美联社), and the test of a
word another tagger calls an organization."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import word_list
from .divisions import gazetteer
from .org_lists import Org, org_data
from .spans import occurrences, positions
from .words import Words

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# one-character words a country's form may follow (在/以政府中, 和/阿政府): prepositions,
# conjunctions, verbs, particles, punctuation
_GLUE_TAGS = ("p", "c", "v", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "x")


def tagged_orgs(words: Words, found: list[Org]) -> list[Org]:
    """jieba's organization words that end like a body (中国共产党, 国际货币基金组织, 美联社)."""
    ends = org_data()["tagged_end"]
    covered = positions(found)
    out = []
    for i in words.indices_tagged("nt"):
        s, e, w, _ = words.tokens[i]
        if len(w) < 3 or not w.endswith(ends) or s in covered or w in org_data()["not"]:
            continue
        pair = two_known(w)
        if pair:  # 党中央国务院: two bodies written together, each its own name
            out += [Org(s, s + len(pair[0]), pair[0], "org:tagged"), Org(s + len(pair[0]), e, pair[1], "org:tagged")]
        elif _named(w):
            out.append(Org(s, e, w, "org:tagged"))
    return out


def two_known(word: str) -> Optional[tuple[str, str]]:
    known = org_data()["known_set"]
    for k in range(2, len(word) - 1):
        if word[:k] in known and word[k:] in known:
            return word[:k], word[k:]
    return None


def agency_kind(word: str) -> bool:
    """公安局, 财政厅, 民政局: an agency's stem and ending alone name the kind of agency, no body
    (but a body known by such a name: 招商局, the shipping group)."""
    lists = org_data()
    return word not in lists["known_set"] and any(word.endswith(end) and word[:-len(end)] in lists["stems"] for end in lists["agency_endings"])


def _named(word: str) -> bool:
    """中国共产党, 美联社, 国际货币基金组织, 联想集团 name one body; 商业银行, 党组织, 外贸公司
    name a kind."""
    lists = org_data()
    if agency_kind(word):
        return False  # 公安局, 财政厅: an agency's kind (公安 is also a county's short form)
    if headed(word):
        return True
    if word.endswith("联"):
        return word.startswith(lists["league_heads"])  # 国际泳联 (化学交联 is no body)
    for end in lists["firm_end"]:
        if word.endswith(end):
            # 联想集团, not 外贸公司, nor 人民军队 (a word of kind ends it: 军队)
            return word[:-len(end)] not in lists["trade_heads"] and not word.endswith(lists["not_tuple"])
    return word.endswith(lists["named_end"])


def headed(word: str) -> bool:
    """The word begins with a word of state (中国, 国家) or a place the data holds (湖南, 南非)."""
    g = gazetteer()
    return word.startswith(tuple(org_data()["heads"])) or any(word[:n] in g.keys for n in (2, 3, 4))


def known_orgs(text: str, words: Words, found: list[Org]) -> list[Org]:
    written = _known_written(text)
    if not written:
        return []  # most pages
    covered = positions(found)
    out = []
    for name in org_data()["known"]:
        if name not in written:
            continue
        for start in occurrences(text, name):
            end = start + len(name)
            country = _country_joined(text, words, start)
            if start in covered or not (country is not None or _opens(text, words, start)) \
                    or not _closes(text, words, end):
                continue
            if country is not None:  # 俄国家杜马/nz: the country jieba joined heads its body
                start = country
            out.append(Org(start, end, text[start:end], "org:known"))
            covered.update(range(start, end))
    return out


_SESSION = re.compile(r"第?[一二三四五六七八九十]+届$")


def _opens(text: str, words: Words, start: int) -> bool:
    """A known name starts at a word's start, or after a session's ordinal jieba joined to it
    (九届/全国人大: the body, not the session, is the name)."""
    if words.is_boundary(start):
        return True
    tok = words.token_at(start)
    return tok is not None and bool(_SESSION.search(text, tok[0], start))


def _country_joined(text: str, words: Words, start: int) -> Optional[int]:
    """Where the word of jieba's that holds start begins, where a country's name or its form of
    one character is all of it before start (俄国家杜马, 俄罗斯国家杜马); else None."""
    tok = words.token_at(start)
    if tok is None or tok[0] >= start:
        return None
    head = text[tok[0]:start]
    abbreviations = country_abbreviations()
    return tok[0] if head in abbreviations or any(head in full for full in abbreviations.values()) else None


def _closes(text: str, words: Words, end: int) -> bool:
    """A known name ends at a word's end, or before a title jieba joined to it (中央政治局/常委)."""
    if words.is_boundary(end):
        return True
    tok = words.token_at(end)
    return tok is not None and text[end:tok[1]] in org_data()["titles"]


def known_heads(text: str, words: Words, found: list[Org]) -> list[Org]:
    """found, each name that starts inside a known body written before it (团中央 + 中央书记处:
    the suffix rule began at 中央) begun at the known body's start instead: one body, not two."""
    written = _known_written(text)
    if not written or not found:
        return found
    by_start = {o.start: o for o in found}
    for name in written:
        for start in occurrences(text, name):
            end = start + len(name)
            if not words.is_boundary(start):
                continue
            for inner in range(start + 1, end):
                o = by_start.get(inner)
                if o is not None and o.end > end:
                    o.start, o.name = start, text[start:o.end]
                    break
    return found


@lru_cache(maxsize=1)
def _known_written(text: str) -> frozenset[str]:
    """The known names that may be written on the page, from one pass of a regex: a name the
    regex does not report (its matches do not overlap) starts inside one it does (全国人大 in
    中共中央全国人大…) or at its start, so it is among that one's overlaps. Remembered for the
    page: known_heads and known_orgs both ask (the regex over 575 names was 0.02 s a run)."""
    overlaps = _known_overlaps()
    return frozenset().union(*(overlaps[m] for m in set(org_data()["known_re"].findall(text))))


@lru_cache(maxsize=1)
def _known_overlaps() -> dict[str, frozenset[str]]:
    """For each known name, the known names that can be written starting at or inside it."""
    # by the prefixes of the names, not by a test of every pair of names: the pairs were 0.05 s
    # of every run that segments, before its first page
    known = org_data()["known"]
    names = set(known)
    by_prefix: dict[str, set[str]] = {}
    for n in names:
        for k in range(len(n) + 1):
            by_prefix.setdefault(n[:k], set()).add(n)
    out: dict[str, frozenset[str]] = {}
    for m in known:
        found: set[str] = set()
        for k in range(len(m)):
            tail = m[k:]
            found.update(by_prefix.get(tail, ()))  # names that begin with the tail
            found.update(tail[:j] for j in range(len(tail) + 1) if tail[:j] in names)  # names the tail begins with
        out[m] = frozenset(found)
    return out


@lru_cache(maxsize=1)
def country_abbreviations() -> dict[str, tuple[str, ...]]:
    """One-character country forms and the full names that license them (以: 以色列)."""
    out = {}
    for line in word_list("names/country_abbreviations.tsv"):
        abbr, *full = line.split()
        out[abbr] = tuple(full)
    return out


@lru_cache(maxsize=1)
def _abbreviation_chars() -> frozenset[str]:
    forms = frozenset(country_abbreviations())
    if any(len(a) != 1 for a in forms):  # country_heads reads the forms as characters
        raise ValueError("names/country_abbreviations.tsv: a country's form must be one character")
    return forms


def country_heads(text: str, words: Words) -> list[tuple[int, int, str]]:
    """以/政府, 俄/经济部: a one-character form of a country, a word of its own, on a page that
    writes the country's full name; it may head the name of that country's body (the suffix
    rule decides), never a place of its own. After a number it is a date (5日); after 驻 the
    host country (驻日使馆); after another character of its own, one of two countries (中美合资)."""
    abbreviations = country_abbreviations()
    # the forms are one character each: those the page writes, picked by a set's intersection
    # rather than a look for every form of the table on every page
    written = [a for a in _abbreviation_chars().intersection(text) if any(f in text for f in abbreviations[a])]
    out = []
    for i in words.indices_of(written):
        s, e, w, _ = words.tokens[i]
        if s and (text[s - 1].isdigit() or text[s - 1] in "一二三四五六七八九十驻"):
            continue
        if i and len(words.tokens[i - 1][2]) == 1 and words.tokens[i - 1][3] not in _GLUE_TAGS:
            continue
        out.append((s, e, w))
    return out


def org_like(name: str) -> bool:
    """A word another tagger calls an organization that reads as one: a known body, or a name
    longer than its ending that ends in a body word (开滦煤矿 does not; 国联网校 does not)."""
    lists = org_data()
    if name in lists["not"] or not _CJK_RUN.fullmatch(name):
        return False
    return name in lists["known"] or any(name.endswith(x) and len(name) > len(x) + 1
                                         for x in lists["suffixes"] + lists["tagged_end"])


def bare_parliaments(words: Words, found: list[Org], names: list[str]) -> list[Org]:
    """国会, 参议院 written as a word of their own on a page that names a country other than
    China (names: the page's places and bodies, 美国 of 美国政府 too): that country's parliament,
    a name (a country before it makes a longer name, found already: 美国国会)."""
    if not _foreign_named(names):
        return []
    covered = positions(found)
    out = []
    for i in words.indices_of(org_data()["bare_parliaments"]):
        s, e, w, _ = words.tokens[i]
        if s not in covered:
            out.append(Org(s, e, w, "org:parliament"))
    return out


def _foreign_named(names: list[str]) -> bool:
    g = gazetteer()
    for n in names:
        for k in range(2, min(6, len(n)) + 1):
            if g.world_level.get(n[:k]) == "country" and g.countries.get(n[:k]) != "中国":
                return True
    return False
