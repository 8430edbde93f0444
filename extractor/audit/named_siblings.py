"""Shares of an article that name the same whole, whose arithmetic confirms which number it is.

    收入总数共为 30,742,770,000 元 …… A 为 X 元，占本年预算收入的 47.02%。…… B 为 Y 元，占本年预算
    收入的 33.53%。…… C 为 Z 元，占本年预算收入的 10.16%
        the words (`本年预算收入`) name a whole that no number is called by; where two precise
        shares or more under that very name come out of one stated number, and none is tied to
        another, that number is what the name means, for every share under it: a share it does
        not give is a mismatch, the name and the siblings' arithmetic being the evidence.
A share of two significant digits fits a wrong whole too often to confirm one. Shares are grouped
by article and name, so the look is linear in page length.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView
from .rate_drafts import rate_draft

_PRECISE = 3  # significant digits of a share that confirms a whole by arithmetic
_CONFIRMING = 2  # shares under one name that must confirm the same whole
_SHARE_VERBS = ("占", "佔")

Share = tuple[Num, Num, "Num | None", "str | None", int]  # share, part, whole, why unsure, draft index


def whole_name(view: PageView, p: Num) -> str | None:
    """`占本年预算收入的 47.02%` gives `本年预算收入`: the whole a share names in its clause."""
    before = cues.strip_words(view.text[view.clause_start(p.start):p.start], "approx", "qualifiers", left=False)
    tail = next((t for t in cues.words("rate", "of_tails") if before.endswith(t)), None)
    if tail is None:
        return None
    body = before[: -len(tail)]
    at = max(body.rfind(v) for v in _SHARE_VERBS)
    name = cues.strip_words(body[at + 1:], "approx", "qualifiers") if at >= 0 else ""
    return name if len(name) >= 2 else None


def confirmed(view: PageView, shares: list[Share]) -> list[tuple[int, Num]]:
    """(index into `shares`, whole) for each share with no whole (or one tied loosely) whose
    named siblings' arithmetic confirms one."""
    groups: dict[tuple[int, str], list[int]] = {}
    for i, (p, *_rest) in enumerate(shares):
        name = whole_name(view, p)
        if name is not None:
            groups.setdefault((p.article, name), []).append(i)
    out = []
    for members in groups.values():
        tied = [shares[i] for i in members if shares[i][2] is not None]
        wholes = {(s[2].start, s[2].end) for s in tied}
        # a share tied only loosely (by a name near the whole's) that comes out exactly confirms too
        confirming = [s for s in tied if _precise(s[0]) and _fits(s[0], s[1], s[2])]
        if len(wholes) != 1 or len(confirming) < _CONFIRMING:
            continue
        whole = confirming[0][2]
        for i in members:
            p, part, den, weak, _ = shares[i]
            loose = den is None or (weak is not None and (den.start, den.end) == (whole.start, whole.end))
            # not `part < whole`: the name and the siblings pick the whole, so a part stated
            # above it is a mismatch, not a share without a whole
            if loose and part.same_measure(whole):
                out.append((i, whole))
    return out


def _precise(p: Num) -> bool:
    """A share written to three significant digits or more (`47.02%`; full-width digits are digits)."""
    digits = "".join(c for c in p.text if c.isdigit()).lstrip("0０")
    return len(digits) >= _PRECISE


def _fits(p: Num, part: Num, whole: Num) -> bool:
    return rate_draft(p, part, whole).verdict == "consistent"
