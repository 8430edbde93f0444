"""Where the two-character strings of a set begin in a text, tested for every position at C speed.

A Python loop over a page's positions was most of the places' time, and so was a string made for
each pair: read as UTF-16, a text's pairs at even positions are the 32-bit numbers of its bytes,
and those at odd positions the numbers of its bytes from the third on, so map() tests them all
against a set of numbers with no string made."""
from __future__ import annotations

from itertools import compress, count
from operator import add
from typing import Iterable

# a native unsigned int ('I') is 32 bits wide wherever CPython runs
_UINT32 = "I"


def _codes(pairs: str) -> list[int]:
    """The numbers of the pairs of characters written one after another (all within the BMP)."""
    return memoryview(pairs.encode("utf-16-le", "surrogatepass")).cast(_UINT32).tolist()


class Pairs:
    def __init__(self, pairs: Iterable[str]) -> None:
        self._strs = frozenset(p for p in pairs if len(p) == 2)
        # a pair with a character beyond the BMP takes more than 4 bytes: it is found by string.
        # The others are encoded in one string and read back as numbers in one pass: a call per
        # pair was a tenth of a second for the gazetteer's 20,000 pairs, before the first page
        bmp = [p for p in self._strs if max(p) <= "\uffff"]
        self._codes = frozenset(_codes("".join(bmp)))

    def starts(self, text: str) -> list[int]:
        """The positions where one of the pairs begins, in order."""
        data = text.encode("utf-16-le", "surrogatepass")
        if len(data) != 2 * len(text):  # a character beyond the BMP: positions are no longer bytes / 2
            return list(compress(count(), map(self._strs.__contains__, map(add, text, text[1:]))))
        hit = self._codes.__contains__
        even = memoryview(data[:len(data) // 4 * 4]).cast(_UINT32)
        odd = memoryview(data[2:2 + (len(data) - 2) // 4 * 4]).cast(_UINT32)
        out = list(compress(count(0, 2), map(hit, even)))
        out += compress(count(1, 2), map(hit, odd))
        out.sort()
        return out
