"""A bare share's whole, where the number its words found is a sibling item of its list.

    前10个月…进出口 5860.4 亿元。…对 RCEP 其他成员国进出口 2795.6 亿元，增长 9.1%，占 47.7%。同期，对欧盟
    进出口 402.6 亿元；对美国进出口 338.2 亿元，下降 4.2%，占 5.8%
        a bare `占 5.8%` names no whole; a name both items end with (`国进出口`) finds 2795.6, but
        that number is the part of a bare share of its own: it is one item of the list of partners, a sibling of
        338.2, not what 338.2 is part of. The items of one list are parts of one whole, so the
        share takes the whole the sibling's share was taken on (5860.4), and none where that was
        not found (a guess is worse than none), however the sibling was found (a name, a total,
        arithmetic that merely fits).
    全区进出口 5860.4 亿元，占全国的 2.1%。出口 3172.6 亿元，占 54.1%
        a share that names its whole (`占全国的`) puts the number in a larger list: it stays the
        whole of the items after it.
    对东盟进出口 2431.5 亿元，占 41.5%。其中，对越南进出口 1520.3 亿元，…；对泰国进出口 236.4 亿元，占 9.7%
        a sentence that opens with `其中` after the number makes what follows its members: the
        number stays the whole.
Looks are bounded: the sentences between the two numbers only.
"""
from __future__ import annotations

from . import cues
from .model import Num, PageView

_OPEN = 4  # characters at a sentence's start in which `其中` opens it


def review(view: PageView, found: tuple, taken: dict[int, tuple[Num | None, str | None]]) -> tuple:
    """found = (part, whole or None[, weak]) of a bare share; `taken` the (whole, weak) of each
    bare share read before, by its part's start. A whole that is such a part is a sibling item:
    its share's whole stands instead, or none."""
    part, whole = found[0], found[1]
    if whole is None or whole.start not in taken or _members_opened(view, whole, part):
        return found
    other, weak = taken[whole.start]
    if other is None or not other.same_measure(part) or other.value <= part.value:
        return part, None
    return part, other, weak


def _members_opened(view: PageView, whole: Num, part: Num) -> bool:
    """A sentence after the whole's, up to the part's, opens with `其中`: its members follow."""
    within = tuple(cues.table("hedges.toml")["hedges"]["within"])
    for k in range(whole.sentence + 1, part.sentence + 1):
        start = view.sentences[k].start
        if view.text[start:start + _OPEN].lstrip().startswith(within):
            return True
    return False
