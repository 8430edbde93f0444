"""jieba's words and tags over a page's normalized text, as offsets (built once per page)."""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Mapping, Sequence
from itertools import accumulate, compress, count
from typing import Iterable, Optional, Protocol

# above this many words, indices_of looks each token up in a set rather than finding each word
_FEW_WORDS = 8


class Tokens(Sequence):
    """The page's tokens as (start, end, word, jieba tag) tuples, made when one is asked for:
    a tuple and two offsets a token, kept for a whole page, were a third of a long page's memory."""

    __slots__ = ("_starts", "_ends", "_texts", "_flags")

    def __init__(self, starts: array, ends: array, texts: list[str], flags: list[str]) -> None:
        self._starts, self._ends, self._texts, self._flags = starts, ends, texts, flags

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self._starts[i], self._ends[i], self._texts[i], self._flags[i]))
        return self._starts[i], self._ends[i], self._texts[i], self._flags[i]


class Boundaries:
    """The offsets where a token starts (or ends): `pos in words.start_set`. The tokens follow
    one another, so a start is the end of the token before: one byte a character marks both."""

    __slots__ = ("_mask", "_skip")

    def __init__(self, mask: bytearray, skip: int) -> None:
        self._mask, self._skip = mask, skip  # the one boundary that is not one of these

    def __contains__(self, pos: object) -> bool:
        return isinstance(pos, int) and 0 <= pos < len(self._mask) and pos != self._skip \
            and self._mask[pos] == 1


class _Marks(dict):
    """The marks of a token of n characters in Words' mask: n - 1 zeros and a one (none for an
    empty token, whose end is the token's before it). Remembered for the short tokens only: a
    long run of signs or spaces is one token, written once."""

    def __missing__(self, n: int) -> str:
        marks = "\x00" * (n - 1) + "\x01" if n else ""
        if n <= _MARKED:
            self[n] = marks
        return marks


_MARKED = 64


_MARKS = _Marks()


class WordBounds(Protocol):
    """What the places' scan reads of jieba's words: the page's (Words), or the blocks around the
    names only (block_words.BlockWords)."""

    tags: Mapping[str, str]

    def is_boundary(self, pos: int) -> bool: ...

    def token_at(self, pos: int) -> Optional[tuple[int, int, str, str]]: ...


class Words:
    def __init__(self, texts: list[str], flags: list[str]) -> None:
        # offsets as machine integers, not an int object each
        self._ends = array("i", accumulate(map(len, texts)))
        self._starts = array("i", [0]) + self._ends[:-1] if texts else array("i")
        self.tokens = Tokens(self._starts, self._ends, texts, flags)
        size = self._ends[-1] if texts else 0
        # 1 at the page's start and at each token's end: a token of n characters writes n - 1
        # zeros and a one, joined at C speed (a Python step a token: 0.026 s of 800 articles,
        # this 0.015)
        mask = bytearray(b"\x01" + "".join(map(_MARKS.__getitem__, map(len, texts))).encode("latin-1")) \
            if texts else bytearray(1)
        self._mask = mask
        # a start is any boundary but the page's end; an end any but its start
        self.start_set = Boundaries(mask, size)
        self.end_set = Boundaries(mask, 0)
        self.tags: Mapping[str, str] = {}  # the dictionary's tag of each word jieba knows
        # the finders look at a few tokens only (a tag's, a few words'): picked out at C speed
        # (list.index, str.find), where a Python loop over a page's every token was much of their time
        self.texts: list[str] = texts
        self._flags: list[str] = flags
        self.flags: list[str] = flags  # each token's tag, by index as texts (read, never changed)
        self._tagged: dict[str, list[int]] = {}
        self._sizes: Optional[list[int]] = None
        self._text: Optional[str] = None  # the page's text, as the tokens' offsets count it

    @classmethod
    def of(cls, text: str, segmenter) -> "Words":
        columns = getattr(segmenter, "columns", None)
        if columns is not None:
            words = cls(*columns(text))
            words.tags = segmenter.dictionary_tags()
            if len(words._mask) == len(text) + 1:
                # the tokens are the text cut up (their offsets count in it): indices_of reads the
                # page's own text, where joining the tokens again was a second copy of the page
                words._text = text
            return words
        pairs = list(zip(*segmenter.pos(text)))  # the words and their tags; none for no words
        texts, flags = pairs if pairs else ((), ())
        words = cls(list(texts), list(flags))
        pos = getattr(segmenter, "_pos", None)
        words.tags = getattr(pos, "word_tag_tab", {}) if pos is not None else {}
        return words

    def indices_tagged(self, tag: str) -> list[int]:
        """Indices of the tokens jieba tags `tag`, in text order (computed once per tag)."""
        if tag not in self._tagged:
            self._tagged[tag] = indices(self._flags, tag)
        return self._tagged[tag]

    def indices_sized(self, size: int) -> list[int]:
        """Indices of the tokens of `size` characters, in text order."""
        if self._sizes is None:
            self._sizes = list(map(len, self.texts))
        return indices(self._sizes, size)

    def indices_of(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose text is one of a few `words`, in text order, found with
        str.find in the text the tokens make up: faster than a look at every token when the
        words are few and seldom written. Many distinct words (the titles: a hundred) are
        looked up token by token in a set, at C speed: a find of each word over the page was
        a tenth of a second of a run over 800 articles."""
        distinct = isinstance(words, (set, frozenset))
        if not distinct:
            words = list(words)
        # (a set's words are distinct already: copied to be counted again, a title list of a
        # hundred was a copy a call, three calls a page)
        if len(words) > _FEW_WORDS and (distinct or len(set(words)) == len(words)):
            wanted = words if distinct else frozenset(words)
            return list(compress(count(), map(wanted.__contains__, self.texts)))
        if self._text is None:
            self._text = "".join(self.texts)
        text, out = self._text, []
        for word in words:
            at = text.find(word)
            while at >= 0:
                i = bisect.bisect_left(self._starts, at)
                if i < len(self.texts) and self._starts[i] == at and self.texts[i] == word:
                    out.append(i)
                at = text.find(word, at + 1)
        return sorted(out)

    def is_boundary(self, pos: int) -> bool:
        return isinstance(pos, int) and 0 <= pos < len(self._mask) and self._mask[pos] == 1

    # token_at and between make their tuples here rather than through self.tokens: the finders
    # call them tens of thousands of times a run, and a second Python call each was a tenth of
    # their time
    def token_at(self, pos: int) -> Optional[tuple[int, int, str, str]]:
        i = bisect.bisect_right(self._starts, pos) - 1  # the last token starting at or before pos
        if i >= 0 and pos < self._ends[i]:
            return self._starts[i], self._ends[i], self.texts[i], self._flags[i]
        return None

    def between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The tokens from the first starting at or after start, up to the first that ends after end."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._ends, end)
        return list(zip(self._starts[lo:hi], self._ends[lo:hi], self.texts[lo:hi], self._flags[lo:hi]))


def indices(items: list, value: object) -> list[int]:
    """Indices of value in items: list.index scans in C, one Python step per item found."""
    out: list[int] = []
    if value not in items:
        # (most tags and sizes asked for are absent from a short page: a miss raised and caught
        # in list.index cost more than the page's whole scan)
        return out
    try:
        at = items.index(value)
        while True:
            out.append(at)
            at = items.index(value, at + 1)
    except ValueError:
        return out
