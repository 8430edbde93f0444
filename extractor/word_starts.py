"""Where the matches of a zero-width search (`(?=(?:去年|今年|…))`) can start, found fast.

A pattern that begins with a lookahead gives the regex engine no first character to look for,
so it tries the whole pattern at every position of a page (most of the time of such a scan).
The same positions come from a pattern that begins with a class of the characters a match can
start with (the engine skips to those at once) and checks the lookahead behind that character:
`[去今…](?<=(?=(?:去年|今年|…))[去今…])`. The class is read off the parsed pattern, never
written by hand; a pattern whose first characters cannot be read keeps its own form.
"""
from __future__ import annotations

import re
from typing import Optional

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_MAX_RANGE = 256  # a class wider than this (any CJK character) is no use as a first test


def class_chars(items) -> Optional[set[str]]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)  # the opcode's name
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_RANGE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, a category (\d, \w), a wide range
    return out


def first_chars(seq) -> tuple[Optional[set[str]], bool]:
    """(the characters a match of a parsed sequence can begin with, whether it can match
    nothing); None where any character could begin it. Zero-width parts are stepped over."""
    chars: set[str] = set()
    for op, av in seq:
        name = str(op)  # the opcode's name
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "LITERAL":
            return chars | {chr(av)}, False
        if name == "IN":
            cls = class_chars(av)
            return (None if cls is None else chars | cls), False
        if name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None, False  # (?i:km): the letters may be written in either case
            sub, empty = first_chars(av[3])
        elif name == "ATOMIC_GROUP":  # (?>…): what it holds, matched once
            sub, empty = first_chars(av)
        elif name == "BRANCH":
            parts = [first_chars(alt) for alt in av[1]]
            if any(p is None for p, _ in parts):
                return None, False
            sub, empty = set().union(*(p for p, _ in parts)), any(e for _, e in parts)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False  # ANY, NOT_LITERAL, a group reference, ...
        if sub is None:
            return None, False
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def starts_scanner(pattern: re.Pattern) -> re.Pattern:
    """A pattern whose matches start where those of `pattern` (a lookahead alone: `(?=X)`)
    do, each one character long; `pattern` itself where that form cannot be built."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
        if len(parsed.data) != 1 or str(parsed.data[0][0]) != "ASSERT" or parsed.data[0][1][0] != 1:
            return pattern  # only a lookahead alone has every start of its matches zero wide
        chars, empty = first_chars(parsed.data[0][1][1])
        if not chars or empty or "\n" in chars:
            return pattern
        cls = "[" + "".join(map(re.escape, sorted(chars))) + "]"
        return re.compile(f"{cls}(?<={pattern.pattern}{cls})", pattern.flags)
    except re.error:
        return pattern  # a group reference inside the lookahead: not allowed behind


def _engine_has_start(parsed) -> bool:
    """Whether the regex engine finds a first character to skip to by itself: the pattern
    begins with a character, a class, or an alternation whose every branch begins with a
    character (as re's compiler reads it; anything else, it tries at every position)."""
    data = parsed.data
    while data and str(data[0][0]) == "SUBPATTERN":
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    name = str(op)
    if name in ("LITERAL", "IN"):
        return True
    return name == "BRANCH" and all(alt.data and str(alt.data[0][0]) == "LITERAL" for alt in av[1])


def led_by_first_chars(pattern: re.Pattern) -> re.Pattern:
    """The pattern for a scan (finditer, search), led by a lookahead for the characters its
    matches can begin with where the engine has none to skip to (a lookbehind, a repeat or
    a group first): a look at one character, where the engine tried the whole pattern at every
    position of a page (5x faster scans of the period words). The same matches: every match
    begins with one of those characters. The pattern itself where the engine has a first
    character already (a lookahead there only slows it) or the characters cannot be read."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled
        return pattern
    if _engine_has_start(parsed):
        return pattern
    chars, empty = first_chars(parsed.data)
    if not chars or empty:
        return pattern
    cls = "[" + "".join(map(re.escape, sorted(chars))) + "]"
    try:
        return re.compile(f"(?={cls})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags written at the pattern's start ((?s)...) may stand nowhere else
        return pattern
