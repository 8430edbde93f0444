"""enumeration: a list taken up again by `这 N X` right after it.

    汴梁、东京城、开封府，这三个地名所指的……               the list ends the clause before
    落实好“有地方议事”、“有人员干事”、“有制度管事”的要求。这三项基础工作……
                                                            quoted names, a few words and the
                                                            sentence's end before `这`
    要抓好…组织建设，…体制建设，…制度建设，解决好“A”、“B”的问题。这三项基础建设……
                                                            clauses of the sentence before that
                                                            end with the counted noun's head
                                                            (`建设`), where the list before `这`
                                                            does not
`这` points back at what was just named, so the count counts the list's items: the same number
agrees. A differing count is unverifiable (what `这` takes up may reach further back than the
list read); a list whose items may be clauses (one longer than `_NAME`) or whose join word may
be inside a name (with a differing count) is not taken. Only a closed list (no `等`, no `分别`) ending at most `_GAP` characters before `这`,
with no other number or list between, is taken.
"""
from __future__ import annotations

import re
from typing import Callable

from ..numerals import parse_number
from .lists import ItemList, count_word, find_lists
from .model import Draft, Num, PageView
from .quoted_lists import QUOTED_NAMES, quoted_names

HOW = "“这”所复指的前面的列举"
_GAP = 6  # `的问题。` between the list's end and `这`
_NAME = 8  # a longer item may be a clause
_OPENERS = "。；，！？\n"  # `这` opens a clause
_COUNT_WORD = count_word()
_CLAUSE = re.compile("[^，；。！？\n]+")
_HEAD = 2  # characters of the counted noun's head that the clauses taken up end with (`建设`)
_REACH = 300  # characters before `这` in which the clauses it takes up are looked for
_NOUN_LEN = 6  # the counted noun read up to this many characters (`基础建设`, not what follows)


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    heads = [m for m in _COUNT_WORD.finditer(view.text)
             if not m.group("quote") and view.text[m.start() - 1:m.start()] == "这"
             and view.text[m.start() - 2:m.start() - 1] in _OPENERS and m.start() - 1 > 0]
    if not heads:
        return []
    lists = _lists(view)
    ends = [lst.end for lst in lists]
    drafts = []
    i = 0
    for m in heads:
        at = m.start() - 1
        while i < len(lists) and ends[i] <= at:
            i += 1
        if i == 0:
            continue
        lst = lists[i - 1]
        between = view.text[lst.end:at]
        run = _clause_run(view, m, at)
        clauses = run is not None and not all(item.endswith(run[1]) for item in lst.items)
        if clauses:  # `…组织建设，…体制建设，…制度建设，解决好“A”、“B”的问题。这三项基础建设`
            lst, between = run[0], ""
        if len(between) > _GAP or lst.open or lst.respective or view.between(lst.end, at) \
                or any(c in between for c in "、“：\n"):
            continue
        value = parse_number(m.group("n"))
        if value is None or value < 2:
            continue
        s, e = m.start("n"), m.end()
        if view.raw_ref(s, e)["start"] in taken:
            continue
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        if max(map(len, lst.items)) > _NAME and not clauses or value != len(lst.items) and lst.joined:
            continue  # a long item is a clause read as one (unless clauses are the items); a join word may be inside a name
        d = draft(view, count, lst, True, HOW)
        # more clauses than the count, each ending with the counted noun (`…组织建设，…体制建设，…制度
        # 建设。这两项基础建设`): nothing further before can make them fewer, so the mismatch stands
        if d.verdict == "inconsistent" and not (clauses and len(lst.items) > value):
            d.verdict = "unverifiable"
            d.explanation = d.explanation.rstrip("。") + "。但“这”所指也可能包括更前面的项，无法据此判定有误。"
        drafts.append(d)
    return drafts


def _clause_run(view: PageView, m: re.Match, at: int) -> tuple[ItemList, str] | None:
    """Clauses of the sentence before `这 N X` that each end with X's head noun (`建设` of
    `基础建设`), two or more in a row: the items `这` takes up, wherever they stand in it."""
    noun = view.text[m.end():view.clause_end(m.end())]
    if len(noun) < _HEAD:
        return None
    head, sent = noun[:_NOUN_LEN][-_HEAD:], view.sentence_index(at - 1)
    if sent < 0:
        return None
    lo = max(view.sentences[sent].start, at - _REACH)  # bounded: a page of long sentences stays linear
    clauses = [(c.start() + lo, c.end() + lo) for c in _CLAUSE.finditer(view.text[lo:at])]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for c in clauses:
        run = run + [c] if view.text[c[0]:c[1]].endswith(head) else []
        best = run if len(run) >= max(2, len(best)) else best
    if not best:
        return None
    items = [view.text[a:b] for a, b in best]
    return ItemList(best[0][0], best[-1][1], items, False, False, best[0][0], best[-1][1]), head


def _lists(view: PageView) -> list[ItemList]:
    """The closed `、` lists and the runs of quoted names of the page, by their ends."""
    found = find_lists(view.text, [(n.start, n.end) for n in view.nums])
    for m in QUOTED_NAMES.finditer(view.text):
        items = quoted_names(m.group())
        cs = view.clause_start(m.start())
        found.append(ItemList(m.start(), m.end(), items, False, False, cs, view.clause_end(m.end())))
    return sorted(found, key=lambda lst: lst.end)
