"""Items of a list of numbers that the list's own clause does not split (metric_lists.py asks here):

- marks of two kinds (`甲、乙、丙和丁经费分别为…`): items joined by 、 with the last two joined by 和/及/与,
  read as one item more than the 、 alone give where that makes as many items as numbers;
- items named in a clause before (`甲收入和乙收入，去年分别达到A元和B元，年均增长X%和Y%`): where the
  list's clause names no subject of its own, the subject of the nearest clause before that names one,
  split into as many items as the list has numbers (clauses of only a time and a list of numbers of
  the same length are passed on the way).
"""
from __future__ import annotations

import re

from .clauses import last_mark
from .metric_clause_before import previous_subject
from .metric_subject import clause_start, subject_of
from .metric_subject_scope import scope_stripped
from .metric_change_words import change_word
from .metric_words import clean, DIGIT, number_scope

_COMMA_ITEMS = "、"
_LAST_JOIN = re.compile("[和及与]")
_ANY_MARK = re.compile("[、和及与]")
_BACK_CLAUSES = 3  # clauses of only numbers passed back to the one naming the items
_ITEM_SHORTEST = 2
_ITEM_LONGEST = 16
_SENTENCE_END = "。！？；;\n"
_NUMBER = re.compile(r"\d[\d.,]*")


def mixed_items(named: str, count: int) -> list[str] | None:
    """`农业、交通、环保和文物保护的支出` before four numbers: the items split at 、 and at the one
    和/及/与 inside the last of them, where 、 alone gives one item fewer than the numbers; None else."""
    if _COMMA_ITEMS not in named:
        return None
    items = named.split(_COMMA_ITEMS)
    joins = list(_LAST_JOIN.finditer(items[-1]))
    if len(items) + 1 != count or len(joins) != 1 or any(_LAST_JOIN.search(x) for x in items[:-1]):
        return None
    last = items[-1]
    # (the join must fall inside the item: 和 opening or closing it names no second item)
    cut = joins[0].start()
    if cut < 1 or cut > len(last) - 2:
        return None
    return [*items[:-1], last[:cut], last[cut + 1:]]


def items_before(text: str, lo: int, count: int) -> list[str] | None:
    """The items of the nearest clause before `lo` (the start of the list's clause) that names a
    subject, split at its list marks, where they are as many as `count`; clauses that name nothing
    but a time and a list of `count` numbers are passed. None where that clause names one thing, or
    the sentence begins first."""
    for _ in range(_BACK_CLAUSES):
        if lo < 2 or text[lo - 1] in _SENTENCE_END:
            return None
        start = clause_start(text, lo - 1)
        raw = previous_subject(text, lo)
        named = clean(scope_stripped(subject_of(raw)))
        change = change_word().search(named)
        if change and change.start() >= _ITEM_SHORTEST:
            named = clean(named[: change.start()])  # (甲和乙分别增长…: the items before the change)
        if len(named) >= _ITEM_SHORTEST:
            items = [clean(x) for x in _ANY_MARK.split(named)]
            ok = len(items) == count and all(_ITEM_SHORTEST <= len(x) <= _ITEM_LONGEST for x in items) \
                and not DIGIT.search(named)
            return items if ok else None
        if len(_NUMBER.findall(text, start, lo)) < count:
            return None  # (a clause of other words: the list's items are not further back)
        lo = start
    return None


def names_nothing(named: str) -> bool:
    """`2000年` before 分别: a clause's words before the list that are only a time (or nothing)."""
    return not clean(number_scope().sub("", named))


def opening_cut(items: list[str]) -> list[str]:
    """`市财政用于农业`、交通、环保、…: the first item cut to the length of the items between it and
    the last where those are all of one short length (the words before it are the clause's verb and
    scope, not the item); the items as they are otherwise."""
    inner = {len(x) for x in items[1:-1]}
    if len(inner) != 1 or len(items[0]) <= min(inner) or min(inner) > _HEAD_SHORT:
        return items
    return [items[0][-min(inner):], *items[1:]]


_HEAD_SHORT = 3


_TIME_AFTER = ("年", "月", "日", "季度")
_BETWEEN = re.compile("[^，。；：！？,;:!?\\n\\d]{0,6}[、和及与][^，。；：！？,;:!?\\n\\d]{0,2}")  # 亿元、 / 元和
_CLOSE = re.compile("[^，。；：！？,;:!?\\n\\d]{0,6}[，,]")  # the last number's unit and the break
_LIST_BACK = 120


def paired_numbers(text: str, lo: int, count: int) -> list[int] | None:
    """`分别为A亿元、B亿元和C亿元，比上年增长X%、Y%和Z%`: where the clause before the list's clause at
    `lo` ends with a list of exactly `count` numbers, their starts (the k-th number of the list at
    `lo` measures what the k-th of that list does); None else."""
    floor = max(0, lo - _LIST_BACK)
    cut = last_mark(text, _SENTENCE_END, floor, lo)
    numbers = [m for m in _NUMBER.finditer(text, max(floor, cut + 1), lo) if not text.startswith(_TIME_AFTER, m.end())]
    if len(numbers) < count or not _CLOSE.fullmatch(text, numbers[-1].end(), lo):
        return None
    run = numbers[-count:]
    if any(not _BETWEEN.fullmatch(text, a.end(), b.start()) for a, b in zip(run, run[1:])):
        return None
    if len(numbers) > count and _BETWEEN.fullmatch(text, numbers[-count - 1].end(), run[0].start()):
        return None  # (a longer list before: not one of as many numbers)
    return [m.start() for m in run]
