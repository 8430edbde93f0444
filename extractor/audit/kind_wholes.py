"""rate: a share of one kind of a whole, said of the whole's name, taken of that kind's part.

    全县耕地面积 80 万亩，其中水田 30 万亩 … 已插秧水田 27 万亩，占耕地面积的 90%
The share names its whole (`耕地面积`), and the whole so named is broken down right after it under
`其中`; the share's part names one of those kinds (`水田`) itself. The words then allow two wholes:
the named total and the kind's own part of it (the part is done of the kind only). Where the
named total does not give the stated share and the kind's part does, within the precision written,
the arithmetic decides for the kind's part; otherwise the found whole stands (a share that fits
neither is wrong on both readings).
"""
from __future__ import annotations

from .model import Num, PageView

_KIND = 2  # characters a kind's name must have to tie the share's part to it
_AFTER = 6  # numbers looked at after the named whole
_CUE = "其中"


def _fits(p: Num, part: Num, whole: Num) -> bool:
    return whole.value > 0 and (part.interval / whole.interval).scale(100.0).meets(p.interval)


def _kinds(view: PageView, whole: Num) -> list[tuple[Num, str]]:
    """The parts said under `其中` right after the whole in its sentence, with their names."""
    out = []
    after = [n for n in view.in_sentence(whole.sentence) if n.start > whole.end][:_AFTER]
    for n in after:
        between = view.text[whole.end:n.start]
        if _CUE not in between or not n.same_measure(whole) or n.value >= whole.value:
            continue
        name = view.label_before(n).split(_CUE)[-1].strip("，,：:、；为是有")
        if len(name) >= _KIND:
            out.append((n, name))
    return out


def review(view: PageView, p: Num, found: tuple) -> tuple:
    """found = (part, whole or None[, weak]): the kind's part of the whole where only it fits."""
    part, whole = found[0], found[1]
    if whole is None or _fits(p, part, whole):
        return found
    own = view.label_before(part, 30)
    for kind, name in _kinds(view, whole):
        if kind is not part and name in own and name not in view.label_before(whole, 30) and _fits(p, part, kind):
            return part, kind, None
    return found
