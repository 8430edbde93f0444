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
surely the one divided: a mismatch is then unverifiable; so where the figure names what it counts
(`平均每所配有 8 名护理员`) and the total names another thing (`入住老人 1500 人`).
The holder is a noun: a classifier alone (`每所`), or a classifier and the holders' name as the
count says it (`每支队伍` after `抢险队伍 12 支`), or the end of that name (`每站`); `每所配 8 名`
is no holder `所配`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .average import average_draft
from .model import Draft, Num, PageView, same_unit

_HOLDER = 4  # characters a holder word may have (`农机服务站` is named by its last: `每站`)


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
    words = _strip_ends(view.text[at:per.start], cues.words("average", "member_fillers"))
    if not words or len(words) > _HOLDER or not all("\u4e00" <= c <= "\u9fff" for c in words):
        return None
    return per, words


@lru_cache(maxsize=1)
def _classifiers() -> tuple[str, ...]:
    """`所`, `个`, `支`: a measure word that opens a holder (`每所`, `每个项目`, `每支队伍`)."""
    return cues.words("enumeration", "count_classifiers")


def _holds(view: PageView, count: Num, holder: str) -> bool:
    """A count of the holders: its measure word is the holder (`25 所` and `每所`), or the holder
    names what it counts after its classifier or without one (`抢险队伍 12 支` and `每支队伍`,
    `服务站 1.5 万个` and `每站`)."""
    label = _strip_ends(view.label_before(count), cues.words("average", "member_label_ends"))
    name = holder[1:] if holder[0] in _classifiers() else holder
    if not name:
        return count.unit is not None and same_unit(count.unit, holder)
    return label.endswith(name) or (len(name) >= 2 and label.endswith(name[-2:]))


def _strip_ends(words: str, ends: tuple[str, ...]) -> str:
    """`服务站共有` gives 服务站: any number of the words `ends`, off the end of `words`."""
    while True:
        cut = next((f for f in ends if words.endswith(f)), None)
        if cut is None:
            return words
        words = words[:-len(cut)]


def _other_thing(view: PageView, per: Num, total: Num) -> str | None:
    """`入住老人 1500 人，平均每所配有 8 名护理员`: the figure names what it counts (`护理员`), the
    total another thing (`老人`); the total is then not surely what the figure divides."""
    said = _strip_ends(view.noun_after(per)[::-1], tuple(w[::-1] for w in cues.words("stated_bound", "about_after")))[::-1]
    noun = said.strip()
    name = view.label_before(total) + view.noun_after(total)
    if not noun or noun in name or (len(noun) >= 2 and noun[-2:] in name):
        return None
    return f"总数 {total.written} 计的是“{view.label_before(total)}”，平均数计的是“{noun}”"
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
    weak = f"{total.written} 与所述平均数之间另有 {others[0].written}" if others else _other_thing(view, per, total)
    return [average_draft(per, total, count, 1.0, weak)]
