"""jieba's words and tags over a page's normalized text, as offsets (built once per page)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Iterable, Optional


@dataclass
class Words:
    tokens: list[tuple[int, int, str, str]]  # start, end, word, jieba tag
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = list(map(itemgetter(0), self.tokens))
        self._ends = list(map(itemgetter(1), self.tokens))  # sorted too: the tokens follow one another
        self.start_set = set(self._starts)
        self.end_set = set(self._ends)
        self.tags: dict[str, str] = {}  # the dictionary's tag of each word jieba knows
        # the finders look at a few tokens only (a tag's, a few words'): picked out at C speed
        # (list.index, str.find), where a Python loop over a page's every token was much of their time
        self.texts: list[str] = list(map(itemgetter(2), self.tokens))
        self._flags: list[str] = list(map(itemgetter(3), self.tokens))
        self._tagged: dict[str, list[int]] = {}
        self._sizes: Optional[list[int]] = None
        self._text: Optional[str] = None  # the page's text, as the tokens' offsets count it

    @classmethod
    def of(cls, text: str, segmenter) -> "Words":
        # the offsets of a page's thousands of words, summed at C speed rather than in a loop
        columns = list(zip(*segmenter.pos(text)))  # the words and their tags; none for no words
        texts, flags = columns if columns else ((), ())
        ends = list(accumulate(map(len, texts)))
        words = cls(list(zip([0] + ends[:-1], ends, texts, flags)))
        pos = getattr(segmenter, "_pos", None)
        words.tags = getattr(pos, "word_tag_tab", {}) if pos is not None else {}
        return words

    def indices_tagged(self, tag: str) -> list[int]:
        """Indices of the tokens jieba tags `tag`, in text order (computed once per tag)."""
        if tag not in self._tagged:
            self._tagged[tag] = _indices(self._flags, tag)
        return self._tagged[tag]

    def indices_sized(self, size: int) -> list[int]:
        """Indices of the tokens of `size` characters, in text order."""
        if self._sizes is None:
            self._sizes = list(map(len, self.texts))
        return _indices(self._sizes, size)

    def indices_of(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose text is one of a few `words`, in text order, found with
        str.find in the text the tokens make up: faster than a look at every token when the
        words are few and seldom written."""
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
        return pos in self.start_set or pos in self.end_set

    def token_at(self, pos: int) -> Optional[tuple[int, int, str, str]]:
        i = bisect.bisect_right(self._starts, pos) - 1  # the last token starting at or before pos
        return self.tokens[i] if i >= 0 and pos < self._ends[i] else None

    def between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The tokens from the first starting at or after start, up to the first that ends after end."""
        return self.tokens[bisect.bisect_left(self._starts, start):bisect.bisect_right(self._ends, end)]


def _indices(items: list, value: object) -> list[int]:
    """Indices of value in items: list.index scans in C, one Python step per item found."""
    out: list[int] = []
    try:
        at = items.index(value)
        while True:
            out.append(at)
            at = items.index(value, at + 1)
    except ValueError:
        return out
