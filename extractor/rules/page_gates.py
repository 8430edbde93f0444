"""Which rules a page can match, and over which of its paragraphs, read off the page in one pass.

Each gate character carries, as the bits of an int, the gates (gate.py) that hold it; one pass
over a paragraph gathers the bits of the gates it holds, and a rule is let through a paragraph
where the paragraph holds all of its own. The paragraphs a rule is scanned over are then read off
those bits (scans), where a search of the whole page for each gate's characters (Paragraphs.scans,
the reference the tests hold this equal to) was over a quarter of rules.find's time, and
compiled a regex for each gate at a process's first page. kept: the same test on a whole page.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from .base import Rule
from .gate import Paragraphs
from .pair_gate import pair_search
from .word_gate import word_search


class GateIndex:
    """The character gates of a list of rules, numbered once."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        numbers: dict[frozenset, int] = {}
        for r in rules:
            for g in r.gates:
                numbers.setdefault(g, len(numbers))
        bits: dict[str, int] = {}
        for g, i in numbers.items():
            for c in g:
                bits[c] = bits.get(c, 0) | 1 << i
        self._bits = bits
        self._chars = frozenset(bits)
        # each rule and the bits of its gates, in the rules' order (the resolver's ties keep it)
        self._needs = [(r, sum(1 << numbers[g] for g in set(r.gates))) for r in rules]
        for r in rules:  # the searches compiled as the package is imported: regex_store.py stores them all
            for words in r.words:
                word_search(words)
            for pair in r.pairs:
                pair_search(pair)

    def held(self, text: str) -> int:
        """The bits of the gates of which the text holds a character."""
        bits = self._bits
        out = 0
        for c in self._chars.intersection(text):
            out |= bits[c]
        return out

    def kept(self, text: str) -> list[Rule]:
        """The rules, in order, of which the text holds a character of every gate."""
        held = self.held(text)
        return [r for r, need in self._needs if need & held == need]

    def scans(self, text: str, paragraphs: Paragraphs) -> Iterator[tuple[Rule, list[tuple[int, int, int]]]]:
        """Each rule, in order, that some paragraph lets through (it holds a character of every gate
        of the rule, and a word of every set of its words), with the runs of those paragraphs to
        scan (Paragraphs.scans' runs). The gates' bits are gathered paragraph by paragraph, one pass
        over the page as for kept: the paragraphs a rule's gates let through are then read off those
        bits, where a search of the page for each gate was a third of rules.find's time."""
        spans = paragraphs.spans()
        held = [self.held(text)] if len(spans) == 1 else [self.held(text[s:e]) for s, e in spans]
        page = 0
        for h in held:
            page |= h
        mask_of: dict[int, int] = {}  # the paragraphs holding the gates of a rule's bits
        word_scans = paragraphs.word_scans
        for r, need in self._needs:
            if need & page != need:
                continue  # some gate of it is nowhere on the page (most rules on a news page)
            mask = mask_of.get(need)
            if mask is None:
                mask, bit = 0, 1
                for h in held:
                    if h & need == need:
                        mask |= bit
                    bit <<= 1
                mask_of[need] = mask
            if mask:
                runs = word_scans(mask, r.words, r.pairs)
                if runs:
                    yield r, runs
