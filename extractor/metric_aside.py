"""Brackets the subject read back passes (metric_subject.subject_before_at): a bracket of one clause,
no break inside (`五百二十一亿三千万元（按当年价格计算），增长…`), is an aside of the amount
before it; a bracket holding a break (`三百个县（包括旗、市，下同）`) holds clauses of its own."""
from __future__ import annotations

import re

_ONE_CLAUSE = re.compile("[（(][^（()）\\n，；。]{1,38}[）)]")
_ONE_CLAUSE_BEFORE = re.compile(_ONE_CLAUSE.pattern + "$")


def one_clause_bracket(text: str, at: int) -> bool:
    """Whether `at` is a bracket mark of a bracket with no clause break inside (（按…计算）)."""
    if text[at] in "（(":
        return bool(_ONE_CLAUSE.match(text, at))
    return text[at] in "）)" and bool(_ONE_CLAUSE_BEFORE.search(text, max(0, at - 40), at + 1))
