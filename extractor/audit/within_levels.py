"""within_levels: the level a change `比…的 B 增加 D` is said of, when members were listed after `其中`.

    年末全县政府债务余额 587362 万元，其中一般债务 271836 万元、专项债务 315526 万元，比上年末的 513200 万元增加 74162 万元
The comparison returns to the sentence's subject (the debt as a whole), not to the last member
listed: the level before `其中` is the one compared. It is tied by the sentence's structure alone,
so a mismatch is unverifiable (change.py's `apart`), a match consistent.

Not taken: `其中专项债务 315526 万元，比上年末的 B 增加 D` with no level before `其中` in the
sentence (the member is then the subject), and a sentence with no `其中` before the last level.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView


def subject_level(view: PageView, news: list[Num], base: Num) -> Num | None:
    """The level before a `其中` that opens the members listed between it and `base`, where the last
    level before the base is one of them; None otherwise."""
    if not news:
        return None
    last = news[-1]
    start, _ = view.sentence_span(last.start)
    for word in cues.words("sum", "partial"):
        at = view.text.rfind(word, start, last.start)
        if at < 0 or "；" in view.text[at:base.start]:
            continue
        before = [n for n in news if n.end <= at]
        if before:
            return before[-1]
    return None
