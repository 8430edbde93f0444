"""average_members: a mean over holders whose count and total its own sentence states.

Structures read (cue words in data/cues.toml [average] member_mean, member_fillers):
    全省共有农机服务站 1.5 万个，职工 10.5 万人，平均每站 7 人
        the holders (`站`) are the count whose name ends with the holder word; the total is
        the first number after that count, in the figure's unit
    全县有抢险队伍 12 支，队员 600 人，平均每支队伍 50 人
        or the count whose measure word is the holder's (`支`)
The count, the total and the figure stand in this order in one part of a sentence (no `；`).
A figure whose count bounds.py or average.py read keeps that finding (CLAIM_ONLY). Where
another number in the figure's unit stands between the total and the figure, the total is not
surely the one divided: a mismatch is then unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .average import average_draft
from .model import Draft, Num, PageView, same_unit

_HOLDER = 4  # characters a holder word may have (`农机服务站` is named by its last: `每站`)
_CLASSIFIERS = "个名位"  # `平均每个项目`: the classifier before a holder noun


@lru_cache(maxsize=None)
def _cue() -> re.Pattern:
    return re.compile("|".join(map(re.escape, cues.words("average", "member_mean"))))


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _cue().finditer(view.text):
        found = _figure(view, m.end())
        if found is None:
            continue
        per, holder = found
        drafts.extend(_draft(view, per, holder))
    return drafts


def _figure(view: PageView, at: int) -> tuple[Num, str] | None:
    """The number right after `平均每 <holder> [filler]` and the holder word."""
    near = [n for n in view.between(at, at + _HOLDER + 6) if n.type == "count"]
    if not near:
        return None
    per = near[0]
    words = _strip_fillers(view.text[at:per.start])
    if not words or len(words) > _HOLDER or not all("\u4e00" <= c <= "\u9fff" for c in words):
        return None
    return per, words


def _strip_fillers(words: str) -> str:
    """`人负责约` gives 人: the fillers after a holder, any number of them (bounded by the holder's reach)."""
    fillers = cues.words("average", "member_fillers")
    while True:
        cut = next((f for f in fillers if words.endswith(f)), None)
        if cut is None:
            return words
        words = words[:-len(cut)]


def _holds(view: PageView, count: Num, holder: str) -> bool:
    """A count of the holders: its measure word is the holder's (`43 支` and `每支队伍`), or its
    name ends with the holder word (`服务站 1.5 万个` and `每站`)."""
    bare = holder.lstrip(_CLASSIFIERS) or holder
    label = view.label_before(count).rstrip("为是达有共计")
    return (count.unit is not None and same_unit(count.unit, holder[0]) and holder[0] not in _CLASSIFIERS) \
        or label.endswith(bare) or (len(bare) >= 2 and label.endswith(bare[-2:]))


def _draft(view: PageView, per: Num, holder: str) -> list[Draft]:
    # one part of the sentence: the parts past `；` speak of other things
    before = [n for n in view.in_sentence(per.sentence) if n.end <= per.start and "；" not in view.text[n.end:per.start]]
    counts = [n for n in before if n.type == "count" and not n.same_measure(per) and n.qualifier == "exact"
              and _holds(view, n, holder)]
    if len(counts) != 1:
        return []  # no count of the holders, or two: which one the mean is over is not said
    count = counts[0]
    after = [n for n in before if n.start > count.end]
    if not after or not after[0].same_measure(per) or after[0].value <= per.value:
        return []  # the total is said right after its holders, in the figure's unit
    total = after[0]
    others = [n for n in after[1:] if n.same_measure(per)]
    weak = f"{total.written} 与所述平均数之间另有 {others[0].written}" if others else None
    return [average_draft(per, total, count, 1.0, weak)]
