"""The day a news page was issued, where its own text prints it and its file name does not (a user's saved page:
`宝鸡日报  2025年12月20日  第2版`, `某某晚报 2024年3月5日 星期二`): a masthead line near the page's start holding a full
date and a word only a newspaper's page head has (版, 星期, 日报, 晚报). Such a page is read as a page whose id names
that day (extractor/issue_date.py): its dispatches, its 目前 and its dates without a year count from it, as People's
Daily pages of the archive do from theirs. Words: data/period.toml [mastheads]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .issue_date import issue_date
from .lexicon import alternation, table

_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, int]:
    t = table("period.toml")["mastheads"]
    return re.compile(alternation(t["head_words"])), int(t["lines"])


def masthead(text: str, doc: str) -> tuple[Optional[str], int]:
    """An id naming the day the page's masthead prints (`20251220-masthead`), where the doc id names none, and where
    the masthead's line ends (its date is the page's, no date of the story set under it); (None, 0) where the id
    names a day already or no masthead is found. (text: the normalized page, digits half-width.)"""
    if issue_date(doc) is not None:
        return None, 0
    words, lines = _words()
    at, seen = 0, 0
    while seen < lines and at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip():
            seen += 1
            m = _DATE.search(line)
            if m and words.search(line) and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31:
                return f"{int(m[1]):04d}{int(m[2]):02d}{int(m[3]):02d}-masthead", end
        at = end + 1
    return None, 0
