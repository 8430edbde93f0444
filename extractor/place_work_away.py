"""A place where people went to work and from which they bring money home (两个儿子到新疆摘棉花挣回７０００多元,
全家人均纯收入达到１３８０元: the family's village's, not 新疆's): the money counts where the family lives, so
the place of the work is not the area of the figures told with it (data/place_scope.toml work_away_*). Those
who are counted where they work keep it (接收…１２００多名劳务人员到天津务工: 天津市's), as no money is brought
back in their clause."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .record import Record


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    t = table("place_scope.toml")
    return tuple(t["work_away_before"]), re.compile(
        rf"[^\d，。；！？\n]{{0,{int(t['work_away_reach'])}}}?(?:{alternation(t['work_away_brought_back'])})")


def worked_away(text: str, p: Record) -> bool:
    """Whether a place is where people went to earn money they brought back: written right after a verb of
    going (到, 去, 赴) and followed in its clause by a verb of bringing money home (挣回, 寄回)."""
    before, back = _words()
    return text.endswith(before, 0, p.norm_start) and bool(back.match(text, p.norm_end))
