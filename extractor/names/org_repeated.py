"""Firms whose own name is a common word or a pair jieba cuts apart (野村公司, 巨人集团, 大和银行:
大/和/银行): nothing proper stands before the suffix, so the suffix rule (orgs.py) takes none. A
page that writes the same two or three characters before the same firm's suffix twice or more,
each time where a phrase begins (after a stop, a preposition, a conjunction or a verb), names
that firm; kinds of firm (外贸公司, 跨国银行, 该公司) are never names."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Optional

from ..lexicon import alternation, table
from .org_lists import Org, org_data
from .spans import Spans
from .words import Words

_MIN_MENTIONS = 2
# tags of the word before a name that let a phrase begin there (对/野村公司, 和/住宅银行, 委托/…)
_OPENING_TAGS = ("p", "c", "v")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    t = table("names/org_suffixes.toml")["repeated_firms"]
    return {
        "re": re.compile(alternation(t["suffixes"])),
        "kinds": frozenset(t["kinds"]) | org_data()["trade_heads"],
        "first_not": frozenset(t["first_not"]),
        "opening_stops": frozenset(t["opening_stops"]),
        "not_opening": frozenset(t["not_opening"]),
    }


def repeated_firms(text: str, words: Words, found: list[Org], make: Callable) -> list[Org]:
    """Firms named twice or more by the same common word before the same suffix, at every
    mention that no name found holds (make(start, end, name) builds one)."""
    data = _data()
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in data["re"].finditer(text):
        start = _head(text, words, m.start(), data)
        if start is not None:
            mentions[text[start:m.end()]].append((start, m.end()))
    taken = Spans((o.start, o.end) for o in found)
    out: list[Org] = []
    for name, spans in mentions.items():
        if len(spans) < _MIN_MENTIONS or name in org_data()["not"]:
            continue
        out += [make(s, e, name) for s, e in spans if not taken.overlaps(s, e)]
    return out


def _head(text: str, words: Words, s: int, data: dict) -> Optional[int]:
    """Where a name of two (else three) characters before the suffix at s begins: a word's and
    a phrase's start, all Han characters, no kind of firm (外贸公司, 该公司)."""
    for size in (2, 3):
        start = s - size
        if start < 0 or not words.is_boundary(start):
            continue
        head = text[start:s]
        if not _HAN.fullmatch(head) or head in data["kinds"] or head[0] in data["first_not"] \
                or not _opens(text, words, start, data) or _verb_head(words, start, s):
            continue
        return start
    return None


def _verb_head(words: Words, start: int, s: int) -> bool:
    """逃废/银行(债务): a verb of one word before the suffix takes the firm as its object."""
    tok = words.token_at(start)
    return tok is not None and (tok[0], tok[1]) == (start, s) and tok[3] in ("v", "vd", "vn")


def _opens(text: str, words: Words, start: int, data: dict) -> bool:
    """A phrase may begin at start: the page's start, a stop or bracket before it, or a word of
    the tags that set up what follows (对, 和, 宣布)."""
    if start == 0 or text[start - 1] in data["opening_stops"]:
        return True
    prev = words.token_at(start - 1)
    return prev is not None and prev[1] == start and prev[3] in _OPENING_TAGS and prev[2] not in data["not_opening"]
