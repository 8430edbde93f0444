"""The area of a body taken up again by 该 (该院, 该校, 该行): a figure of a sentence whose clauses before it take up a
body so, and name no area of their own nor carry one on, is of the area named in that body's name — the last body of
that kind named before the sentence (上海市虹口检察院近年来查处的案件为例：…。１９９５年，该院查处罪案４５件: 虹口区's,
not the story's 上海市). Only the last body whose name holds an area is
taken up, where it is of the kind (海口实验中学…。该校…: not an older 学校 of another area; the 中学 is of no kind here). The words live in data/place_this_body.toml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .clauses import last_mark
from .lexicon import alternation, table
from .place_orgs import ADMIN, ORG_RULE
from .place_sentences import value_of
from .record import Record


_ENDS = ("。", "！", "？", "\n")  # where a sentence ends


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int]:
    t = table("place_this_body.toml")
    return (re.compile(f"{re.escape(t['this'])}({alternation(t['kinds'])})(?!{alternation(t['not_after'])})"),
            int(t["reach"]))


def this_body_area(text: str, start: int, pos: int, places: Sequence[Record]) -> Optional[str]:
    """The area of the body that 该 takes up between a sentence's start and a figure at pos (places: the article's
    places before the figure, bodies' areas among them, in their order), else None."""
    this, reach = _words()
    taken = None
    for taken in this.finditer(text, start, pos):
        pass  # (the last one before the figure)
    if taken is None:
        return None
    kind = taken.group(1)
    lo = max(0, start - reach)
    # the last body whose name holds an area, before the sentence: taken up where it is of the kind (海口实验中学…。
    # 该校…: the 中学, no older 学校 of another area)
    body = next((p for p in reversed(places) if p.rule == ORG_RULE and lo <= p.norm_start and p.norm_end <= start),
                None)
    if body is None or not text.endswith(kind, body.norm_start, body.norm_end) or body.level not in ADMIN:
        return None  # (an area at home: a country read in a foreign body's name, 巴林 of 巴林银行, is too unsure)
    # a body named in a sentence that takes up one of its kind before it (该校是由某局和某学校联合创办的) is
    # another, named beside the one taken up
    opened = last_mark(text, _ENDS, lo, body.norm_start) + 1
    return None if this.search(text, opened, body.norm_start) else value_of(body)
