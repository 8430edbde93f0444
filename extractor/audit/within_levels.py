"""within_levels: the level a change `比…的 B 增加 D` is said of, when members were listed after `其中`.

    年末全县政府债务余额 587362 万元，其中一般债务 271836 万元、专项债务 315526 万元，比上年末的 513200 万元增加 74162 万元
The comparison returns to the sentence's subject (the debt as a whole), not to the last member
listed: the level before `其中` is the one compared. Where the members are one `、` list, an aside
inside the subject's statement, a mismatch is inconsistent; members in clauses of their own leave
it unverifiable (change.py's `apart`), a match consistent.

Not taken: `T，其中专项债务 a，比上年末的 B 增加 D`, one member alone (it is then the subject
compared), `其中专项债务 a，比…` with no level before `其中` in the sentence, and a sentence with no
`其中` before the last level.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView

_MEMBERS = 2  # `其中专项债务 a，比上年末的 B 增加 D`: one member alone is the subject compared


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
        members = [n for n in news if at <= n.start]
        before = [n for n in news if n.end <= at]
        if before and len(members) >= _MEMBERS:
            return before[-1]
    return None


def one_list(view: PageView, subject: Num, base: Num) -> bool:
    """The members between the subject and the base's clause are one list joined by `、` (`其中一般债务
    a、专项债务 b，比…`): an aside inside the subject's statement, so the comparison is surely the
    subject's; members in clauses of their own (`其中 A a，B b，比…`) leave it likely only."""
    between = view.text[subject.end:view.clause_start(base.start)]
    inner = between.rstrip("，, ")
    return "、" in inner and inner.count("，") + inner.count(",") <= 1
