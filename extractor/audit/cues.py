"""The audit's language data: the cue words in data/cues.toml, the category sets in
data/complementary.toml, read once."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def table(name: str) -> dict:
    """One of the audit's data files (extractor/audit/data/NAME), read once."""
    with resources.files("extractor.audit").joinpath("data", name).open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=None)
def words(section: str, key: str) -> tuple[str, ...]:
    """A cue list, longest first so that 分别为 wins over 分别."""
    return tuple(sorted(table("cues.toml")[section][key], key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def pattern(section: str, key: str) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in words(section, key)))


def number(section: str, key: str) -> float:
    """A number setting in data/cues.toml."""
    return float(table("cues.toml")[section][key])


def complementary_sets() -> list[tuple[str, ...]]:
    return [tuple(s) for s in table("complementary.toml")["sets"]]


def ends_with_any(text: str, section: str, key: str) -> str | None:
    for w in words(section, key):
        if text.endswith(w):
            return w
    return None


def contains_any(text: str, section: str, key: str) -> str | None:
    for w in words(section, key):
        if w in text:
            return w
    return None


def strip_words(text: str, section: str, key: str, left: bool = True, right: bool = True) -> str:
    """The text without the section's words at its ends (each end read again until none is left:
    `将近约` loses all three)."""
    ws = words(section, key)
    changed = True
    while changed and text:
        changed = False
        for w in ws:
            if left and text.startswith(w):
                text, changed = text[len(w):], True
            if right and text.endswith(w):
                text, changed = text[:-len(w)], True
    return text


def unit_groups() -> list[tuple[str, ...]]:
    return [tuple(g) for g in table("cues.toml")["units"]["same"]]


@lru_cache(maxsize=None)
def word_groups(section: str, key: str) -> tuple[tuple[str, ...], ...]:
    """Groups of words that mean the same in a label (`费` and `支出`)."""
    return tuple(tuple(g) for g in table("cues.toml")[section][key])


def direction(label: str, section: str) -> str | None:
    """'up' or 'down' where the words before a stated change end with one of the section's
    words of rising or falling (增长, 下降), else None; a 了 after the verb is read through."""
    label = label.rstrip("了")
    for way in ("up", "down"):
        if any(label.endswith(w) for w in words(section, way)):
            return way
    return None
