"""jieba's words of a page cut only where a name finder asks about them: the stretch of characters
jieba cuts as one block (Chinese characters, Latin letters, digits and a few signs, between
punctuation or spaces) around the position asked, cut once and remembered. jieba cuts each such
block by itself, so its words there are the words a cut of the whole page gives. For the places'
scan on a run that needs no other names (scope alone: a numeric run): the data's names are read
where words begin and end (no 新建县 in 新建/县域, no 金平 in 租金/平均) without cutting the page."""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Optional

from .words import Words

if TYPE_CHECKING:
    from ..segment import Segmenter

# the characters jieba's cut keeps together in a block (its regular expression of Chinese
# characters, with every CJK range, Latin letters, digits and + # & . _ % -); any other character
# (punctuation, spaces) is a word of its own and ends a block
_BLOCK_CHAR = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1fa-zA-Z0-9+#&._%\\-"
_BLOCK = re.compile(f"[{_BLOCK_CHAR}]+")
_SIGN = "x"  # posseg's tag of a sign or a space
_JOIN = "\n"  # what the blocks cut together are joined by: no character of a block


class BlockWords:
    """The part of Words' answers the places' scan reads (is_boundary, token_at, tags), from the
    blocks cut on demand. A block is cut at most once: the time is linear in the page's length."""

    def __init__(self, text: str, segmenter: "Segmenter") -> None:
        self._text = text
        self._segmenter = segmenter
        spans = [m.span() for m in _BLOCK.finditer(text)]
        self._starts = array("i", [a for a, _ in spans])
        self._ends = array("i", [b for _, b in spans])
        # a cut block's index: the words it is in and what to take from a page offset to read them
        self._cut: dict[int, tuple[int, Words]] = {}
        self.tags: Mapping[str, str] = segmenter.dictionary_tags()

    def prepare(self, positions: Iterable[int]) -> None:
        """Cuts the blocks holding these positions (those the scan will ask about) in one call:
        joined by line breaks, where jieba's cut ends a block anyway. A call a block was most of
        the time a page of short blocks took."""
        starts, ends, cut = self._starts, self._ends, self._cut
        wanted = sorted({i for pos in positions if (i := bisect.bisect_right(starts, pos) - 1) >= 0
                         and pos < ends[i] and i not in cut})
        if not wanted:
            return
        pieces, at, shifts = [], 0, []
        for i in wanted:
            pieces.append(self._text[starts[i]:ends[i]])
            shifts.append(starts[i] - at)
            at += ends[i] - starts[i] + len(_JOIN)
        words = Words.of(_JOIN.join(pieces), self._segmenter)
        for i, shift in zip(wanted, shifts):
            cut[i] = (shift, words)

    def _words(self, i: int) -> tuple[int, Words]:
        """Block i's words and what to take from a page offset to read them: cut now if no
        prepare() cut it."""
        known = self._cut.get(i)
        if known is None:
            a, b = self._starts[i], self._ends[i]
            known = self._cut[i] = (a, Words.of(self._text[a:b], self._segmenter))
        return known

    def is_boundary(self, pos: int) -> bool:
        """Whether a word of the cut starts or ends at pos (a block's edges are such)."""
        if not 0 <= pos <= len(self._text):
            return False
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._ends[i] or pos == self._starts[i]:
            return True
        shift, words = self._words(i)
        return words.is_boundary(pos - shift)

    def token_at(self, pos: int) -> Optional[tuple[int, int, str, str]]:
        """The word holding the character at pos: (start, end, word, tag); a character outside any
        block is a word of its own."""
        if not 0 <= pos < len(self._text):
            return None
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._ends[i]:
            return pos, pos + 1, self._text[pos], _SIGN
        shift, words = self._words(i)
        tok = words.token_at(pos - shift)
        return None if tok is None else (tok[0] + shift, tok[1] + shift, tok[2], tok[3])
