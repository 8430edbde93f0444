"""A trade partner named for a figure (对东盟进出口增长19%, 香港同南非之间的贸易额, 英国对中国出口增长20%):
the area that trades with the one whose figure it is, not that figure's area (bench/gold/README.md:
China's trade with the US is about 中国). place_words.is_source reads it with the other places that
only say where something comes from or goes."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .record import Record


@lru_cache(maxsize=1)
def _partner() -> tuple[re.Pattern, re.Pattern]:
    t = table("place_scope.toml")
    # before the place: the partner's word, then other partners each joined on (对中亚五国、|东盟)
    before = re.compile(rf"(?:{alternation(t['partner_before'])})"
                        rf"(?:[^\W\d_]{{1,{int(t['partner_gap_longest'])}}}?(?:{alternation(t['source_joins'])}))*$")
    # after it: a few words of its own (五国, 市场), other partners joined on, a link (之间的), the trade's word
    gap = int(t['partner_gap_longest'])
    after = re.compile(rf"[^\W\d_]{{0,{gap}}}?(?:(?:{alternation(t['source_joins'])})[^\W\d_]{{1,{gap}}}?)*"
                       rf"(?:{alternation(t['partner_links'])})?(?:{alternation(t['partner_after'])})")
    return before, after


def trade_partner(text: str, p: Record) -> bool:
    """Whether a place names the partner of a trade figure: after 对/同/与/向 and before 进出口, 出口,
    贸易… (对美国出口; not 美国对华出口, where 美国 is the exporter, nor 对美国的访问)."""
    before, after = _partner()
    reach = int(table("place_scope.toml")["partner_reach"])
    return bool(after.match(text, p.norm_end)) and bool(before.search(text[max(0, p.norm_start - reach):p.norm_start]))
