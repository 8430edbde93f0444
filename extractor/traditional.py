"""Traditional characters, one table both ways (data/traditional.txt: each traditional character
and the simplified one it stands for). Older pages are printed in traditional characters: the
metric rules read such a page in simplified form (metric_script.py), and the words that weigh a
page's scope (我國 beside 我国) are matched in both spellings (place_words.py). A page holding
any reads in its simplified view throughout (page.py)."""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Iterable

from .lexicon import word_list


@lru_cache(maxsize=1)
def to_simplified() -> dict[int, str]:
    """str.translate's table from each traditional character (variants too) to its simplified one."""
    return {ord(pair[0]): pair[1] for pair in word_list("traditional.txt")}


def simplified_view(text: str) -> str:
    """The text with its traditional characters in simplified form, the same length; the very
    text object where it holds none (so a caller tells the two cases apart by identity)."""
    view = text.translate(to_simplified())
    return text if view == text else view


@lru_cache(maxsize=1)
def _to_traditional() -> dict[str, tuple[str, ...]]:
    # a simplified character may stand for more than one traditional form (the era's variants,
    # 産 beside 產): a word is spelled with each
    forms: dict[str, list[str]] = {}
    for pair in word_list("traditional.txt"):
        forms.setdefault(pair[1], []).append(pair[0])
    return {simple: tuple(trad) for simple, trad in forms.items()}


def spellings(words: Iterable[str]) -> list[str]:
    """Each word and, where it differs, its traditional spellings (全国 → 全国, 全國)."""
    forms = _to_traditional()
    out: list[str] = []
    for w in words:
        out.append(w)
        if any(ch in forms for ch in w):
            out += ["".join(p) for p in product(*(forms.get(ch, (ch,)) for ch in w))]
    return out
