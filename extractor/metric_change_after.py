"""A change that follows an amount: `越城区128.64亿元,增长3.8%`, `中马贸易额39.6亿美元，增长6.3%`,
`销售额21.6亿元,比上年同期的19.8亿元增加1.8亿元,增长9.1%`. The change's clause names no subject of
its own; the clause right before it ends with an amount, and what grew is what that amount measures,
as read for the amount (a row of a run of places, a named total), not the words that open the
sentence (`据…统计`, `假期全市`, `市本级`: a source, a time, a place are no thing that grows)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .clauses import BREAKS, last_mark, with_halfwidth
from .lexicon import alternation, table
from .metric_nouns import currencies
from .metric_change_words import change_word
from .metric_words import word_set

_REACH = 24  # the longest amount with its unit read back from the clause break


@lru_cache(maxsize=1)
def _amount_end() -> re.Pattern:
    """An amount ending right at a clause break: the number, its multiplier, its unit."""
    units = sorted(set(currencies()) | word_set("noun_after", "units")
                   | set(table("metric.toml")["change_after_amount"]["units"]), key=len, reverse=True)
    return re.compile(f"(?P<amount>\\d[\\d.．]*[多余]?[十百千万亿]*)(?P<unit>{alternation(units)})[，,；;]$")


def amount_before(text: str, clause_start: int) -> tuple[int, int, str] | None:
    """(start, end, unit) of the amount that ends the clause before the one opening at `clause_start`;
    None where that clause ends otherwise (a word, a bracket, a time: 1-9月,)."""
    if clause_start < 2 or text[clause_start - 1] not in "，,；;":
        return None
    m = _amount_end().search(text, max(0, clause_start - _REACH), clause_start)
    if not m or m.end() != clause_start:
        return None
    return m.start("amount"), m.end("unit"), m.group("unit")


def change_of_amount(text: str, clause_start: int, change: str,
                     measure: Callable[[int, int, str], str | None], is_scope: Callable[[str], bool]) -> str | None:
    """What changed for a change clause at `clause_start` written `change` (增长, 同比下降): the measure of the
    amount right before it with the change word after it; None where no amount ends the clause before or
    its measure names no thing (a place, a digit, a single character). An amount stated as a difference
    (`全年财政收入86亿元，比上年多收9.2亿元，增长12%`) is passed over for the level before it, where there is one."""
    amount = amount_before(text, clause_start)
    for _ in range(_LEVELS):
        if amount is None:
            return None
        opening = _opening(text, amount[0])
        if not _difference(text[opening:amount[0]]):
            break
        level = amount_before(text, opening)
        if level is None:
            break  # (人均收入提高500元，增长4.3%: no level stated; the difference's own measure names the thing)
        amount = level
    measured = measure(*amount)
    if not measured or len(measured) < 2 or re.search(r"\d", measured) or is_scope(measured):
        return None
    ended = change_word().search(measured)  # (销售额增加 for the increment: the thing, not its change)
    stem = measured[:ended.start()] if ended else measured
    if len(stem) < 2:
        return None
    return stem + change


_LEVELS = 3  # differences passed over in a row at most (比上年增加…，比计划多…)
_CLAUSE_MARKS = with_halfwidth(BREAKS)


def _opening(text: str, at: int) -> int:
    """Where the clause holding `at` opens, read back at most _REACH characters."""
    cut = last_mark(text, _CLAUSE_MARKS, max(0, at - _REACH), at)
    return cut + 1 if cut >= 0 else max(0, at - _REACH)


def _difference(before: str) -> bool:
    """Whether the words before an amount in its clause state it as a difference: they end in a change word
    (比上年同期的19.8亿元增加, 比年初多增) or open with a comparison and end in 多/少 and a short verb (比上年多收)."""
    return bool(change_word().search(before) or _compared_more().search(before))


@lru_cache(maxsize=1)
def _compared_more() -> re.Pattern:
    t = table("metric.toml")["change_after_amount"]
    return re.compile(f"^(?:{alternation(t['difference_openings'])})[^，,；;]*?(?:{alternation(t['difference_marks'])})"
                      f"[一-鿿]{{1,{int(t['difference_verb_longest'])}}}$")
