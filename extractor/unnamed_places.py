"""An area the text leaves unnamed (某地一家公司, 某市残联), or a body named by a letter alone as a hypothetical
example names it (如果Ａ公司购并Ｂ企业): a figure told of it has no place, rather than the article's main place (bench/gold/README.md: null where no area is named; data/place_scope.toml [unnamed])."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .lexicon import alternation, table
from .page import Page
from .place_orgs import ORG_RULE
from .record import Record


@lru_cache(maxsize=1)
def _unnamed() -> tuple[re.Pattern, int]:
    t = table("place_scope.toml")["unnamed"]
    signs = t["letter_signs"]
    # (the sign stands alone: no letter or digit right before it, ＩＢＭ公司 is named)
    letter = rf"(?<![A-Za-z0-9])[{signs}](?:{alternation(t['letter_bodies'])})"
    return re.compile(f"(?:{alternation(t['words'])}|{letter})"), int(t["reach"])


def unnamed_before(page: Page, fact: Record, inside_article: Callable[[int, int], list[Record]]) -> bool:
    """Whether the nearest area word before the fact in its paragraph, within reach, is an unnamed one
    (某地, 某市): no area is named between it and the fact (an area inside a body's name, 中国 of
    中国防伪协会, names the body, not where the figure is)."""
    words, reach = _unnamed()
    para = page.layout.paragraphs[fact.paragraph] if 0 <= fact.paragraph < len(page.layout.paragraphs) else None
    lo = max(para.start if para is not None else 0, fact.norm_start - reach)
    last = None
    for last in words.finditer(page.text, lo, fact.norm_start):
        pass
    if last is None:
        return False
    after = [p for p in inside_article(fact.article, fact.norm_start) if p.norm_start >= last.end()]
    bodies = {p.norm_start for p in after if p.rule == ORG_RULE}  # (read once as the body's, once alone)
    return not any(p.norm_start not in bodies for p in after)


def unnamed_level(text: str, at: int) -> bool:
    """Whether a level word (省政府, 市委) stands right after the mark of an unnamed area (某省政府)."""
    return text.endswith(tuple(table("place_scope.toml")["unnamed"]["marks"]), 0, at)
