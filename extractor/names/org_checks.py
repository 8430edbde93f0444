"""Small tests the suffix rule (orgs.py) asks about the words around a candidate name: a level word
before a proper word, a person and title run together before a body, a leader before 政府, 大 before
a suffix, a clause or another body's suffix between two bodies, a department after a company."""
from __future__ import annotations

from typing import Optional

from .org_lists import Org, org_data
from .spans import Spans
from .words import Words

_PROPER_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg", "j", "x", "ng", "eng")
_NUMERALS = frozenset("一二三四五六七八九十两几")
_PARTICLE_TAGS = ("uj", "ul", "uz", "ug", "uv", "ud")

def _level_before_proper(text: str, words: Words, heads: Spans, start: int, s: int) -> bool:
    """A level word standing alone (市, 县) before a place or a proper word that begins the name."""
    if text[start] not in org_data()["bare_levels"] or not words.is_boundary(start + 1) or s - start < 4 \
            or heads.covers(start):
        return False  # (长沙市: the level word ends a place)
    nxt = words.token_at(start + 1)
    return heads.covers(start + 1) or (nxt is not None and nxt[3] in _PROPER_TAGS)


def _after_titled_person(words: Words, start: int, s: int) -> int:
    """Past the last title and the person's name after it before s (团委副书记李雁鹰/中山大学: a
    list of people and their bodies run together); a title right before the suffix is the
    body's kind (律师/事务所), no cut."""
    toks = words.between(start, s)
    titles = tuple(org_data()["titles"])
    for i in range(len(toks) - 2, -1, -1):
        if toks[i][2].endswith(titles) and toks[i + 1][3].startswith("nr"):
            j = i + 1
            while j + 1 < len(toks) and toks[j + 1][3].startswith("nr"):
                j += 1
            return toks[j][1] if toks[j][1] < s else start
    return start


def _leader_before(words: Words, s: int) -> Optional[int]:
    """Where a person's name jieba tags right before s begins (叶利钦/政府), or None."""
    tok = words.token_at(s - 1) if s else None
    if tok is None or tok[1] != s or tok[3] not in ("nr", "nrt") or len(tok[2]) < 2:
        return None
    return tok[0]


def _big_before(text: str, words: Words, s: int) -> bool:
    """大 alone (an adjective) or a count of bigness (三大, 十大) right before the suffix."""
    tok = words.token_at(s - 1) if s else None
    if any(text.endswith(w, 0, s) for w in org_data()["size_words"]):
        return True  # 大型商场, 中小型/企业: a size makes a kind
    if tok is None or tok[1] != s or not tok[2].endswith("大"):
        return False
    return (tok[2] == "大" and tok[3] == "a") or (len(tok[2]) > 1 and text[tok[0]] in _NUMERALS)


def _clause_between(words: Words, start: int, end: int) -> bool:
    """A verb of two characters or more, or a particle (了, 的), between two bodies."""
    return any(t[3] in _PARTICLE_TAGS or t[3] == "v" and len(t[2]) >= 2 for t in words.between(start, end))


def _suffix_ends_between(text: str, words: Words, start: int, end: int) -> bool:
    """A body's suffix ends a word somewhere between start and end (the name before it is done;
    大学 of 大学生 ends none)."""
    return any(m.end() < end and words.is_boundary(m.end()) for m in org_data()["re"].finditer(text, start, end))


def _nominal(words: Words, start: int, end: int) -> bool:
    """Nouns only between a country's one-character form and the suffix (以/农业/部, 巴/选举/委员会)."""
    return all(t[3].startswith(("n", "j", "vn", "b")) for t in words.between(start, end))


def _department_of_company(text: str, last: Org, s: int, suffix: str) -> bool:
    """A department (办公室, 部, 处) written right after a company's name."""
    lists = org_data()
    return last.end == s and suffix in lists["departments"] and last.name.endswith(lists["companies"])
