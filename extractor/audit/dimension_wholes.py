"""dimension_wholes: a breakdown by a dimension (`分地区看，`, `分级次看，`) whose nearest total is too
small for its parts.

A sentence opening `分X看，` divides again a whole the page said earlier, often sentences back and
past other breakdowns; sum.py takes the nearest amount of the measure before it. Where that amount is
smaller than a part listed after the cue, while a larger amount of the measure said shortly before,
named by the parts' head noun (`支出`, `产值`, `价款`), could hold every part, the page most likely
divides that larger whole: the nearest amount was some
part of an earlier list (`其他各项支出 81388 万元。分级次看，县本级支出 268412 万元…`), a side figure
(`…增收 10.35 亿元。分市看，…林业总产值分别为 186.3 亿元、172.5 亿元…`) or one kind's amount
(`工业用地…价款 62.18 亿元。分地区看，兰州市出让价款 168.42 亿元`). A part over it is then no
evidence of an error, and no finding is made.

Still checked: a total said in the cue's own sentence (`T，分地区看，…`), a breakdown cue other than a
dimension (`其中`), and a dimension whose nearest total has nothing larger before it of the parts'
head noun that could hold them (`支出 298624 万元。分级次看，县本级支出 368412 万元`: the page says a
part over its whole; a larger `生产总值` before is no whole of `支出`).
"""
from __future__ import annotations

from .amounts import is_change
from .bases import usable_amount
from .breakdown_cues import is_dimension
from .heads import record_field
from .model import Num, PageView

_REACH = 40  # numbers before the cue read for a larger whole (a bulletin's section states its total near)
_HEAD = 2  # characters of the head noun the larger whole shares with the parts (`支出`, `价款`)
_TRIM = "、，,；;：: \n分别为是"


def outgrown(view: PageView, cue_start: int, sent: int, total: Num, parts: list[Num]) -> bool:
    """Whether the breakdown by a dimension at `cue_start` (sentence `sent`) outgrows its nearest
    total from an earlier sentence, and an amount of the measure before it could hold its parts."""
    if not parts or total.sentence == sent or not is_dimension(view, cue_start):
        return False
    if max(p.value for p in parts) <= total.value:
        return False
    need = sum(p.value for p in parts)
    head = _head(view, parts[0])
    return len(head) == _HEAD and any(
        n is not total and n.same_measure(total) and n.value >= need and not is_change(view, n)
        and usable_amount(view, n) and _head(view, n) == head for n in view.before(cue_start, _REACH))


def _head(view: PageView, n: Num) -> str:
    """The head noun of what a number measures (its record's metric, else its label): `支出` of
    `县本级支出`, `产值` of `林业总产值`."""
    name = record_field(n, "metric") or view.label_before(n)
    name = name.strip(_TRIM)
    return name[-_HEAD:] if len(name) >= _HEAD else ""
