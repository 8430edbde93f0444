"""A now (目前) said after a dispatch's own day (今天) in its sentence: how the event stood that day; apart from
time_exprs.py since it rereads the times a sentence gave, once its day is known."""
from __future__ import annotations

import re
from typing import Optional

from .time_words import scope_words

_NOW_OF_WRITING = re.compile(r"^\.\./\d{4}$")  # 目前, 现在: as the writing stands
_TITLE_REACH = 30  # how far back a title's opening 《 is looked for


def now_of_the_day(text: str, start: int, end: int, found: list[tuple[int, int, Optional[str], str]], day: str
                   ) -> list[tuple[int, int, Optional[str], str]]:
    """A now (目前) said after the dispatch's own day (今天, ending at `end`) in its sentence, where that day tells the
    event the dispatch reports (…某仓库今天凌晨起火，目前已有两人受伤，二十多户居民疏散): how the event stood that
    day, so the day; not after a word of someone speaking (专家今天说，目前…: what they told stands as of the month),
    nor after the word inside a title (《今晚报》…至今已达…: a newspaper's name, no day)."""
    if text.count("《", max(0, start - _TITLE_REACH), start) > text.count("》", max(0, start - _TITLE_REACH), start):
        return found
    verbs = scope_words().report_verbs
    return [(a, b, day, k) if a >= end and not k and _NOW_OF_WRITING.match(p or "")
            and not any(v in text[end:a] for v in verbs) else (a, b, p, k) for a, b, p, k in found]
