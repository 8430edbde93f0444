"""enumeration: a count, `，即`, then its items as clauses that open with the same words.

    实行“两保一控”的办法，即保工资，保运转，控债务。        counts that differ name no pairs: not read
    落实三项要求，即坚持质量第一，坚持安全第一，坚持服务第一，这是…   three clauses open with 坚持
    推行“两增两减”，即增收入，减支出；增储备，减消耗。          pairs split by `；`, counted by 两

enumeration.py reads `，即` before a list split by `、`; here the items are clauses, split by `，`,
or by `；` when the sentence has it (each item then a pair of clauses, as a label `“两增两减”`
counts). The items are the clauses from `即` on that open with the words the first two share
(a `即` again before one is read through); the first clause that does not ends them. A count
the clauses meet is consistent; one they miss is unverifiable, since a clause of the same opening
may follow the items or an item may run over two clauses.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "数目之后以“即”逐句列出"
_LEAD = "即"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A count with its classifier and noun (`三项要求`, `“四个坚持”`), or a quoted label of two
    equal counts (`“两增两减”`), then maybe `的` and a word (`的办法`), then `，即`."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    noun = int(cues.number("enumeration_namely", "noun_chars"))
    counted = f"(?<![{numerals}第])(?P<n>(?!一[^{numerals}])[{numerals}])(?P<cls>[{classifiers}])大?[\u4e00-\u9fff]{{1,{noun}}}”?"
    paired = f"“(?P<m>[{numerals}])[\u4e00-\u9fff](?P=m)[\u4e00-\u9fff]”"
    return re.compile(f"(?:{counted}|{paired})(?:的[\u4e00-\u9fff]{{1,3}})?，{_LEAD}")


def _common(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def _items(text: str, at: int, end: int) -> tuple[int, int, list[str]] | None:
    """The items from `at` (right after `即`) to the sentence end `end`: (start, end, items)."""
    sentence = text[at:end]
    mark = "；" if "；" in sentence else "，"
    pieces, pos = [], at
    for piece in sentence.split(mark):
        pieces.append((pos, piece))
        pos += len(piece) + 1
    bodies = [p[len(_LEAD):] if p.startswith(_LEAD) else p for _, p in pieces]
    if len(bodies) < 2:
        return None
    shared = _common(bodies[0], bodies[1])
    if shared < 1:
        return None
    head = bodies[0][:shared]
    run = 0
    while run < len(bodies) and bodies[run].startswith(head) and len(bodies[run]) > len(head):
        run += 1
    if run < 2:
        return None
    last_start, last = pieces[run - 1]
    return at, last_start + len(last), [p for _, p in pieces[:run]]


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        key = "n" if m.group("n") else "m"
        value = parse_number(m.group(key))
        if value is None or value < 2 or view.sentence_index(m.start(key)) < 0:
            continue
        s = m.start(key)
        e = m.end("cls") if key == "n" else m.start(key) + 2
        rec = view.raw_ref(s, e)
        if rec["start"] in taken:
            continue
        found = _items(view.text, m.end(), view.sentence_span(m.end())[1])
        if found is None:
            continue
        start, stop, items = found
        if view.text[stop - 1:stop] in "。！？":
            stop -= 1
            items[-1] = items[-1][:-1]
        count = Num(rec, s, e, "count", float(value), view.text[e - 1:e], "exact", None, view.text[s:e])
        lst = ItemList(start, stop, items, False, False, start, stop)
        d = draft(view, count, lst, True, HOW)
        if d.verdict == "inconsistent":
            d = d.doubted("但同样开头的分句也可能在列举之后另起一意，或一项跨两个分句，无法据此判定有误。")
        out.append(d)
        taken.add(rec["start"])
    return out
