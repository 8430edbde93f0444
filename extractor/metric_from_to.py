"""A change from one level to another (`由目前的9%增至11%`, `从年息15%上升到50%`): both values measure the
subject before 由/从. Apart from metric_subject.py: the subject stands before the first level, not in the
clause before the number."""
from __future__ import annotations

import re

from .metric_subject import clause_start, subject_before
from .metric_subject_scope import scope_stripped
from .metric_words import clean, word_set, word_tuple


_FROM = re.compile("[由从]")
_ANY_NUMERAL = re.compile("\\d|百分之|[一二三四五六七八九十百千万亿]{2,}")


def from_to_subject(text: str, start: int) -> str | None:
    """由目前的9%增至11%, 从年息15%上升到50%: both values of a change from one level to another
    measure the subject before 由/从 (or the clause before, where 由 opens the clause)."""
    lo = clause_start(text, start, 50)  # (far enough not to cut a long subject inside a word)
    seg = text[lo:start]
    # the 由/从 nearest the number that opens its levels (将从西岸撤军的范围从原定的10%降至8%: the
    # second 从; the first opens a place)
    for m in reversed(list(_FROM.finditer(seg))):
        if seg.startswith(word_tuple("from_to", "not_words"), m.start()):
            continue
        rest = seg[m.end():]
        # (增加到现在的50元: the new level names its time as the first names its base)
        to_rest = rest[:-1] if rest.endswith("的") else rest
        to_base = next((b for b in word_tuple("from_to", "bases") if to_rest.endswith(b)), "")
        to_rest = to_rest[: len(to_rest) - len(to_base)] if to_base else rest
        to_value = bool(_ANY_NUMERAL.search(rest)) and to_rest.endswith(("到", "至"))
        # (the starting level names its base: 由目前的, 从年息; not 从韩国进口, 从这成千次)
        base = rest[:-1] if rest.endswith("的") else rest
        from_value = not _ANY_NUMERAL.search(rest) and base in word_set("from_to", "bases")
        if to_value or from_value:
            break
    else:
        return None
    subject = clean(scope_stripped(seg[:m.start()]))
    if len(subject) >= 2:
        return subject
    # (where 由 opens the clause, the clause before names the subject)
    return (subject_before(text, start) or None) if not clean(seg[:m.start()]) else None
