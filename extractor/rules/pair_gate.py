"""Gates of two neighbouring characters, read off a rule's pattern like its gates of characters
(gate.py) and of words (word_gate.py).

A character gate asks a paragraph for one character of a mandatory part: the rule for `5至15户`
is scanned over every paragraph holding a 至 and a classifier, though few of them hold a number
right before the 至. Where a mandatory part follows another part that every match holds (its
characters read from the end), every match holds a character that can end the one right before
a character that can begin the other: `<number>至` holds a digit or a numeral before 至,
`<number>成` one before 成. A paragraph without such a pair is not scanned: over 800 articles the
rules scanned some 60% fewer characters. Parts of no width (lookarounds) stand between nothing.

A gate is a search for the second character behind which the first stands,
`[至到](?<=[\\d一二…][至到])`: the engine skips to the second character by itself, rarer than the
digits. The gates whose second character can be a digit are left out: a digit stands nearly
everywhere a number does, and their search cost more than the scans they saved. A pattern that
could read across a line break gets no pair gate (its pair might stand across two paragraphs),
nor a case-blind one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..word_starts import class_chars
from .word_gate import reads_line_break

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_ZERO_WIDTH = ("ASSERT", "ASSERT_NOT", "AT")

# a set of characters: (the characters, whether \d is among them); None: any character
Chars = Optional[tuple[frozenset, bool]]


def _class(items) -> Chars:
    """The characters of a class (an IN's items), \\d among them as itself."""
    digit = [(op, av) for op, av in items if str(op) == "CATEGORY" and str(av) == "CATEGORY_DIGIT"]
    chars = class_chars([item for item in items if item not in digit])
    return None if chars is None else (frozenset(chars), bool(digit))


def _union(a: tuple[frozenset, bool], b: tuple[frozenset, bool]) -> tuple[frozenset, bool]:
    return a[0] | b[0], a[1] or b[1]


def edge(seq, last: bool) -> tuple[Chars, bool]:
    """(the characters a match of a parsed sequence can begin with, or end with where `last`;
    whether it can match nothing). None where any character could: an ANY, a wide class, a
    group reference. Zero-width parts are stepped over."""
    out: tuple[frozenset, bool] = (frozenset(), False)
    for op, av in (reversed(list(seq)) if last else seq):
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            return _union(out, (frozenset(chr(av)), False)), False
        if name == "IN":
            cls = _class(av)
            return (None if cls is None else _union(out, cls)), False
        if name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None, False  # (?i:km): the letters may be written in either case
            sub, empty = edge(av[3], last)
        elif name == "ATOMIC_GROUP":
            sub, empty = edge(av, last)
        elif name == "BRANCH":
            sub, empty = (frozenset(), False), False
            for alt in av[1]:
                got, alt_empty = edge(alt, last)
                if got is None:
                    return None, False
                sub, empty = _union(sub, got), empty or alt_empty
        elif name in _REPEATS:
            sub, empty = edge(av[2], last)
            empty = empty or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out = _union(out, sub)
        if not empty:
            return out, False
    return out, True


def _flat(seq) -> list:
    """A sequence with its groups opened: a group's parts are parts of the sequence."""
    out = []
    for op, av in seq:
        name = str(op)
        if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            out += _flat(av[3])
        elif name == "ATOMIC_GROUP":
            out += _flat(av)
        else:
            out.append((op, av))
    return out


def _written(chars: tuple[frozenset, bool]) -> str:
    return "[" + "".join(map(re.escape, sorted(chars[0]))) + ("\\d" if chars[1] else "") + "]"


def _has_digit(chars: tuple[frozenset, bool]) -> bool:
    return chars[1] or any(c.isdigit() for c in chars[0])


def _pairs(seq, out: list[str]) -> None:
    """The pair gates of a sequence every match holds (and of the repeated parts in it, which
    every match holds once at least), appended to out."""
    parts = _flat(seq)
    for i, (op, av) in enumerate(parts):
        name = str(op)
        if name in _REPEATS and av[0] >= 1:
            _pairs(av[2], out)
        if name == "ASSERT" and av[0] == 1 and not reads_line_break(av[1]):
            # a lookahead reads on from where the match stands, within its paragraph: what it
            # holds follows what the match has read so far (3万和5万户: (?=和…户) after 3万)
            _pairs(parts[:i] + list(av[1]), out)
        if name in _ZERO_WIDTH:
            continue
        after, empty = edge([(op, av)], last=False)
        if after is None or empty or not after[0] and not after[1] or _has_digit(after):
            continue
        before, empty = edge(parts[:i], last=True)
        if before is None or empty or not before[0] and not before[1]:
            continue  # (empty: the part may open the match, the character before it is no part of it)
        second = _written(after)
        gate = f"{second}(?<={_written(before)}{second})"
        if gate not in out:
            out.append(gate)


def parsed_pair_gates(parsed) -> tuple[str, ...]:
    """The pair gates of a parsed pattern, each the source of its search."""
    if parsed.state.flags & re.IGNORECASE or reads_line_break(parsed):
        return ()
    out: list[str] = []
    _pairs(parsed.data, out)
    return tuple(out)


@lru_cache(maxsize=None)
def pair_search(gate: str):
    """The search of a pair gate."""
    return re.compile(gate).search
