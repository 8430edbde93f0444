"""enumeration: `这 N X` inside a clause, taking up the things of X named in the sentence before it
(or earlier in its own) by a list or by ordinals.

    全县的体育事业和旅游会展事业……有了起色。……县里要加强对这两种事业的扶持。
        a list joined by `、`/`和`/`与` whose items each end with X's head (`事业`), the nearest
        before `这` in that reach
    站里的第一项工作是监测水位，第二项工作是记录降雨量。……专家对这两项工作的肯定
        ordinal items with the count's classifier and X (`第一项工作`, `第二项工作`): as many
        items as the ordinals run (第一, 第二, … with no gap)
taken_up.py reads a list ending the clause right before a `这` that opens a clause; here `这` stands
after a verb or preposition (`对`, `反对`, `加强对`) and the items may lie a sentence back, so what
ties them is the noun: every item ends with X's head, or names X by its ordinal. The same number
agrees. Another is unverifiable: `这` may take up things said further back, or only some of those
named. A CLAIM_ONLY check: a count another check reads stays its.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .lists import ItemList, count_word
from .model import Draft, Num, PageView

HOW = "“这”所复指的前文所列"
_HEAD = 2  # characters of X's end that every item ends with (`事业` of `文化艺术事业`)
_NOUN = 4  # X read up to this many characters after the classifier
_ITEM = 10  # the longest item of a list, in characters: a longer one is a clause
_REACH = 300  # characters before `这` looked back over (linear on a page of long sentences)
_ORDINALS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("taken_back.toml")["taken_back"]


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    return count_word()


def check(view: PageView) -> list[Draft]:
    drafts = []
    these = tuple(_data()["these"])
    for m in _count().finditer(view.text):
        at = m.start() - 1
        if m.group("quote") or at < 1 or view.text[at] not in these:
            continue
        value = parse_number(m.group("n"))
        noun = _noun(view, m.end())
        sent = view.sentence_index(at)
        if value is None or value < 2 or len(noun) < _HEAD or sent < 0:
            continue
        lo = max(view.sentences[max(sent - 1, 0)].start, at - _REACH)
        if sent > 0 and view.sentences[sent - 1].paragraph != view.sentences[sent].paragraph:
            lo = max(lo, view.sentences[sent].start)
        found = _nearest(view, lo, at, noun[-_HEAD:], m.group("cls"))
        if found is None:
            continue
        s, e = m.start("n"), m.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        d = enumeration_draft(view, count, found, True, HOW)
        if d.verdict != "consistent":
            d.verdict = "unverifiable"
            d.explanation = d.explanation.rstrip("。") + "。但“这”所指也可能只是其中几项或包括更前面的项，无法据此判定有误。"
        drafts.append(d)
    return drafts


def _noun(view: PageView, pos: int) -> str:
    """X: the characters after the classifier up to a break, a number or a word that ends it."""
    ends = tuple(_data()["noun_ends"])
    out = ""
    for ch in view.text[pos:pos + _NOUN]:
        if not ("\u4e00" <= ch <= "\u9fff") or ch in ends:
            break
        out += ch
    return out


def _nearest(view: PageView, lo: int, at: int, head: str, cls: str) -> ItemList | None:
    """The list or ordinal run of X's head that ends nearest before `这`."""
    text = view.text[lo:at]
    best = None
    for m in _list_pattern(head).finditer(text):
        items = _split(m.group())
        if len(items) >= 2 and all(len(i) > len(head) for i in items):
            best = ItemList(lo + m.start(), lo + m.end(), items, False, False, lo + m.start(), lo + m.end())
    run = _ordinal_run(view, lo, text, head, cls)
    if run is not None and (best is None or run.end > best.end):
        best = run
    return best


@lru_cache(maxsize=64)
def _list_pattern(head: str) -> re.Pattern:
    joins = sorted(_data()["joins"], key=len, reverse=True)
    join = "|".join(re.escape(j) for j in joins)
    bad = re.escape("".join(_data()["not_in_item"]) + "".join(j for j in joins if len(j) == 1))
    item = f"(?![{bad}])[\u4e00-\u9fff][^\\s，。；：！？、“”（）()\\d{bad}]{{0,{_ITEM - 1 - len(head)}}}?{re.escape(head)}"
    return re.compile(f"{item}(?:(?:{join}){item})+")


def _split(run: str) -> list[str]:
    joins = sorted(_data()["joins"], key=len, reverse=True)
    return [i for i in re.split("|".join(re.escape(j) for j in joins), run) if i]


def _ordinal_run(view: PageView, lo: int, text: str, head: str, cls: str) -> ItemList | None:
    """`第一项工作是…，第二项工作是…`: ordinals 第一, 第二, … of the count's classifier and X."""
    marks = list(re.finditer(f"{_data()['ordinal']}([{_ORDINALS}]){re.escape(cls)}{re.escape(head)}", text))
    run: list[re.Match] = []
    for mk in marks:
        k = _ORDINALS.index(mk.group(1)) + 1
        run = run + [mk] if run and k == len(run) + 1 else ([mk] if k == 1 else [])
    if len(run) < 2:
        return None
    spans = [(lo + mk.start(), view.clause_end(lo + mk.start())) for mk in run]
    items = [view.text[a:b] for a, b in spans]
    return ItemList(spans[0][0], spans[-1][1], items, False, False, spans[0][0], spans[-1][1])
