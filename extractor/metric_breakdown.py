"""A clause that only says how the figures after it are broken down (`分季度看`, `从结构看`,
`按五种主要机械类别来看`) names nothing measured: metric_subject passes it as an aside (a change after it,
`分季度看，上半年增长6.1%`, is of the subject before the cue), and a number inside it counts the
words between the cue's ends, not the cue (`主要机械类别`, not `主要机械类别来看`). Words:
data/metric.toml [breakdown_cue]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_words import CLAUSE_END


def cue_pattern() -> str:
    """The pattern of a whole breakdown cue clause (anchored at both ends)."""
    cue = table("metric.toml")["breakdown_cue"]
    return (f"^(?:{alternation(cue['opens'])})[^，。；：！？\\n]{{1,{cue['longest']}}}?"
            f"(?P<end>{alternation(cue['ends'])})$")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(cue_pattern())


def without_cue(text: str, start: int, phrase: str | None) -> str | None:
    """按五种主要机械类别来看 -> 主要机械类别: the phrase of a number inside a cue clause without the
    cue's end (None where the number's clause is no cue or the phrase does not end with it)."""
    from .metric_subject import clause_start  # (late: metric_subject builds its asides from this module)
    if not phrase:
        return None
    lo = clause_start(text, start)
    hi = CLAUSE_END.search(text, start)
    m = _cue().match(text[lo:hi.start() if hi else len(text)])
    if not m or not phrase.endswith(m.group("end")):
        return None
    rest = phrase[: -len(m.group("end"))]
    return rest if len(rest) >= 2 else None
