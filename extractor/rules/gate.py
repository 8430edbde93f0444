"""A cheap test of whether a rule can match a page at all, read off the rule's own pattern.

Most rules find nothing on most pages (84% of rule scans over 1 MiB of news find nothing), and a
scan costs as much when it finds nothing. Every match of a rule holds each of its pattern's
mandatory parts, so it holds one of the characters a mandatory part can begin with: `%` for
`<number>%`, the first characters of the currency units for `<number><scale>?元`. Paragraphs
without those characters (a test on the set of each paragraph's characters) are never scanned.
The characters are computed from the parsed pattern, never written by hand, so a gate cannot
fall out of step with its rule; a pattern this reader does not understand gets no gate.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from ..word_starts import first_chars
from .pair_gate import pair_search, parsed_pair_gates
from .word_gate import reads_line_break, parsed_gate_words, word_search

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_ZERO_WIDTH = {"ASSERT", "ASSERT_NOT", "AT"}
# the characters a parsed pattern can begin with (shared with the scan for time words)
_first = first_chars


def _mandatory(seq) -> list:
    """The parts of a sequence that every match holds, looking inside plain groups."""
    out = []
    for op, av in seq:
        name = str(op)  # the opcode's name
        if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            out += _mandatory(av[3])
        elif name == "ATOMIC_GROUP":  # (?>…): every match holds what it holds, as a plain group's
            out += _mandatory(av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            out += _mandatory(av[2])
        elif name not in _ZERO_WIDTH:
            out.append((op, av))
    return out


def _ahead(seq) -> list:
    """The parts that every match's lookarounds hold (a lookahead or a lookbehind at a mandatory
    place of the pattern: `(?=[^，。；\\s]{0,10}?[万亿])`, `(?<=[万亿])`), where neither the pattern
    nor the lookaround can read a line break: what such a lookaround reads then stands in the
    paragraph its match starts in, as the match's own characters do (a lookbehind at a paragraph's
    first character reads the line break before it, and fails)."""
    if reads_line_break(seq):
        return []
    out = []
    for op, av in seq:
        name = str(op)
        if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            out += _ahead(av[3])
        elif name == "ATOMIC_GROUP":
            out += _ahead(av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            out += _ahead(av[2])
        elif name == "ASSERT" and not reads_line_break(av[1]):  # (av[0]: 1 ahead, -1 behind)
            out += _mandatory(av[1]) + _ahead(av[1])
    return out


def gate_chars(pattern: re.Pattern) -> list[str]:
    """For each mandatory part of the pattern, the characters one of which every match holds,
    digits left aside (every page has them); empty when the pattern allows no such test."""
    if pattern.flags & re.IGNORECASE:
        return []
    return parsed_gate_chars(_sre.parse(pattern.pattern, pattern.flags))


def parsed_gate_chars(parsed) -> list[str]:
    """gate_chars of a pattern the regex parser has read (rules/compiled.py reads each once)."""
    if parsed.state.flags & re.IGNORECASE:
        return []
    out: list[str] = []
    stays = not reads_line_break(parsed)
    for part in _mandatory(parsed) + _ahead(parsed):
        chars = _part_chars(part, stays)
        if chars is None:
            continue
        written = "".join(sorted(chars))
        if written not in out:
            out.append(written)
    return sorted(out, key=len)


def _part_chars(part, stays: bool) -> Optional[set[str]]:
    """The characters one of which every match of a mandatory part holds (digits left aside), or
    None: those it begins with, else those of _branch_chars."""
    chars, empty = _first([part])
    if chars is None or empty or any(c.isdigit() for c in chars):
        return _branch_chars(part, stays)
    return chars


def _branch_chars(part, stays: bool) -> Optional[set[str]]:
    """For an alternation whose first characters give no test ((?:几|数)万 or (?<=上)万, a branch that
    may begin with a lookbehind or a digit): where each alternative holds a test of its own (its
    smallest), every match holds a character of one of them. stays: the whole pattern reads no line
    break, so an alternative's lookarounds count (_ahead)."""
    op, av = part
    if str(op) != "BRANCH":
        return None
    out: set[str] = set()
    for alt in av[1]:
        own = [c for p in _mandatory(alt) + (_ahead(alt) if stays else [])
               if (c := _part_chars(p, stays)) is not None]
        if not own:
            return None
        out |= min(own, key=lambda c: (len(c), sorted(c)))
    return out


def gate(pattern: re.Pattern) -> tuple[frozenset, ...]:
    """Sets of characters of which a page must hold one of each for the pattern to match it.
    Empty: always scan."""
    return tuple(frozenset(chars) for chars in gate_chars(pattern))


