"""enumeration of a pair: two names joined by `和`/`与`/`及` and counted right after them.

    中央和地方两个积极性                     the count follows the second name
    生产责任制和多种经营这两个环节            `这` takes the pair up again
    义务教育和公共卫生是本市的两项民生重点    the pair is the subject of `是 … 两项`
    分专职和兼职两种                         kinds after a word of dividing: any two words

The list rules (lists.py) need a `、`; these pairs have none. The first name starts where the
words before the join word reach the length of the second one (a verb or a preposition before
it ends it: `发挥中央和地方`). A pair preceded by `、` belongs to a longer list, left to the list
rules. Two names and `两` agree; another count is read only after `这`, which refers back to
what was just named, so a mismatch there is an error of the text (`A和B这三个环节`); so is a count
of one written in digits (`A和B 1 个X`: two names are never one thing; `一个` may be the article).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from ..numerals import parse_number
from .enumeration import enumeration_draft
from .lists import ItemList, count_word
from .model import Draft, Num, PageView

_HOW = "并列的两项"
_MAX_NAME = 8  # a longer second "name" is a phrase, not a name
_COPULA_GAP = 10  # `是世界上` … between the copula and the count
_COUNT_WORD = count_word()
_COUNT_ENDING = count_word(then="[，。；]")  # `分专职和兼职两种，`: kinds counted at a clause's end
_CJK = re.compile(r"[\u4e00-\u9fff]+$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    ending = [m for m in _COUNT_ENDING.finditer(view.text) if m.group("cls") in _data()["kind_classifiers"]]
    for m in sorted(list(_COUNT_WORD.finditer(view.text)) + ending, key=lambda m: m.start()):
        if m.group("quote") or view.text[m.start() - 1:m.start()] in ("第", "“"):
            continue  # `“两项补贴”` is a name the last item may own; `第二个` an ordinal
        value = parse_number(m.group("n"))
        one = value == 1 and m.group("n").isdigit()  # `1 个` counts; `一个` may only say "a"
        if value is None or value != 2 and not one and view.text[m.start() - 1:m.start()] != "这":
            continue  # `A和B三个X` may count what the names hold (`京津和河北三地`)
        kinds = m.group("cls") in _data()["kind_classifiers"]
        lst, _ = _pair_before(view, m.start(), kinds) or (None, False)
        if lst is None or m.re is _COUNT_ENDING and not _divided(view, lst):
            continue
        s, e = m.start("n"), m.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        drafts.append(enumeration_draft(view, count, lst, True, _HOW))
    return drafts


def _pair_before(view: PageView, at: int, kinds: bool = False) -> tuple[ItemList, bool] | None:
    """The pair named right before a count at `at` (or before `是 …` leading to it), and whether
    `这` takes it up."""
    cs = view.clause_start(at)
    if view.text[at - 1:at] == "这":
        return _pair_ending(view, cs, at - 1, at), True
    found = _pair_ending(view, cs, at, at, kinds)
    copula = view.text.rfind("是", max(cs, at - _COPULA_GAP - 1), at)
    if found is None and copula > cs and not re.search(r"[\d的]", view.text[copula + 1:at].replace("的", "", 1)):
        end = copula
        for w in _data()["adverbs"]:
            if view.text[cs:end].endswith(w):
                end -= len(w)
                break
        found = _pair_ending(view, cs, end, at)
    if found is None:
        found = _pair_ending(view, cs, _apposed(view, cs, at), at)
    return (found, False) if found else None


def _apposed(view: PageView, cs: int, at: int) -> int:
    """`和平与发展——当代世界的两大主题`: a dash sets the count's phrase beside the pair named
    before it; where that dash starts (-1: none near)."""
    dash = view.text.rfind("—", cs, at)
    if dash < 0 or at - dash - 1 > _data()["apposition_gap"] or re.search(r"\d", view.text[dash:at]):
        return -1
    while dash > cs and view.text[dash - 1] == "—":
        dash -= 1
    return dash


def _pair_ending(view: PageView, cs: int, end: int, at: int, kinds: bool = False) -> ItemList | None:
    """The pair whose second name ends at `end` (the clause starts at `cs`); with `kinds` (a count
    of kinds, `两种`) a pair right after a word of dividing (`分专职和兼职两种`) names the kinds
    whatever words they are."""
    if end <= cs:
        return None
    lo = max(cs, end - 3 * _MAX_NAME)  # a page-long clause is read near the count only
    head = view.text[lo:end]
    joins = [(head.rfind(w), w) for w in _data()["join"]]
    j, word = max(joins)
    if j <= 0:
        return None
    second = head[j + len(word):]
    if not (1 <= len(second) <= _MAX_NAME) or not _CJK.match(second):
        return None
    first = _first_name(head[:j], len(second))
    if not first:
        return None
    start = lo + j - len(first)
    mark = view.text.rfind("、", cs, start)
    if mark >= 0 and not (mark == start - 1 and _counted_piece(view, cs, mark)):
        return None  # `A、B和C两…`, `A、B及其C和D这三个`: a longer list, left to the list rules
    if not (kinds and _divided(view, ItemList(start, end, [], False, False, cs, cs))) and not names_pair(first, second):
        return None
    return ItemList(start, end, [first, second], False, False, cs, view.clause_end(at))


def _divided(view: PageView, lst: ItemList) -> bool:
    """A word of dividing (`分`, `分为`) right before the pair."""
    return any(view.text[lst.clause_start:lst.start].endswith(w) for w in _data()["divide"])


def _counted_piece(view: PageView, cs: int, mark: int) -> bool:
    """The piece before a `、` ends with a count of its own: pairs in a row, each counted
    (`A和B两个阶级、C和D两条道路`)."""
    prev = max(cs, view.text.rfind("、", cs, mark) + 1)
    return any(_COUNT_WORD.finditer(view.text, prev, mark))


def _first_name(before: str, length: int) -> str:
    """The words before the join word, back to the second name's length (at least one word),
    stopping at a verb's helper: a preposition, a conjunction, a particle or an adverb."""
    words = _segmenter().pos(before[-2 * _MAX_NAME:])
    name = ""
    for w, tag in reversed(words):
        if name and (tag in _data()["stop_tags"] or w in "的之") or not _CJK.match(w):
            break
        name = w + name
        if len(name) >= length:
            break
    return name


def names_pair(first: str, second: str) -> bool:
    """Both names end in a noun or a noun-like word, not a verb or a function word (`坚持和落实
    “两个毫不动摇”`, `区域周围建立两个基地`)."""
    for name in (first, second):
        words = _segmenter().pos(name)
        if not words or words[-1][1] in _data()["not_last_tags"] and not _noun_verb(words):
            return False
    return True


def _noun_verb(words: list[tuple[str, str]]) -> bool:
    """A name of an act on a thing: a verb right after a noun (`土地审批`, `信贷投放`)."""
    return len(words) >= 2 and words[-1][1] == "v" and words[-2][1] in _data()["noun_before_verb_tags"]


@lru_cache(maxsize=1)
def _data() -> dict:
    with resources.files("extractor.audit").joinpath("data/pairs.toml").open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()
