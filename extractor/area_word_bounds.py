"""Whole-area, nearby-area and country words written inside a longer word are not those words: 资本市场 (a
capital market) holds 本市, 健全市场体系 全市, 健全国有资产 全国, yet none points to a city or the country. The
pattern of these words refuses a match whose first character ends a word with the character before it
(data/place_scope.toml area_word_inside), so a report's 资本市场培训１４万人次 keeps its province."""
from __future__ import annotations

import re
from typing import Iterable

from .lexicon import table


def area_pattern(words: Iterable[str]) -> str:
    """A regex alternation of area words (longest first, as lexicon.alternation), each refusing a
    start right after a character that makes a word with its first (资|本市, 健|全市)."""
    inside = table("place_scope.toml")["area_word_inside"]
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        before = inside.get(word[0], "")
        parts.append((f"(?<![{re.escape(before)}])" if before else "") + re.escape(word))
    return "|".join(parts)
