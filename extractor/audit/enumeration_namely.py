"""enumeration: a count, `，即`, then its items as clauses that open with the same words.

    实行“两保一控”的办法，即保工资，保运转，控债务。        counts that differ name no pairs: not read
    落实三项要求，即坚持质量第一，坚持安全第一，坚持服务第一，这是…   three clauses open with 坚持
    推行“两增两减”，即增收入，减支出；增储备，减消耗。          pairs split by `；`, counted by 两

enumeration.py reads `，即` before a list split by `、`; here the items are clauses, split by `，`,
or by `；` when the sentence has it (each item then a pair of clauses, as a label `“两增两减”`
counts). The items are the clauses from `即` on that open with the words the first two share
(a `即` again before one is read through); the first clause that does not ends them. A count
the clauses meet is consistent. More clauses than the count is inconsistent when the words that
open them are a word of two characters or more (`坚持…`), or the items are pairs split by `；`:
`即` says the clauses that follow are the items, and a clause that shares their opening word is
one more of them. Fewer clauses than the count, or more with a shared opening of one character
(`加…，加…`: a verb that may open a clause of another thought), is unverifiable, since an item may
run over two clauses or a clause of the same opening may follow the items.

    坚持两项原则，即坚持甲，坚持乙，坚持丙，这是…          three clauses for two: inconsistent
    “两保三压”，即保甲，压乙；保丙，压丁；保戊，压己。       three pairs, 两 for 保: inconsistent
    “两保一控”，即保工资，保运转，控债务。                 unequal counts, no pairs split by `；`: not read

A count of two may name its items in the one clause after `即`, joined by a join word
(`两大任务，即稳定物价和扩大就业`): two parts of that clause around its one join word meet it,
consistent. Any other count is not read there: a join word may sit inside one item.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .enumeration_doubts import ends_with_verb
from .lists import ItemList
from .model import CLAUSE_BREAKS, Draft, Num, PageView

HOW = "数目之后以“即”逐句列出"
HOW_PAIR = "数目之后以“即”用连词连接列出"
_LEAD = "即"
_PAIR_ITEM = 2  # characters of each of two items joined after `即` at least (`和` inside a word is rarer)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A count with its classifier and noun (`三项要求`, `“四个坚持”`), or a quoted label of two
    counts (`“两增两减”`, `“三保三压”`), then maybe `的` and a word (`的办法`), then `，即`."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    noun = int(cues.number("enumeration_namely", "noun_chars"))
    counted = f"(?<![{numerals}第])(?P<n>(?!一[^{numerals}])[{numerals}])(?P<cls>[{classifiers}])大?[\u4e00-\u9fff]{{1,{noun}}}”?"
    paired = f"“(?P<m>[{numerals}])(?P<a>[\u4e00-\u9fff])(?P<m2>[{numerals}])(?P<b>[\u4e00-\u9fff])”"
    return re.compile(f"(?:{counted}|{paired})(?:的[\u4e00-\u9fff]{{1,3}})?，{_LEAD}")


def _common(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def _items(text: str, at: int, end: int) -> tuple[int, int, list[str], int, bool] | None:
    """The items from `at` (right after `即`) to the sentence end `end`: (start, end, items, the
    length of the words opening them all, whether they are split by `；`)."""
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
    return at, last_start + len(last), [p for _, p in pieces[:run]], len(head), mark == "；"


def _pairs(items: list[str], a: str, b: str) -> bool:
    """Every item a pair of clauses, the first opening with `a`, the second with `b`
    (`保计划内建设，压计划外建设` for “三保三压”): the label then counts the pairs twice over."""
    for item in items:
        body = item[len(_LEAD):] if item.startswith(_LEAD) else item
        halves = body.rstrip("。！？").split("，")
        if len(halves) != 2 or not halves[0].startswith(a) or not halves[1].startswith(b):
            return False
    return True


def _pair(text: str, at: int) -> tuple[int, int, list[str]] | None:
    """The two items of the clause right after `即` (from `at`) joined by one join word, no `、`:
    (start, end, items); None where the clause is not such a pair."""
    stop = at + len(re.match(f"[^{CLAUSE_BREAKS}]*", text[at:]).group())
    clause = text[at:stop]
    if "、" in clause:
        return None
    for w in cues.words("enumeration", "last_join"):
        if w in clause:
            a, _, b = clause.partition(w)
            # `即关于加强和改进…的意见`: a first half ending with a bare verb shares its object with the second,
            # the join word stands inside one item
            ok = clause.count(w) == 1 and len(a) >= _PAIR_ITEM and len(b) >= _PAIR_ITEM and not ends_with_verb(a)
            return (at, stop, [a, b]) if ok else None
    return None


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        key = "n" if m.group("n") else "m"
        value = parse_number(m.group(key))
        if value is None or value < 2 or view.sentence_index(m.start(key)) < 0:
            continue
        found = _items(view.text, m.end(), view.sentence_span(m.end())[1])
        pair = _pair(view.text, m.end()) if found is None and value == 2 and key == "n" else None
        if pair is not None:
            found = pair[0], pair[1], pair[2], len(_LEAD), False
        if found is None:
            continue
        start, stop, items, head, by_pairs = found
        if key == "m" and m.group("m") != m.group("m2"):
            # `“两保三压”`: two counts of one set of pairs; the one the pairs miss is read
            if not by_pairs or not _pairs(items, m.group("a"), m.group("b")):
                continue
            if value == len(items):
                key, value = "m2", parse_number(m.group("m2"))
                if value is None or value < 2:
                    continue
        s = m.start(key)
        e = m.end("cls") if key == "n" else s + 2
        rec = view.raw_ref(s, e)
        if rec["start"] in taken:
            continue
        if view.text[stop - 1:stop] in "。！？":
            stop -= 1
            items[-1] = items[-1][:-1]
        count = Num(rec, s, e, "count", float(value), view.text[e - 1:e], "exact", None, view.text[s:e])
        lst = ItemList(start, stop, items, False, False, start, stop)
        d = draft(view, count, lst, True, HOW if pair is None else HOW_PAIR)
        if len(items) < value or (head < 2 and not by_pairs):
            d = d.doubted("但同样开头的分句也可能在列举之后另起一意，或一项跨两个分句，无法据此判定有误。")
        out.append(d)
        taken.add(rec["start"])
    return out
