"""The act after a cause: a count that opens its clause is named by what the things counted do
(`300人参加了考试`), and where that predicate opens with a cause (`900多人因摔倒被送到医院急诊`,
`18家因治理无望被责令关停`, `190家由于其他原因停产`) the cause is why they act, not the act: the words
after it are. The cause runs from its opening word to a word that closes it (被, 而: the act follows;
else 原因, 问题: the cause's own noun ends it, but not one inside a cause that 而 closes). Words: data/metric.toml, section [cause_before_act]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_words import CLAUSE_BREAK

_CAUSE_LONGEST = 12  # (a cause longer than this is a clause of its own, read as written)


@lru_cache(maxsize=1)
def _causes() -> tuple[re.Pattern, re.Pattern]:
    """The cause closed by 被/而 (the act follows them), and the cause ended by its own noun: the first
    is tried first, as a cause noun may stand inside a cause that 而 closes (因历史遗留问题未解决而上访)."""
    t = table("metric.toml")["cause_before_act"]
    body = f"(?:{alternation(t['opens'])})[^{re.escape(CLAUSE_BREAK)}\\d]{{1,{_CAUSE_LONGEST}}}?"
    return (re.compile(f"{body}(?:{alternation(t['closes'])})(?=[\u4e00-\u9fff])"),
            re.compile(f"{body}(?:{alternation(t['cause_nouns'])})(?=[\u4e00-\u9fff])"))


def past_cause(after: str) -> str:
    """因摔倒被送到医院急诊 → 送到医院急诊: the words after a count with the cause they open with taken
    off (as they are where they open with none, or where nothing closes the cause)."""
    closed, named = _causes()
    m = closed.match(after) or named.match(after)
    return after[m.end():] if m else after
