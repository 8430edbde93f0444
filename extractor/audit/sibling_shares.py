"""Bare shares of one sentence whose whole the arithmetic of a sibling confirms.

    选出代表 860 名，列席代表 920 名。…其中，中共党员代表 602 名，占 72.5%；妇女代表 186 名，占 21.6%
        the shares of a `其中` sentence whose parts count alike break down one group. The words
        may leave it unsure which (two counts of people before) or give a whole only loosely;
        where one sibling's share, written to three significant digits or more, comes out
        exactly of one of the wholes the passage offers (the ones the words found, or the
        counts of the parts' measure larger than a part in the nearest of the three
        sentences before a `其中` that holds such counts),
        and of no other, that whole is confirmed for every share of the sentence, and a share
        it does not give is a mismatch.
A share of two digits (`25%`) fits a wrong whole too often to confirm one. Every look is bounded
(the sentence and the one before it).
"""
from __future__ import annotations

from .model import Num, PageView

_PRECISE = 3  # significant digits of a sibling share that confirms its whole by arithmetic
_BREAKDOWN = "其中"
_BACK = 3  # sentences before a `其中` sentence in which the counts it may break down are looked for

Bare = tuple[Num, Num, "Num | None", "str | None", int]  # share, part, whole, why unsure, draft index


def confirmed(view: PageView, bare: list[Bare]) -> list[tuple[int, Num]]:
    """(index into `bare`, whole) for each share whose whole a sibling's arithmetic confirms."""
    out = []
    for i, (p, num, den, weak, _) in enumerate(bare):
        if den is not None and weak is None:
            continue
        # the share itself among them: where only it fits a whole offered, that is a fit, consistent
        siblings = [b for b in bare if b[0].sentence == p.sentence and b[1].same_measure(num)]
        if len(siblings) < 2:
            continue
        parts = [b[1] for b in siblings]
        offered = _offered(view, p, parts, [b[2] for b in siblings])
        fitting = {id(w): w for q, part, *_ in siblings for w in offered
                   if _precise(q) and (part.interval / w.interval).scale(100.0).meets(q.interval)}
        if len(fitting) == 1:
            whole = next(iter(fitting.values()))
            if den is None or den is whole or weak is not None:
                out.append((i, whole))
    return out


def _offered(view: PageView, p: Num, parts: list[Num], found: list[Num | None]) -> list[Num]:
    """The wholes the passage offers the sentence's shares: those the words found, and, after a
    `其中` opening the sentence, the counts of the parts' measure larger than a part in the
    sentence before (not than every part: one may be stated above the whole)."""
    # by the words, not by size: a part stated above its whole must still meet it (and be
    # flagged); the arithmetic of a precise sibling is what then confirms the whole
    smallest = min(n.value for n in parts)
    out = [w for w in found if w is not None]
    sent = view.sentences[p.sentence]
    opens = view.text[sent.start:sent.start + len(_BREAKDOWN) + 1].lstrip("，,").startswith(_BREAKDOWN)
    # the nearest of the few sentences before that holds such counts
    for k in range(p.sentence - 1, max(-1, p.sentence - 1 - _BACK), -1):
        if not opens or view.sentences[k].article != sent.article:
            break
        larger = [n for n in view.in_sentence(k) if n.same_measure(parts[0]) and n.value > smallest]
        if larger:
            out += larger
            break
    return list({id(w): w for w in out}.values())


def _precise(p: Num) -> bool:
    """A share written to three significant digits or more (`21.6%`)."""
    digits = "".join(c for c in p.text if c.isdigit()).lstrip("0")
    return len(digits) >= _PRECISE
