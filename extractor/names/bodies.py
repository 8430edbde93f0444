"""Government agencies named by their level and the agency, full or abbreviated (县发改局,
区人社局, 省财政厅): segmentation cuts them badly (县/发/改局), so they are found on the text.
The agencies' stems and endings are in data/names/bodies.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, table

_CJK = re.compile(r"[\u4e00-\u9fff]")
# the characters that may stand right before a bare level word: conjunctions, prepositions, 的
_OPEN = frozenset("和与及的在由向对经从跟给被让为是")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, str, tuple[str, ...]]:
    t = table("names/bodies.toml")
    agency = f"(?:{alternation(t['stems'])})(?:{alternation(t['endings'])})"
    return re.compile(f"[{re.escape(t['levels'])}]{agency}"), t["not_after"], tuple(t["after_words"])


def find_agencies(text: str, place_starts: dict[int, int]) -> list[tuple[int, int]]:
    """Spans of level word + agency where no other word comes before the level word (县发改局,
    not 全县发改局), or where a place ends with the level word (湘潭县发改局: the name starts
    with the places; place_starts maps each place's end to its start)."""
    pattern, not_after, after_words = _pattern()
    out = []
    for m in pattern.finditer(text):
        start = m.start()
        if start + 1 in place_starts:
            start = place_starts[start + 1]
            while start in place_starts:  # 湖南省湘潭市 湘潭县…: the run of places heads the name
                start = place_starts[start]
        else:
            before = text[start - 1] if start else ""
            if before and (before in not_after or _CJK.match(before) and before not in _OPEN
                           and not text.endswith(after_words, 0, start)):
                continue
        out.append((start, m.end()))
    return out
