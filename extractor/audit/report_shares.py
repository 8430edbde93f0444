"""sum of shares said as approximate: the shares of one whole at both ends of a change, one end
written `左右`/`约` (share_lists.py holds exact shares to 100% and leaves approximate ones alone).

Structures read (the groups and ends of share_lists.py):
    消费在国民收入中的比重由 63.5% 上升到 70% 左右；积累所占的比重相应地由 36.5% 降到 30% 左右
                                                the same items' shares at both ends, one share
                                                per item's clause; the approximate end makes up
                                                100% within its ±10% (tolerance.ABOUT)
    A 占 60% 左右，B 占 40% 左右                  one end only, approximate: consistent when it
                                                makes up 100%, otherwise nothing (the list may
                                                name only some parts)
Work reports review a structure this way (consumption against accumulation, one sector against
the rest). The end that makes up 100% shows the items are every part of the whole, so the other
end must make it up too: inconsistent where it does not, even within the wider reading of an
approximate share. The relation is found from the structure, not from the arithmetic, so it
stays found when a number changes.
"""
from __future__ import annotations

from .model import Draft, PageView
from .share_lists import Share, _groups, _rounded
from .tolerance import Interval, fmt

_READ = ("exact", "about")  # `30% 以上` bounds one side only: such a list cannot be held to 100%


def check(view: PageView) -> list[Draft]:
    drafts = []
    for para in sorted({n.paragraph for n in view.nums if n.paragraph >= 0}):
        for group in _groups(view, para):
            ends = {slot: [sh for sh in group if sh.slot == slot] for slot in ("from", "to")}
            if not any(sh.num.qualifier == "about" for sh in group):
                continue  # exact at both ends: share_lists.py
            for slot, other in (("from", "to"), ("to", "from")):
                d = _draft(view, ends[slot], ends[other])
                if d is not None:
                    drafts.append(d)
    return drafts


def _total(shares: list[Share]) -> Interval:
    """The shares' sum as written: an exact share rounded to its last digit, an approximate
    one within ±10%."""
    got = Interval(0.0, 0.0)
    for sh in shares:
        got = got + (_rounded(sh.num) if sh.num.qualifier == "exact" else sh.num.interval)
    return got


def _paired(view: PageView, shares: list[Share], other: list[Share]) -> bool:
    """The other end names the same items, one in each item's clause, and makes up 100%."""
    if len(other) != len(shares) or any(sh.num.qualifier not in _READ for sh in other):
        return False
    if any(view.clause_start(a.num.start) != view.clause_start(b.num.start) for a, b in zip(shares, other)):
        return False
    return _total(other).meets(Interval.point(100.0))


def _draft(view: PageView, shares: list[Share], other: list[Share]) -> Draft | None:
    if len(shares) < 2 or any(sh.num.qualifier not in _READ for sh in shares):
        return None
    approximate = any(sh.num.qualifier == "about" for sh in shares)
    got = _total(shares)
    point = sum(sh.num.value for sh in shares)
    said = " + ".join(sh.num.written + ("（约）" if sh.num.qualifier == "about" else "") for sh in shares)
    whole = shares[0].whole or "同一整体"
    which = "起始" if shares[0].slot == "from" else ""
    facts = [sh.num.ref() for sh in shares]
    if got.meets(Interval.point(100.0)):
        if not approximate:
            return None  # exact shares that make up 100%: share_lists.py reports them
        return Draft("sum", "consistent", facts, round(point, 4), 100,
                     f"{whole}的各部分{which}比重 {said} = {fmt(point, 2)}%，在约数的幅度内合为整体 100%。",
                     {"breakdown": "exhaustive"})
    if not _paired(view, shares, other):
        return None
    return Draft("sum", "inconsistent", facts, round(point, 4), 100,
                 f"{whole}的各部分{which}比重 {said} = {fmt(point, 2)}%，而同一组各项在变动另一端的比重合为 "
                 f"100%，各项涵盖全部，合计应为 100%；即使按所写精度与约数的幅度，合计也只在 "
                 f"{fmt(got.lo, 2)}%–{fmt(got.hi, 2)}% 之间。",
                 {"breakdown": "exhaustive"})
