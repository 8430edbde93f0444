"""When a hedge yields to strong evidence: a part over its whole is an error, not a doubt.

Checks that find a part and its whole from weak cues (a breakdown read from a list, two names
that differ) say a part over the whole is unverifiable. These kinds of evidence tie the pair
strongly enough, without looking at the numbers, that the hedge no longer holds:

    共有鱼类 40 种，其中特有品种 26 种，有经济价值的 23 种    `其中` names each part one of the
                                                        whole's members (same measure, the list
                                                        of parts right after it, rates said of
                                                        the amounts between them: `完成预算的 92%`)
    …人口已达 2172 万人，较上年增长 1%。其中，…           `其中` opening the sentence after the
                                                        one the whole closes
    来华旅游人数 … 全年来华旅游入境人数                     the shorter name written whole, in
                                                        order, inside the longer one
    省财政拿出 150 万元；…全省已经多方筹集了 7180 万元      a total said as gathered from several
                                                        sources, a source's amount in its paragraph

All are found on the words alone, so a number changed by mistake keeps the relation and its
verdict turns inconsistent; neither reads what the numbers add up to.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .amounts import is_change, marked_total
from .model import Num, PageView
from .wording import clause_before


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("hedges.toml")["hedges"]


def said_within(view: PageView, whole: Num, part: Num) -> bool:
    """`其中` between a whole and a later part of the same measure in one sentence, every number
    between them of that measure too (the list of the whole's members, nothing else among them)
    or a percent said of the amount before it (`完成预算的 92%`, `增长 31%`: no member of another
    list); or `其中` opening the next sentence, the whole closing its own (sentence_within)."""
    if part.start <= whole.end or not part.same_measure(whole):
        return False
    if part.sentence != whole.sentence:
        return sentence_within(view, whole, part)
    between = view.text[whole.end:part.start]
    if not any(w in between for w in _cues()["within"]):
        return False
    return _members_only(view, whole.end, part)


def _members_only(view: PageView, start: int, part: Num) -> bool:
    """Every number from `start` to the part of the part's measure, or a percent (a rate or a
    change said of the amount before it)."""
    return all(n.same_measure(part) or n.type in _cues()["remarks"] for n in view.between(start, part.start))


def sentence_within(view: PageView, whole: Num, part: Num) -> bool:
    """`台湾地区人口已达 2172 万人，较前年增长 1%。其中，台湾省辖的人口是 1763 万人`: `其中` opening
    the sentence right after the whole's, in its paragraph, refers to what that sentence counts.
    The whole is its last number of the measure, and its only one or the one said as a total
    (`…，共计 44 个。其中包括 10 个…`): the part is one of its members."""
    if part.sentence != whole.sentence + 1 or part.paragraph != whole.paragraph:
        return False
    opening = view.sentences[part.sentence].start
    lead = view.text[opening:opening + max(len(w) for w in _cues()["within"]) + 1].lstrip()
    if not any(lead.startswith(w) for w in _cues()["within"]):
        return False
    peers = [n for n in view.in_sentence(whole.sentence) if n is not whole and n.same_measure(whole)
             and not is_change(view, n)]  # `比上年增加 6 个` is said of the whole, no rival
    if any(n.start > whole.start for n in peers) or peers and not marked_total(view, whole):
        return False
    return _members_only(view, opening, part)


def names_agree(a: str, b: str) -> bool:
    """Two names of one measure: the shorter (long enough to name one) written whole and in order
    inside the longer, from its first character to its last (来华旅游人数 / 来华旅游入境人数)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < _cues()["shortest_name"] or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    at = 0
    for ch in short:
        at = long_.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def pooled_total(view: PageView, n: Num) -> bool:
    """A total said as gathered from several sources (`多方筹集了 N`, `通过多种渠道筹集的 N`: a word
    of several sources, then a verb of gathering, in n's clause before it; data/measures.toml)."""
    before = clause_before(view, n.start)
    c = cues.table("measures.toml")["measure_parts"]
    return any(w in before[before.find(p):] for p in c["pooled"] if p in before for w in c["pooled_verbs"])


def pooled_within(view: PageView, total: Num, part: Num) -> bool:
    """A source's amount told before a pooled total in its paragraph is one of the amounts gathered
    (`省财政拿出 150 万元；…全省已经多方筹集了 7180 万元`): over the total it is an error, though
    the sources may overlap one another. A source in an earlier paragraph may belong to another
    gathering (sum_parts keeps it hedged)."""
    return part.end <= total.start and part.paragraph == total.paragraph and part.same_measure(total) \
        and pooled_total(view, total)
