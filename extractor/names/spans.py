"""Sorted spans and the lookups the name finders make of them, each O(log n + k): a page of
300,000 characters has thousands of places, and scanning all of them per candidate was quadratic."""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable


class Spans:
    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

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
