"""sum: a total said to add up what was just listed (`合计`, `总计`, `共计`, `总共`, `加起来`), its parts
the amounts of its measure in the sentence before it and in its own sentence up to it.

    省级财政赤字 640 亿元，比上年增加 120 亿元，同时市县发行 180 亿元专项债券。全省赤字合计 820 亿元
                    640 + 180 (an amount of change, `比上年增加`, is no part)

arith_sum.py finds such a total by its arithmetic, so a total written wrong is no longer found at
all; here the word ties it. The word says the total is the sum of what came before, so a sum
that misses it is an error of the text. The parts are read only where the list is sure to be
whole: the total's paragraph holds no amount of its measure before the sentence before (the list
may have begun there), two to six parts, no change among them, none listed as a subset (`其中`,
`包括`), left open (`等`) or approximate, each below the total, of a period within the total's
where both have one (data/summed_before.toml).

    本年收入共为 29,731,732,000 元，上年结转收入 1,011,038,000 元，收入总数共为 30,742,770,000 元
                    a word that makes the noun before it a total (`总数共为`): the parts are the
                    amounts listed before it, each named by that noun (`收入`), whatever their
                    periods (last year's carry-over counts in this year's receipts) Where the last few parts alone add up to the
total the list may start later than read: that is arith_sum.py's finding, not an error. A claim
another check reads is left to it (a CLAIM_ONLY check).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from . import cues, named_members
from .arith import AMOUNT_TYPES, bounded, measure_groups
from .arith_sum import changed_by, coincident
from .findings import sum_draft
from .model import Draft, Num, PageView
from .tolerance import Interval

_WORD_REACH = 8  # characters from the word to the total (`合计` … `9500 亿元`, the name between)
_MOST_PARTS = 6
_LIST_MARKS = " ，,；;、"  # what may stand between one listed clause and the next


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("summed_before.toml")["summed_before"]


def check(view: PageView) -> list[Draft]:
    """Totals said with a word that they add up what was listed (a CLAIM_ONLY check)."""
    return _totals(view, _said_word)


def named_check(view: PageView) -> list[Draft]:
    """Totals said with a word that makes the noun before them a total (`收入总数共为`), the parts
    named by it: run as a check of its own, not only on claims no other check read (a part's
    `part_of` of the same total says nothing of the sum)."""
    return _totals(view, _named_word)


def _totals(view: PageView, said: Callable[[PageView, Num], Optional[str]]) -> list[Draft]:
    out = []
    for same in measure_groups(view).values():
        for k, total in enumerate(same):
            if total.type not in AMOUNT_TYPES or not bounded(total) or total.value <= 0:
                continue
            word = said(view, total)
            parts = _parts(view, total, same[:k], word) if word else None
            if parts and named_members.named_apart(view, total, word, parts):
                continue  # `A、B、C 3 个区合计 T`: the members its clause names, not the amounts before
            if parts and not _tail_meets(total, parts):
                out.append(sum_draft(total, parts, True, f"“{word}”说总数是前面所列各项之和"))
    return out


def _tail_meets(total: Num, parts: list[Num]) -> bool:
    """The last few parts alone add up to the total: the list may start later than read, and
    arith_sum.py reports the total with them."""
    got = Interval(0.0, 0.0)
    for m in reversed(parts[1:]):
        got = got + m.interval
        if got.meets(total.interval):
            return True
    return False


def _said_word(view: PageView, total: Num) -> Optional[str]:
    """The word of its clause, close before it, that says the total adds up what came before."""
    start = max(view.clause_start(total.start), total.start - _WORD_REACH)
    lead = view.text[start:total.start]
    return next((w for w in _cues()["words"] if w in lead), None)


def _named_word(view: PageView, total: Num) -> Optional[str]:
    """A word that makes the noun before it a total (`收入总数共为`), close before the total in its
    clause; the parts must be named by that noun (_named_parts)."""
    start = max(view.clause_start(total.start), total.start - _WORD_REACH)
    lead = view.text[start:total.start]
    return next((w for w in _cues()["named_words"] if lead.endswith(w)), None)


def _named_parts(view: PageView, total: Num, word: str, parts: list[Num]) -> bool:
    """`本年收入共为 A，上年结转收入 B，收入总数共为 T`: each part's clause names it by the noun before
    the total's word (`收入`), so the amounts listed are of what the total counts."""
    at = total.start - len(word)
    noun = view.text[at - _cues()["noun"]:at]
    if len(noun.strip()) < _cues()["noun"] or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        return False
    # The list is shown whole only where the total takes it up by the bare noun the parts share
    # (`收入总数`, not `政府性基金收入总额`: a qualified total names a wider or other account) and
    # the parts are the clauses of its own sentence right before it, nothing said between.
    if view.text[view.clause_start(total.start):at - len(noun)].strip():
        return False
    ends = [view.clause_start(m.start) for m in parts[1:]] + [view.clause_start(total.start)]
    if any(m.sentence != total.sentence or view.text[m.end:end].strip(_LIST_MARKS) for m, end in zip(parts, ends)):
        return False
    return all(noun in view.text[view.clause_start(m.start):m.start] for m in parts)


def _parts(view: PageView, total: Num, earlier: list[Num], word: str = "") -> Optional[list[Num]]:
    """Every amount of the total's measure in the sentence before and its own up to it, where
    the list is sure to be whole (see the module's note), or None. After a named word the text
    between is read up to the total's name (its `总数` is no total said among the parts) and
    every part must be named by its noun."""
    if any(m.sentence < total.sentence - 1 for m in earlier):
        return None  # amounts of the measure earlier in the paragraph: the list may start there
    parts = [m for m in earlier if not changed_by(view, m)]
    if not 2 <= len(parts) <= _MOST_PARTS:
        return None
    named = word in _cues()["named_words"]
    # (a named total takes its parts by name, whatever their periods: `上年结转收入` is dated last
    # year yet counted in this year's `收入总数`)
    if any(not bounded(m) or m.value >= total.value for m in parts) or not named and coincident(total, parts):
        return None
    if named and not _named_parts(view, total, word, parts):
        return None
    end = total.start - len(word) - _cues()["noun"] if named else total.start
    between = view.text[parts[0].start:end]
    if any(w in between for w in _cues()["not_whole"]):
        return None
    return parts