def gates(pattern: re.Pattern) -> tuple[tuple[frozenset, ...], tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """gate(pattern), the sets of words of which a paragraph must hold one of each
    (word_gate.py), and the pairs of characters it must hold (pair_gate.py), from one reading
    of the pattern."""
    if pattern.flags & re.IGNORECASE:
        return (), (), ()
    parsed = _sre.parse(pattern.pattern, pattern.flags)
    return (tuple(frozenset(chars) for chars in parsed_gate_chars(parsed)),
            parsed_gate_words(parsed, _mandatory(parsed)), parsed_pair_gates(parsed))


@lru_cache(maxsize=None)
def _gate_search(gate: frozenset):
    """The search for any character of a gate (line breaks aside: no paragraph holds one)."""
    chars = sorted(gate - {"\n"})
    return re.compile("[" + "".join(map(re.escape, chars)) + "]").search if chars else None


# how far past the end of its paragraph a rule may read (its lookaheads: 以上, 以内, 多万)
_REACH = 32


class Paragraphs:
    """A page cut at its paragraph breaks: a rule is run only over the runs of paragraphs its
    gates let through (a newspaper page holds every character; most of its paragraphs hold no
    `%`). Which paragraphs a gate lets through is one bit mask per gate, shared by the rules that
    have it, found by a search for the gate's characters that skips to the next paragraph after
    each hit (a set of each paragraph's characters, kept for the page, was most of a long page's
    memory)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        at = 0
        for part in text.split("\n"):
            self._starts.append(at)
            at += len(part)
            self._ends.append(at)
            at += 1
        self.every = (1 << len(self._starts)) - 1
        self._masks: dict[frozenset, int] = {}  # a character gate's paragraphs
        # a set of words' (tuple) or a pair gate's (str) paragraphs among those looked at: (looked, held)
        self._held: dict = {}
        self._runs: dict[int, list[tuple[int, int, int]]] = {}  # a mask's scans

    def _paragraphs(self, search) -> int:
        """The mask of the paragraphs holding a match of search (None: no paragraph)."""
        text = self.text
        m = search(text) if search is not None else None
        if m is None or self.every == 1:
            return 0 if m is None else 1
        starts, ends = self._starts, self._ends
        mask = 0
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            mask |= 1 << i
            m = search(text, ends[i] + 1)
        return mask

    def windows(self, gates: tuple[frozenset, ...], words: tuple[tuple[str, ...], ...] = (),
                pairs: tuple[str, ...] = ()) -> list[tuple[int, int]]:
        """(start, end) of each run of paragraphs that holds a character of every gate, a word
        of every set of words and a match of every pair gate."""
        return [(start, end) for start, end, _ in self.scans(gates, words, pairs)]

    def scans(self, gates: tuple[frozenset, ...], words: tuple[tuple[str, ...], ...] = (),
              pairs: tuple[str, ...] = ()) -> list[tuple[int, int, int]]:
        """(start, end, reach(end)) of each of windows' runs. Asked for every rule of a page
        (sixty times): a mask is looked up before one is computed, and the runs of a mask that
        several rules share are cut once."""
        masks = self._masks
        mask = self.every
        for g in gates:
            m = masks.get(g)
            if m is None:
                m = masks[g] = self._paragraphs(_gate_search(g))
            mask &= m
            if not mask:
                return []  # no paragraph holds one of this gate's: the others need no look
        return self.word_scans(mask, words, pairs)

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph, in order: bit i of a mask is paragraph i."""
        return list(zip(self._starts, self._ends))

    def word_scans(self, mask: int, words: tuple[tuple[str, ...], ...] = (),
                   pairs: tuple[str, ...] = ()) -> list[tuple[int, int, int]]:
        """scans' runs of the paragraphs of a mask (those its character gates let through) that hold
        a word of every set of words and a match of every pair gate (a pair gate's search is
        keyed by its source, a str, a set of words by its tuple). The pairs first: they let
        fewer paragraphs through, so a rule's words are less often searched for (find -2%)."""
        for pair in pairs:
            mask = self._holding(pair, pair_search, mask)
            if not mask:
                return []
        for w in words:
            mask = self._holding(w, word_search, mask)
            if not mask:
                return []
        runs = self._runs.get(mask)
        if runs is None:
            runs = self._runs[mask] = self._cut(mask)
        return runs

    def _holding(self, gate, search_of, mask: int) -> int:
        """The paragraphs of mask that hold a match of a set of words or a pair gate (search_of
        gives its search). Neither reads past its paragraph (word_gate.py, pair_gate.py), so only
        the runs of the mask's paragraphs are searched, each alone (the others are a rule's
        character gates' and hold nothing it needs: 60% of the paragraphs); what is found is kept
        with the paragraphs looked at, for the next rule that asks."""
        looked, held = self._held.get(gate, (0, 0))
        todo = mask & ~looked
        if todo:
            search, text, starts, ends = search_of(gate), self.text, self._starts, self._ends
            runs = self._runs.get(todo)
            if runs is None:
                runs = self._runs[todo] = self._cut(todo)
            for start, end, _ in runs:
                m = search(text, start, end)  # (end: the run's; a lookbehind still reads before start)
                while m is not None:
                    i = bisect_right(starts, m.start()) - 1
                    held |= 1 << i
                    m = search(text, ends[i] + 1, end)
            self._held[gate] = (looked | todo, held)
        return held & mask

    def _cut(self, mask: int) -> list[tuple[int, int, int]]:
        """The runs of a mask's set bits, as (start, end, reach(end)) of their paragraphs."""
        if mask == self.every:
            return [(0, self.length, self.length)]
        out = []
        while mask:
            first = (mask & -mask).bit_length() - 1
            run = mask >> first
            length = ((run + 1) & ~run).bit_length() - 1  # the lowest clear bit above the run
            end = self._ends[first + length - 1]
            out.append((self._starts[first], end, self.reach(end)))
            mask &= ~(((1 << length) - 1) << first)
        return out

    def reach(self, end: int) -> int:
        """Where a scan of a window ending at `end` stops: its lookaheads still read on."""
        return min(self.length, end + _REACH)
