"""Sorted spans and the lookups the name finders make of them, each O(log n + k): a page of
300,000 characters has thousands of places, and scanning all of them per candidate was quadratic."""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter, sub
from typing import Iterable


class Spans:
    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        if not self.spans:  # most of a short page's: nothing to index
            self.starts: list[int] = []
            self.longest = 0
            return
        # built for every page: map() keeps the work at C speed
        self.starts = list(map(itemgetter(0), self.spans))
        self.longest = max(map(sub, map(itemgetter(1), self.spans), self.starts), default=0)

    def _starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return self.spans[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def overlaps(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self._starting_in(s - self.longest, e))

    def contains(self, s: int, e: int, strictly: bool = False) -> bool:
        """Some span holds [s, e) (strictly: and is not [s, e) itself)."""
        return any(a <= s and e <= b and not (strictly and (a, b) == (s, e))
                   for a, b in self._starting_in(s - self.longest, s + 1))

    def covers(self, pos: int) -> bool:
        return self.contains(pos, pos + 1)

    def any_within(self, lo: int, hi: int) -> bool:
        return any(b <= hi for _, b in self._starting_in(lo, hi))


def positions(items: Iterable) -> set[int]:
    """Every offset inside the spans of items (anything with start and end)."""
    return {i for x in items for i in range(x.start, x.end)}


def occurrences(text: str, word: str) -> list[int]:
    """Where word (not empty) is written, left to right, not overlapping: what re.finditer finds,
    with no pattern built or looked up in re's cache per word."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word))
    return out
