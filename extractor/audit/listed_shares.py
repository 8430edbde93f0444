"""rate: shares said of names listed before `分别`, whose amounts the sentences before gave.

    全省基础研究经费 97.05 亿元，…；应用研究经费 158.37 亿元，…；试验发展经费 1131.0 亿元，…。
    基础研究、应用研究和试验发展经费所占比重分别为 7.0%、11.4% 和 81.6%。
    同城快递业务量 3.12 亿件，…；异地快递业务量 24.53 亿件，…；国际/港澳台快递业务量 0.19 亿件，…。
    同城、异地、国际/港澳台快递业务量分别占全部快递业务量的 11.2%、88.1% 和 0.7%。
A bulletin gives the amounts of a breakdown one clause each, then their shares in one sentence that
names the items again, in order, before `分别` (respective.py reads the shares whose amounts stand
in their own sentence). Each name's amount is the nearest earlier one of the sentence before or
the one before that whose words hold the name (its first characters: `高等学校` of `高等学校经费`),
all of one measure, in the order named, none a change. The whole is the nearest earlier amount of
that measure, above the parts' sum, that gives every share at once within the digits written: a
whole chosen by the arithmetic of several shares together is seldom a coincidence, so each share
is then `consistent`; where none does, nothing is said (the whole may be one the text does not
give, and sum.py has checked the shares against 100).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft
from .respective import cue_before, share_list_after

_SPLIT = re.compile(r"[、和及与]")


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("listed_shares.toml")["listed_shares"]


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    done: set[int] = set()
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        at = cue_before(view, p)
        at = at if at >= 0 else _said_share(view, p)
        if at < 0 or at in done:
            continue
        done.add(at)
        shares = share_list_after(view, at)
        names = _names(view, at)
        if len(shares) < 2 or len(names) != len(shares):
            continue
        parts = _parts(view, p, names)
        if parts is None:
            continue
        whole = _whole(view, parts, shares)
        if whole is not None:
            out += [rate_draft(s, part, whole) for s, part in zip(shares, parts)]
    return out


def _said_share(view: PageView, p: Num) -> int:
    """`…经费所占比重分别为 7.0%`: where `分别` follows a share word ending its clause, or -1."""
    at = view.text.rfind("分别", view.clause_start(p.start), p.start)
    if at < 0 or not view.text.startswith(("为", "是", "达"), at + 2):
        return -1
    said = view.text[view.clause_start(at):at]
    return at if said.endswith(tuple(_data()["share_words"])) else -1


def _names(view: PageView, at: int) -> list[str]:
    """The names listed in the clause before `分别` (`基础研究、应用研究和试验发展经费所占比重`)."""
    said = view.text[view.clause_start(at):at].strip()
    for w in sorted(_data()["share_words"], key=len, reverse=True):
        if said.endswith(w):
            said = said[: -len(w)]
            break
    names = [x.strip() for x in _SPLIT.split(said)]
    return names if all(len(x) >= 2 for x in names) else []


def _parts(view: PageView, p: Num, names: list[str]) -> Optional[list[Num]]:
    """Each name's amount, in order, from the sentences before the shares' (none from its own)."""
    k = int(_data()["name_chars"])
    earlier = [n for n in view.nums if p.sentence - int(_data()["back"]) <= n.sentence < p.sentence
               and n.type != "percent" and not is_change(view, n)] if p.sentence >= 0 else []
    parts: list[Num] = []
    for name in names:
        key = name[:k]
        found = [n for n in earlier if key in view.label_before(n, 30) and (not parts or n.start > parts[-1].start)]
        if not found:
            return None
        parts.append(found[0])
    if len({n.start for n in parts}) != len(parts) or not all(n.same_measure(parts[0]) for n in parts):
        return None
    return parts


def _whole(view: PageView, parts: list[Num], shares: list[Num]) -> Optional[Num]:
    """The nearest earlier amount of the parts' measure, above their sum, giving every share."""
    total = sum(n.value for n in parts)
    for w in reversed(view.before(parts[0].start, int(_data()["reach"]))):
        if not w.same_measure(parts[0]) or w.value < total * (1 - 1e-9) or w.qualifier not in ("exact", "about") \
                or is_change(view, w):
            continue
        if all((n.interval / w.interval).scale(100.0).meets(s.interval) for n, s in zip(parts, shares)):
            return w
    return None
