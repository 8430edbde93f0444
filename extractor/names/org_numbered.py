"""Units named by a number and their kind (１２０５钻井队, １１０巡警队, １０３地质队): the number is the
unit's own name, so nothing proper stands before the suffix for the suffix rule (orgs.py). A
body's name right before the number heads it (…公安局１１０巡警队). The kinds' endings are in
data/names/org_suffixes.toml [numbered_units]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import table
from .org_lists import Org
from .spans import Spans
from .words import Words

_NUMBER = re.compile(r"(?<![0-9０-９.．第])[0-9０-９]{2,6}(?=[\u4e00-\u9fff])")
_MAX_KIND = 5  # characters of the kind after the number (巡警队, 地质队, 钻井队)
_KIND_TAGS = ("n", "nz", "vn", "nt")
# tags of one character after the kind that joins it into another word (急救站/点/m, 巡警队/员/k)
_GLUED_TAGS = ("m", "q", "k", "n", "ng")


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], str]:
    t = table("names/org_suffixes.toml")["numbered_units"]
    return tuple(t["endings"]), t["not_first"]


def with_numbered(text: str, words: Words, found: list[Org]) -> list[Org]:
    """found with the units named by a number written before their kind, each in place of the
    body whose name it runs on from (…公安局１１０巡警队); a number counted by a classifier (３家医院,
    5个工作队) or a year's (１９９８年) is none, as the words after it must be nouns that end in a
    unit's kind."""
    if _NUMBER.search(text) is None:
        return list(found)  # (most short pages: no number, nothing to index)
    taken = Spans((o.start, o.end) for o in found)
    ends = {o.end: o for o in found}
    out = []
    for m in _NUMBER.finditer(text):
        end = _kind_end(words, m.end()) if text[m.end()] not in _data()[1] else None
        if end is None or taken.overlaps(m.start(), end):
            continue
        start = ends[m.start()].start if m.start() in ends else m.start()
        out.append(Org(start, end, text[start:end], "org:numbered"))
    held = Spans((u.start, u.end) for u in out)
    return [o for o in found if not held.contains(o.start, o.end)] + out


def _kind_end(words: Words, at: int):
    """Where a kind of unit written right after a number at `at` ends: nouns only, the last
    ending in a unit's kind (钻井队, 地质/队), at most _MAX_KIND characters; else None."""
    toks = words.between(at, at + _MAX_KIND)
    if not toks or toks[0][0] != at:
        return None  # (the number runs on inside a word of jieba's)
    for t in toks:
        if not t[3].startswith(_KIND_TAGS):
            return None
        if t[2].endswith(_data()[0]):
            nxt = words.token_at(t[1])
            if nxt is not None and nxt[0] == t[1] and nxt[1] - nxt[0] == 1 and nxt[3] in _GLUED_TAGS:
                return None  # 急救站/点, 巡警队/员: one character more makes another word (站点, 队员)
            return t[1]
    return None
