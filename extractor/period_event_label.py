"""A year or a part of one written into the name of an event its sentence says was held (１２月１８日，宝鸡高新区
２０２５年第四季度重点项目集中签约活动举行，现场签约项目１６个; ２０２５年某省“科技下乡”启动仪式在某镇举行): a label
of the event, like 面向2030年的, not the period of the figures told of it, which are of the day it was held or of what
stood before (bench/gold/README.md: a dispatch's figures with no time of their own). Read on each sentence's time
expressions (extractor/time_exprs.py Times.of), with data/period.toml event_labels."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_YEARS = re.compile(r"^\d{4}(?:-\d{2}/\d{4}-\d{2})?$")  # a year, or months of one (第四季度, 上半年)


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    """The rest of a name after its time, to the event noun, then (在 and a place) the verb of its being held: the
    name runs on with no figure (a number) and no clause break."""
    words = table("period.toml")["event_labels"]
    stretch = r"[^，。；：！？、\n0-9０-９]{{{0},{1}}}?"
    return re.compile(stretch.format(0, int(words["name_reach"])) + f"(?:{alternation(words['nouns'])})[”\"」』]?"
                      + f"(?:在{stretch.format(1, int(words['place_reach']))})?(?:{alternation(words['verbs'])})")


def event_labels(text: str, found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """found with each year or part of a year that opens an event's name, the event then said to be held, as a
    label (kind "label": no period of any fact, extractor/scope.py)."""
    if not found:
        return found
    held = _held()
    return [(a, b, p, "label") if not k and _YEARS.match(p or "") and held.match(text, b) else (a, b, p, k)
            for a, b, p, k in found]
