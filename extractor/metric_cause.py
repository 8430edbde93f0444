"""The act after a cause: a count that opens its clause is named by what the things counted do
(`300人参加了考试`), and where that predicate opens with a cause (`900多人因摔倒被送到医院急诊`,
`18家因治理无望被责令关停`, `190家由于其他原因停产`) the cause is why they act, not the act: the words
after it are. The cause runs from its opening word to a word that closes it (被, 而: the act follows;
原因, 问题: the cause's own noun ends it). Words: data/metric.toml, section [cause_before_act]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_CAUSE_LONGEST = 12  # (a cause longer than this is a clause of its own, read as written)


@lru_cache(maxsize=1)
def _cause() -> re.Pattern:
    t = table("metric.toml")["cause_before_act"]
    # (the closer dropped with the cause: 被 and 而 open the act; the cause's own noun is the cause's)
    return re.compile(f"(?:{alternation(t['opens'])})[^，。；：！？、\\d\\n]{{1,{_CAUSE_LONGEST}}}?"
                      f"(?:(?:{alternation(t['closes'])})|(?:{alternation(t['cause_nouns'])}))"
                      f"(?=[\u4e00-\u9fff])")


def past_cause(after: str) -> str:
    """因摔倒被送到医院急诊 → 送到医院急诊: the words after a count with the cause they open with taken
    off (as they are where they open with none, or where nothing closes the cause)."""
    m = _cause().match(after)
    return after[m.end():] if m else after
