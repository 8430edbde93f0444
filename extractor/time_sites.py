"""Where a time expression that is no date and no time word can be: one scan of a page.

Most sentences a page's periods are read from hold no time expression at all (three in four
over 800 articles), yet each was searched with every pattern of time_exprs.py (five-year words,
years since an event, the last few years, the first months, counts of years, the issue's
months). Every match of each of those patterns holds one character of a set read off the
pattern itself (年 for 近三年来 and 两年增长, 月 for 前11个月 and 上个月): a sentence with none of
them gives none of those patterns a match, and with no date and no time word in it either
(time_exprs.Times checks those), it has no time expression. The sets are computed from the
parsed patterns, never written by hand, so they cannot fall out of step with them; a pattern
this reader does not understand turns the test off (every sentence is read, as before).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

from .word_starts import class_chars

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _held(op, av) -> list[frozenset[str]]:
    """Sets of characters of which every match of this part holds one of each (none known: [])."""
    name = str(op)  # the opcode's name
    if name == "LITERAL":
        return [frozenset(chr(av))]
    if name == "IN":
        chars = class_chars(av)
        return [frozenset(chars)] if chars else []
    if name == "SUBPATTERN":
        return [] if av[1] & re.IGNORECASE else held_sets(av[3])
    if name == "BRANCH":
        alts = [held_sets(alt) for alt in av[1]]
        if not all(alts):
            return []  # one way to match without any known character
        # a character every way holds (年 of 近五年, 这五年, 五年来), and one set from each way
        common = frozenset.intersection(*(frozenset(c for s in sets if len(s) == 1 for c in s) for sets in alts))
        return [*(frozenset(c) for c in sorted(common)), frozenset().union(*(min(sets, key=len) for sets in alts))]
    if name in _REPEATS and av[0] >= 1:
        return held_sets(av[2])
    return []  # zero-width parts hold nothing of the match; ANY, a reference, ...: unknown


def held_sets(seq) -> list[frozenset[str]]:
    """The sets of characters of which every match of a parsed sequence holds one of each."""
    return [s for op, av in seq for s in _held(op, av)]


def pattern_sets(pattern: re.Pattern) -> list[frozenset[str]]:
    """held_sets of a compiled pattern; none for one read without case."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return []
    try:
        return held_sets(_sre.parse(pattern.pattern, pattern.flags))
    except re.error:  # pragma: no cover - it compiled
        return []


def _cover(needs: list[list[frozenset[str]]]) -> Optional[set[str]]:
    """A few characters such that, for each item of needs (the sets of one pattern or word), one
    of its sets is among them; None where an item has no set. Chosen greedily: the character
    that most items hold first (年 for five patterns), so that a scan stops at few places."""
    if not all(needs):
        return None
    chars: set[str] = set()
    while needs := [sets for sets in needs if not any(s <= chars for s in sets)]:
        held = Counter(c for sets in needs for c in {c for s in sets if len(s) == 1 for c in s})
        chars |= {max(sorted(held), key=held.__getitem__)} if held else min(needs[0], key=len)
    return chars


def _needs(patterns: Iterable[re.Pattern], words: Iterable[str]) -> list[list[frozenset[str]]]:
    return [pattern_sets(p) for p in patterns] + [[frozenset(c) for c in w] for w in words]


def sites_scanner(patterns: Iterable[re.Pattern], words: Iterable[str]) -> Optional[re.Pattern]:
    """A search for characters of which every match of each pattern, and each of the words,
    holds one (_cover); None where some pattern gives no such set (or a word is empty)."""
    chars = _cover(_needs(patterns, words))
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") if chars else None


def _scans() -> dict[str, tuple[list[re.Pattern], list[str]]]:
    """time_exprs.py's scans, each with the patterns and words it looks for."""
    from .five_years import BARE_PLAN, five_year_patterns, opening_five
    from .recent_years import counted_years, event_since, recent_years, years_ahead
    from .period_school_year import relative_pattern, stated_pattern
    from .period_runs import quarter_runs_pattern
    from .period_shapes import first_months_pattern
    from .time_exprs_words import issue_holidays, issue_month_words
    fy = five_year_patterns()
    return {"five_years": ([fy.plans, BARE_PLAN, fy.words, opening_five()], []), "since": ([event_since()[0]], []),
            "recent": ([recent_years(), years_ahead()], []), "first_months": ([first_months_pattern()], []),
            "quarter_runs": ([quarter_runs_pattern()], []),
            "counted": ([counted_years()[0]], []),
            "school_years": ([stated_pattern(), relative_pattern()], []), "issue_months": ([], [*(w for w, _ in issue_month_words()), *issue_holidays()])}


@lru_cache(maxsize=1)
def _plan() -> Optional[tuple[re.Pattern, dict[str, frozenset[str]]]]:
    """The search for the characters of all the scans, and the characters each scan needs one of
    (a sentence without them gives that scan nothing); None: the test is off."""
    scans = _scans()
    chars = _cover([need for patterns, words in scans.values() for need in _needs(patterns, words)])
    if not chars:
        return None
    each = {name: frozenset().union(*(next(s for s in sets if s <= chars) for sets in _needs(patterns, words)))
            for name, (patterns, words) in scans.items()}
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]"), each


@lru_cache(maxsize=1)
def _by_char() -> dict[str, frozenset[str]]:
    """The scans each character of the plan lets run."""
    each = _plan()[1]
    return {c: frozenset(name for name, chars in each.items() if c in chars) for c in set().union(*each.values())}


def may(scans: Optional[frozenset[str]], scan: str) -> bool:
    """Whether the scan (a key of _scans) can find anything in a sentence with these scans
    (TimeSites.scans; None: the test is off, every scan may)."""
    return scans is None or scan in scans


class TimeSites:
    """The positions of a page where the scans' characters stand."""

    def __init__(self, text: str) -> None:
        plan = _plan()
        self.text = text
        self.each = None if plan is None else plan[1]
        self.by_char = {} if plan is None else _by_char()
        self.starts = [] if plan is None else [m.start() for m in plan[0].finditer(text)]

    def scans(self, start: int, end: int) -> Optional[frozenset[str]]:
        """The scans that may find something in [start, end): those one of whose characters
        stands there (None, where the test is off: all of them)."""
        if self.each is None:
            return None
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        if i == j:
            return frozenset()
        return frozenset().union(*(self.by_char[c] for c in {self.text[at] for at in self.starts[i:j]}))
