"""The level a change started from, with no time of its own (由原来的４套增加到１３套, 由过去的８４个减至目前的
５３个), told under a month, a day, an as-of or the month of issue: a base names its own time (bench/gold/README.md,
"Base values name their own year"), and here the text does not say when it stood, so it has none. In a year's
review such a base is the year before (span_points.change_start); in a five-year span, the year before the span."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

# a month, a day, or an as-of (1997-06, 1998-01-04, ../1997-11, ../1998): not a year or a span of years
_DATED = re.compile(r"(?:\.\./)?\d{4}(?:-\d\d){0,2}")
_CLAUSE_BREAK = re.compile("[，。；：！？,;:!?\n]")


@lru_cache(maxsize=1)
def _base() -> tuple[re.Pattern, tuple[str, ...], int, tuple[str, ...]]:
    t = table("period.toml")
    u = t["untimed_bases"]
    lead = (rf"(?:{alternation(t['span_start_before'])})(?:{alternation(u['past_words'])})?的?"
            rf"(?:{alternation(t['span_start_qualifiers'])})?$")
    ends = tuple(w for w in t["span_end_before"] if w.endswith(tuple(u["change_to"])))
    return re.compile(lead), ends, int(u["reach"]), tuple(u["ahead_words"])


def untimed_base(text: str, start: int, end: int, period: Optional[str]) -> bool:
    """Whether the number at start..end is the starting level of a change (its clause's 由/从 right before it,
    a change to a level after it) with no time of its own, under a period that is not a year or a span."""
    if not period or period.isdigit() or not _DATED.fullmatch(period):
        return False
    lead, ends, reach, ahead = _base()
    clause = _CLAUSE_BREAK.split(text[max(0, start - reach * 2):start])[-1]
    if not lead.search(clause) or any(w in clause for w in ahead):
        return False  # (比重将从１９％下降到１５％: a change to come starts from what stands now)
    after = _CLAUSE_BREAK.split(text[end:end + reach * 2], maxsplit=1)[0]
    return any(w in after for w in ends)
