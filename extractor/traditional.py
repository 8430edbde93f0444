"""Words written in traditional characters as well (我國 beside 我国): older pages use them, and the
words that weigh a page's scope must read there as in simplified text (data/traditional.toml)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from .lexicon import table


@lru_cache(maxsize=1)
def _to_traditional() -> dict[int, str]:
    return str.maketrans(table("traditional.toml")["chars"])


def spellings(words: Iterable[str]) -> list[str]:
    """Each word and, where it differs, its traditional spelling (全国 → 全国, 全國)."""
    out: list[str] = []
    for w in words:
        out.append(w)
        t = w.translate(_to_traditional())
        if t != w:
            out.append(t)
    return out
