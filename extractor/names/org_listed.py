"""Bodies listed beside a body found (太谷纺织厂、平遥火柴厂、榆次电缆厂; …研究所、亚光电工总厂和川棉一厂):
an item between list marks next to a body the other rules found, ending in an organization's
suffix and holding no verb, particle or number word of a clause, is another body of the same
list, though its own name is a common word (平遥/a 火柴厂) that the suffix rule cannot take
alone. Kinds (公安局, 教育局, 医院) stay kinds: an item must hold two characters or more before
its suffix and be no agency's kind."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .org_known import agency_kind
from .org_lists import Org, org_data
from .spans import Spans
from .words import Words

_MAX_ITEM = 12
# words that join the items of a list (、 a mark of its own; 和, 与, 及 as jieba's conjunctions)
_MARK = "、"
_JOINS = ("和", "与", "及", "以及")
# what may stand right before an item that a list begins with (…，平遥火柴厂、…)
_ITEM_OPENS = "，、；：（(“\n 　"
_LEVELS = ("自治区", "自治州", "自治县", "地区")  # 自治区人民政府: the level's own body, no name
_ENDS = "的等和与及"  # what may follow an item's suffix
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# tags that make a clause of the words before a suffix, no name (组建/v, 的/uj, 这/r, 该/r)
_CLAUSE_TAGS = ("v", "vd", "p", "c", "d", "r", "f", "t", "q", "uj", "ul", "uz", "ug", "uv", "ud", "u", "y")

# tags of a word that makes the body's own name (平遥/a 火柴厂, 亚光/nr 电工总厂, 财贸/j 办公室)
_OWN_TAGS = ("a", "m", "nr", "nrt", "nrfg", "ns", "nz", "nt", "j", "eng", "x")

Stands = Callable[[int, int, str], bool]


def listed_bodies(text: str, words: Words, found: list[Org], stands: Stands, make: Callable) -> list[Org]:
    """Items of a list beside a body found that end in a suffix (stands(s, e, suffix): the
    suffix ends a word there), each made with make(start, end, name); a body so found lets the
    next item of the list be read too."""
    if not found:
        return []  # (no body to read a list beside)
    spans = {(o.start, o.end) for o in found}
    taken = Spans(spans)
    out: list[Org] = []
    todo = [(o.start, o.end) for o in found]
    while todo:
        start, end = todo.pop()
        for item in (_after(text, words, end, stands), _before(text, words, start, stands)):
            if item is None or item in spans or taken.overlaps(*item):
                continue
            spans.add(item)
            taken = Spans(spans)
            out.append(make(item[0], item[1], text[item[0]:item[1]]))
            todo.append(item)
    return out


def _join_after(text: str, words: Words, at: int) -> Optional[int]:
    """Where the next item begins after a list's mark or conjunction at `at`, or None."""
    if text.startswith(_MARK, at):
        return at + 1
    tok = words.token_at(at)
    if tok is not None and tok[0] == at and tok[2] in _JOINS and tok[3] == "c":
        return tok[1]
    return None


def _after(text: str, words: Words, end: int, stands: Stands) -> Optional[tuple[int, int]]:
    """The item right after a mark after the body ending at end."""
    p = _join_after(text, words, end)
    if p is None:
        return None
    run = _HAN.match(text, p)
    if run is None:
        return None
    for m in org_data()["re"].finditer(text, p, min(run.end(), p + _MAX_ITEM)):
        if _closes(text, words, m.end()) and _item(text, words, p, m.start(), m.group(), stands):
            return p, m.end()
    return None


def _closes(text: str, words: Words, e: int) -> bool:
    """The item ends at e: a stop, a list's mark or conjunction, 的, 等 or the clause's verb
    follows (…办公室/联合/发出; but 金盏中学/队 goes on)."""
    if e >= len(text) or not _HAN.match(text[e]) or text[e] in _ENDS:
        return True
    tok = words.token_at(e)
    return tok is not None and tok[0] == e and tok[3] == "v" and len(tok[2]) >= 2


def _before(text: str, words: Words, start: int, stands: Stands) -> Optional[tuple[int, int]]:
    """The item right before a mark before the body beginning at start, itself opening a list
    or a clause (its start is what stands after a stop)."""
    if start < 1 or text[start - 1] != _MARK:
        return None
    end = start - 1
    lo = max(0, end - _MAX_ITEM)
    p = end
    while p > lo and _HAN.match(text[p - 1]):
        p -= 1
    if p > 0 and (p == lo or text[p - 1] not in _ITEM_OPENS):
        return None
    for suffix in org_data()["suffixes"]:
        if text.endswith(suffix, p, end) and _item(text, words, p, end - len(suffix), suffix, stands):
            return p, end
    return None


def _item(text: str, words: Words, p: int, s: int, suffix: str, stands: Stands) -> bool:
    """text[p:s] + suffix is a body's name: a word starts at p, two characters or more before
    a suffix that ends a word, no clause's words, no kind."""
    name = text[p:s + len(suffix)]
    if s - p < 2 or not words.is_boundary(p) or not words.is_boundary(s + len(suffix)) \
            or not stands(s, s + len(suffix), suffix):
        return False
    if name in org_data()["not"] or agency_kind(name) or name[0] in org_data()["bare_levels"] \
            or name.startswith(_LEVELS):
        return False  # 省科委, 市政府办公厅: a body by its level alone, no name
    whole = words.token_at(p)
    if whole is not None and whole[1] == s + len(suffix):
        return False  # 举重队, 电力局, 进出口银行: one word of jieba's, the kind of body
    toks = words.between(p, s)
    if any(t[3] in _CLAUSE_TAGS for t in toks) or org_data()["count_re"].search(text, p, s):
        return False  # 组建/东联公司, 几个城市/人大常委会: a clause or a count, no name
    # something of the body's own before the suffix (平遥/a, 亚光/nr, 东区/ns, 第四/m, 财贸/j): a
    # trade alone (农村/信用社, 冶金/材料厂, 地方/银行) names a kind
    return any(t[3] in _OWN_TAGS and t[1] <= s for t in toks)
