"""Language data (classifiers, units, qualifiers, filters) read from the files in data/."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


def _data(name: str):
    return resources.files("extractor.data").joinpath(name)


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-word-a-line file, comments (#) and blanks skipped."""
    with _data(name).open(encoding="utf-8") as f:
        words = [ln.split("#", 1)[0].strip() for ln in f]
    return tuple(w for w in words if w)


@lru_cache(maxsize=None)
def table(name: str) -> dict:
    with _data(name).open("rb") as f:
        return tomllib.load(f)


def alternation(words, escape: bool = True) -> str:
    """A regex alternation of words, longest first so that 人次 wins over 人."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in items)


def qualifier_of(position: str, word: str | None) -> str | None:
    """The qualifier (about/over/under) that a word standing `before`/`between`/`after` a number gives."""
    if not word:
        return None
    for qual, words in table("qualifiers.toml")[position].items():
        if word in words:
            return qual
    return None


def qualifier_words(position: str) -> list[str]:
    return [w for words in table("qualifiers.toml")[position].values() for w in words]
