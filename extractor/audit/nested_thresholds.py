"""nested_thresholds: parts named by open-top thresholds on one scale hold one another.

    其中，100Mbps 及以上接入速率用户 2315.4 万户，…；1000Mbps 及以上接入速率用户 824.3 万户
Every user at 1000Mbps or more is also one at 100Mbps or more: the parts are nested, not disjoint,
so their sum may well pass the total (sum.py then makes no claim of an excess). Two parts at least
must each name a threshold (a number, then `及以上`/`以上`/`及其以上`, data/cues.toml [sum]
open_top) in their own clause.

Not nested: age groups closed at the top but the last (`0—15 岁`, `16—59 岁`, `60 岁及以上`), which
partition (only one part is open), and parts with no threshold (`城镇 a，乡村 b`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _threshold() -> re.Pattern:
    tops = "|".join(re.escape(w) for w in sorted(cues.words("sum", "open_top"), key=len, reverse=True))
    return re.compile(rf"[0-9０-９.．]+\s*[A-Za-z/个岁年元万亿千百十吨亩米]*\s*(?:{tops})")


def nested(view: PageView, parts: list[Num]) -> bool:
    """Whether two of `parts` or more are named by an open-top threshold in their own clause."""
    found = 0
    for p in parts:
        said = view.text[view.clause_start(p.start):p.start].replace("\n", "")
        found += bool(_threshold().search(said))
    return found >= 2
