"""matched_totals: which amount before a breakdown opening its sentence the parts divide.

    全县财政收入 48.6 亿元，……。非税收入中，罚没收入 2.1 亿元。分地区看，县本级 20.5 亿元，乡镇 28.1 亿元。

A breakdown cue opening its sentence (`分地区看`, `其中`) divides an amount said before it; sum.py
takes the nearest one of the parts' measure. Where the parts add up exactly to another amount of
that measure earlier in the paragraph and not to the nearest, arithmetic that holds exactly is the
evidence: the breakdown is of that amount (the topic of the paragraph), and the nearer one is
a part of something else. Only for a total from an earlier sentence, with two parts or more: a
total said in the cue's own sentence is read by its words, and one part matches too much by chance.
"""
from __future__ import annotations

import math

from .amounts import is_change
from .bases import usable_amount
from .model import Num, PageView
from .per_unit import aggregate_wholes

_EXACT = 1e-9  # relative: sums of decimals written to the same places differ only by float error


def _equal(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_EXACT)


def matched_total(view: PageView, cue_start: int, parts: list[Num], nearest: Num | None) -> Num | None:
    """The amount the parts add up to exactly, before the cue in its paragraph, where the nearest
    total (from an earlier sentence) is not it; else `nearest`."""
    if nearest is None or len(parts) < 2 or nearest.sentence == view.sentence_index(cue_start):
        return nearest
    point = sum(p.value for p in parts)
    if _equal(nearest.value, point):
        return nearest
    found = [n for n in view.in_paragraph(nearest.paragraph)
             if n.end <= cue_start and n.same_measure(parts[0]) and _equal(n.value, point)
             and n not in parts and usable_amount(view, n) and not is_change(view, n)]
    return found[-1] if found else nearest


def matched_whole(view: PageView, rate: Num, part: Num, wholes: list[Num]) -> list[Num]:
    """The candidate wholes of a share (nearest last) with the one its arithmetic holds for last.

    `年末常住人口 A 万人；年平均常住人口 B 万人。…城镇常住人口 C 万人。…城镇化率 r%`: the words name
    both A and B as the population; C ÷ A = r% holds exactly, so A is the whole. A figure per head or
    an average (B) is never the whole of a part that is not one (per_unit.py); where no candidate
    holds, the nearest left stays the whole (and a mismatch is read as the checks read it)."""
    kept = aggregate_wholes(view, part, wholes) or wholes
    holding = [w for w in kept if w.value > 0 and (part.interval / w.interval).scale(100.0).meets(rate.interval)]
    if not holding or holding[-1] is kept[-1]:
        return kept
    return [w for w in kept if w is not holding[-1]] + [holding[-1]]


_PARAGRAPHS_BACK = 2  # paragraphs before a breakdown opening its own where its total may stand
_FEWEST_BY_CHANCE = 3  # parts of whole numbers that add up to a number by chance less often


def earlier_total(view: PageView, cue_start: int, parts: list[Num]) -> Num | None:
    """`…现场签约项目 12 个，总投资 80 亿元。（段落）从项目结构看，制造业项目 7 个，…`: a breakdown opening
    its paragraph divides a total said in the paragraphs before; with no amount of the parts'
    measure between, the one their sum equals exactly is it (three parts at least where all are
    whole numbers: two small counts meet a third by chance)."""
    sent = view.sentence_index(cue_start)
    if sent < 0 or len(parts) < 2:
        return None
    para = view.sentences[sent].paragraph
    paragraphs = view.page.layout.paragraphs
    if not 0 <= para < len(paragraphs) or view.text[paragraphs[para].start:cue_start].strip("，, \u3000\n"):
        return None  # the cue does not open its paragraph
    if len(parts) < _FEWEST_BY_CHANCE and all("." not in p.text and "．" not in p.text for p in parts):
        return None
    point = sum(p.value for p in parts)
    article = view.sentences[sent].article
    for back in range(para - 1, max(-1, para - 1 - _PARAGRAPHS_BACK), -1):
        found = [n for n in view.in_paragraph(back) if n.article == article and n.same_measure(parts[0])
                 and _equal(n.value, point) and usable_amount(view, n) and not is_change(view, n)]
        if found:
            return found[-1]
    return None


def exact_total(candidates: list[Num], parts: list[Num]) -> Num | None:
    """The last of the candidate totals (in page order) the parts add up to exactly, of their
    measure: among wholes the words name equally (`上级补助收入 A、…、调入资金 B` both say the
    frame's name in their clause), the one the arithmetic holds for."""
    point = sum(p.value for p in parts)
    found = [n for n in candidates if n not in parts and n.same_measure(parts[0]) and _equal(n.value, point)]
    return found[-1] if len(parts) >= 2 and found else None
