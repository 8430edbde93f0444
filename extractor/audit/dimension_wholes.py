"""dimension_wholes: a breakdown by a dimension (`分地区看，`, `分级次看，`) whose nearest total is too
small for its parts.

A sentence opening `分X看，` divides again a whole the page said earlier, often sentences back and
past other breakdowns; sum.py takes the nearest amount of the measure before it. Where that amount is
smaller than a part listed after the cue, while a larger amount of the measure said shortly before
could hold every part, the page most likely divides that larger whole: the nearest amount was some
part of an earlier list (`其他各项支出 81388 万元。分级次看，县本级支出 268412 万元…`), a side figure
(`…增收 10.35 亿元。分市看，…林业总产值分别为 186.3 亿元、172.5 亿元…`) or one kind's amount
(`工业用地…价款 62.18 亿元。分地区看，兰州市出让价款 168.42 亿元`). A part over it is then no
evidence of an error, and no finding is made.

Still checked: a total said in the cue's own sentence (`T，分地区看，…`), a breakdown cue other than a
dimension (`其中`), and a dimension whose nearest total has nothing larger before it that could hold
the parts (`总收入 50 亿元。分地区看，A 市 60 亿元`: the page says a part over its whole).
"""
from __future__ import annotations

from .amounts import is_change
from .bases import usable_amount
from .breakdown_cues import is_dimension
from .model import Num, PageView

_REACH = 40  # numbers before the cue read for a larger whole (a bulletin's section states its total near)


def outgrown(view: PageView, cue_start: int, sent: int, total: Num, parts: list[Num]) -> bool:
    """Whether the breakdown by a dimension at `cue_start` (sentence `sent`) outgrows its nearest
    total from an earlier sentence, and an amount of the measure before it could hold its parts."""
    if not parts or total.sentence == sent or not is_dimension(view, cue_start):
        return False
    if max(p.value for p in parts) <= total.value:
        return False
    need = sum(p.value for p in parts)
    return any(n is not total and n.same_measure(total) and n.value >= need and not is_change(view, n)
               and usable_amount(view, n) for n in view.before(cue_start, _REACH))
