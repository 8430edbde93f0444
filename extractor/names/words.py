"""jieba's words and tags over a page's normalized text, as offsets (built once per page)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Words:
    tokens: list[tuple[int, int, str, str]]  # start, end, word, jieba tag
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [t[0] for t in self.tokens]
        self.start_set = set(self._starts)
        self.end_set = {t[1] for t in self.tokens}
        self.tags: dict[str, str] = {}  # the dictionary's tag of each word jieba knows

    @classmethod
    def of(cls, text: str, segmenter) -> "Words":
        tokens, at = [], 0
        for word, flag in segmenter.pos(text):
            tokens.append((at, at + len(word), word, flag))
            at += len(word)
        words = cls(tokens)
        pos = getattr(segmenter, "_pos", None)
        words.tags = getattr(pos, "word_tag_tab", {}) if pos is not None else {}
        return words

    def is_boundary(self, pos: int) -> bool:
        return pos in self.start_set or pos in self.end_set

    def token_at(self, pos: int) -> Optional[tuple[int, int, str, str]]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if 0 <= i < len(self.tokens) and self.tokens[i][0] <= pos < self.tokens[i][1]:
            return self.tokens[i]
        return None

    def between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i][1] <= end:
            out.append(self.tokens[i])
            i += 1
        return out
