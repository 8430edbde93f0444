"""An adverb saying the figure holds for each thing named, or for all of them at once (`均`, `双双`,
`分别`, `各自`), is no part of what is measured: `利润和税金均增长15%` measures `利润和税金增长`, and a
metric left as that adverb alone names nothing. The words live in data/metric.toml, section [collective].
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    t = table("metric.toml")["collective"]
    # 均 closing a per-unit word (人均, 年均, 亩均) is that word's, never the adverb
    per = re.escape("".join(t["per_heads"]))
    adverb = f"(?:{alternation(t['adverbs'])}|(?<![{per}])均)"
    return re.compile(f"(?P<stem>.*?){adverb}(?P<change>{alternation(t['changes'])})?")


def without_collective(phrase: str | None) -> str | None:
    """The phrase less a trailing collective adverb (kept before its change word); None where only the
    adverb was left."""
    if not phrase:
        return phrase
    m = _pattern().fullmatch(phrase)
    if not m:
        return phrase
    return (m.group("stem") + (m.group("change") or "")) if m.group("stem") else None
