"""A 分别 list of places: the k-th figure of the list after 分别 (or 依次) is the k-th place of a run of places
named before it in the same clause (赣州经开区、南康区、赣县区到位资金分别为168.3亿元、142.6亿元、97.4亿元:
168.3亿元 is 赣州经开区's), where the run has exactly as many places as the list has figures. A list of places
is otherwise no one place's (place_lists.enumeration); 分别 says each figure is one of them
(bench/gold/README.md: "In a 分别 list each number gets its own item", for the place as for the metric).
The words live in data/place_respective.toml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .clauses import BREAK_CLASS
from .lexicon import alternation, table
from .place_view import SentenceView
from .record import Record


_LIST_REACH = 200  # the most characters a list of figures runs on after one of them


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, frozenset[str], re.Pattern]:
    t = table("place_respective.toml")
    return (re.compile(alternation(t["respective_words"])), re.compile(alternation(t["list_marks"])),
            frozenset(t["list_marks"]), re.compile(f"[{re.escape(t['figure_chars'])}]"))


def respective_place(text: str, fact: Record, view: SentenceView) -> Optional[Record]:
    """The place a figure of a 分别 list is paired with, else None: the fact stands in the list after the
    clause's last 分别 (only list marks and figures between), and a run of places joined by list marks
    ends before the word in that clause, as long as the list."""
    pos = fact.norm_start
    clause = view.clause_start(pos)
    respective, marks, mark_set, figure = _words()
    word = None
    for word in respective.finditer(text, clause, pos):
        pass
    if word is None:
        return None
    first = figure.search(text, word.end(), pos + 1)
    if first is None:
        return None
    # (the list's end looked for so far only: a page of one endless clause is not read to its end for each figure)
    reach = min(len(text), fact.norm_end + _LIST_REACH)
    brk = BREAK_CLASS.search(text, fact.norm_end, reach)
    end = brk.start() if brk else reach
    # the list's items: the figures after the word up to the clause's end, split at the list marks
    cuts = [m.start() for m in marks.finditer(text, first.start(), end)]
    bounds = [first.start(), *cuts, end]
    items = [(a, b) for a, b in zip(bounds, bounds[1:])]
    if len(items) < 2 or not all(figure.search(text, a, b) for a, b in items):
        return None
    k = sum(1 for c in cuts if c < pos)
    if not items[k][0] <= pos < items[k][1] or fact.norm_end > items[k][1]:
        return None
    # not trade partners (对东盟、中东市场出口分别增长12%、9.5%: the exporter's figures), sources or examples
    run = _last_run(text, [p for p in view.unexampled if clause <= p.norm_start and p.norm_end <= word.start()],
                    mark_set)
    return run[k] if len(run) == len(items) else None


def _last_run(text: str, places: list[Record], marks: frozenset[str]) -> list[Record]:
    """The last run of two or more places each joined to the one before by a list mark alone (甲镇、乙镇和
    丙镇); a place alone after it (甲镇、乙镇2个中心镇: a word of what is counted) pairs with no list."""
    last: list[Record] = []
    run: list[Record] = []
    for p in places:
        if run and text[run[-1].norm_end:p.norm_start] in marks:
            run.append(p)
        elif not run or p.norm_start >= run[-1].norm_end:
            run = [p]
        if len(run) > 1:
            last = run
    return last
