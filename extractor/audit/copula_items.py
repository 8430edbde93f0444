"""enumeration: a name-like count, its noun, then `是`/`为` or a dash, then the items it names.

    这里的三大特色是山清、水秀和人和。            a `、` list filling the rest of the sentence
    当前面临的两大难题是资金短缺与人才流失。      two names joined by `和`/`与`/`及`
    概括为“三个坚持”——坚持改革、坚持开放…       a quoted count, a dash setting its items beside it

A count naming a group (`三大`, a quoted `“两个X”`) is no count record (the facts layer leaves
numbers inside names out), so enumeration_resumed.py, which reads `四家银行是A、B、C和D` from
records, never meets it; the list rules find no list either, the count's noun standing before the
first item. Here the count's noun runs up to a copula (data/cues.toml [enumeration] copula_names)
or a dash (item_dashes), and the items fill what follows to the clause's end. The items carry no
numbering: one may hold several kinds, or the sentence may name only some, so a count they do not
meet is unverifiable, never an error.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import BREAKS
from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .lists import ItemList, count_word, counts_items, find_lists, pos_tags
from .model import Draft, Num, PageView
from .pairs import names_pair

HOW = "名目数目及其名词之后以“是”或破折号引出的列举"
_NOUN = 8  # characters of the counted noun between the count and its copula or dash (`时代课题`)
_BODY = 60  # characters after the copula searched for the clause's end
_NAME = 10  # the longest name of a pair
_CJK = re.compile(r"[\u4e00-\u9fff]+$")
_SENTENCE_ENDS = ("", "。", "；", "！", "？", "\n")
# an item ending so describes, it names nothing (`历史形成的`); one holding `的` may be what the list
# modifies (`两家企业是A、B的供应商`: the list is no naming of the count)
_PARTICLES = ("的", "了", "着", "过")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A count in words, its noun (a closing quote may end it), then a copula or a dash."""
    copulas = "|".join(map(re.escape, cues.words("enumeration", "copula_names")))
    dashes = "|".join(map(re.escape, cues.words("enumeration", "item_dashes")))
    noun = f"[\u4e00-\u9fff]{{1,{_NOUN}}}?”?"
    return re.compile(count_word().pattern + f"(?P<noun>{noun})(?:(?P<copula>{copulas})|(?P<dash>{dashes})—*)")


def check(view: PageView) -> list[Draft]:
    drafts = []
    text = view.text
    for m in _pattern().finditer(text):
        value = parse_number(m.group("n"))
        if not counts_items(value, m.group("n")) or text[m.start() - 1:m.start()] == "第" \
                or bool(m.group("quote")) != m.group("noun").endswith("”") \
                or (m.group("big") or m.group("cls") == "大") and value > cues.number("enumeration", "max_group"):
            continue  # `第三个`: an ordinal; `十五大`: a congress; a quote must close the count's own name
        if "的" in m.group("noun") or view.sentence_index(m.start("n")) < 0 \
                or m.group("copula") and not _word_apart(text, m.start("noun"), m.start("copula"), m.end("copula")):
            continue  # `两个中心城市的是…`: the copula is another phrase's; `三个民族互为依存`: a word's
        lst = _items(view, m.end(), bool(m.group("dash")))
        if lst is None or len(lst.items) == 2 and not lst.joined and "、" not in view.text[lst.start:lst.end] \
                and value != 2:
            continue  # a pair said to be more (`三个项目为全省带来机遇和挑战`): `为` is a preposition there
        s, e = m.start("n"), m.end("cls") + (1 if m.group("big") else 0)
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, text[s:e])
        d = enumeration_draft(view, count, lst, not lst.open, HOW)
        drafts.append(d.doubted("但所列各项不带序号，可能有一项包含几种或只列出一部分，无法据此判定有误。"))
    return drafts


def _word_apart(text: str, start: int, at: int, end: int) -> bool:
    """The copula at `at`..`end` is a word of its own after the noun from `start`, not the end of a
    word (`互为`, `作为`, `成为`) nor the start of one (`为期`)."""
    bounds, pos = set(), start
    for word, _ in pos_tags(text[start:end + 2]):
        bounds.add(pos)
        pos += len(word)
    return at in bounds and (end in bounds or end >= pos)


def _items(view: PageView, at: int, dash: bool) -> ItemList | None:
    """The items from `at` to the clause's end: a `、` list filling it, or two names joined by a
    join word. After a copula the items end the sentence or a clause of names only."""
    text = view.text
    end = at
    while end < min(len(text), at + _BODY) and text[end] not in BREAKS:
        end += 1
    if end == at or end == at + _BODY:
        return None
    body = text[at:end]
    if "、" in body:
        found = [lst for lst in find_lists(body) if lst.start == 0 and lst.end == len(body)]
        if not found or any(not _CJK.match(i) or i.endswith(_PARTICLES) or "的" in i
                                        for i in found[0].items):
            return None
        lst = found[0]
        items, open_, joined = lst.items, lst.open, lst.joined
    else:
        items, open_, joined = _pair(body), False, ""
        if items is None:
            return None
    if not dash and text[end:end + 1] not in _SENTENCE_ENDS and any(len(i) > _NAME for i in items):
        return None  # `三大任务是加快A、推进B，…`: a clause goes on; names only may stop at a comma
    return ItemList(at, end, items, open_, False, view.clause_start(at), end, joined)


def _pair(body: str) -> list[str] | None:
    """`资金短缺与人才流失`: two names, one join word between them."""
    joins = [(body.find(w), w) for w in cues.words("enumeration", "last_join") if body.count(w) == 1]
    joins = [(i, w) for i, w in joins if i > 0]
    if len(joins) != 1:
        return None
    i, w = joins[0]
    first, second = body[:i], body[i + len(w):]
    if not (1 <= len(first) <= _NAME and 1 <= len(second) <= _NAME and _CJK.match(first) and _CJK.match(second)):
        return None
    return [first, second] if names_pair(first, second) and not _verb_inside(first) and not _verb_inside(second) else None


def _verb_inside(name: str) -> bool:
    """A verb or a preposition before the name's last word: a clause, not a name (`全省带来新机遇`);
    a verb last may end a name of an act (`人才流失`)."""
    return any(tag.startswith(("v", "p")) for _, tag in pos_tags(name)[:-1])
