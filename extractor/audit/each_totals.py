"""average: an amount each unit gets, with the count of those units and the total, in one sentence.

    村里给 240 户困难家庭每户送去慰问金 500 元，共计 12 万元
    有一万用户，一户 600 元，一年就有 600 万元
    这个镇一户补贴 800 元，全镇 1500 户共补贴 120 万元

A figure said of `每` or `一` and a classifier (`每户`, `一户`; data/each_totals.toml) is what each
unit gets; the sentence's one count in that classifier (`240 户`, `一万用户`) is how many units there
are, and its one other amount of the figure's measure, no change, what they come to: the total ÷
the count against the figure. A total not said as a sum stands in the figure's clause or the next
one (further off it is another amount), and one weighing one thing (`830 吨重的`) is none. `一<classifier>` is read only right before the figure or a short verb
(`一户补贴`), so that `一户人家` or `十一户` are not. A sentence holding two counts in the classifier
or two such totals is not read. The words tie the three surely only where the total is said as a
sum (`共计`) in the figure's own chain of clauses, and nothing else makes it more (per_unit_totals.py:
a span of time, `加上`, another count between, a net figure, a subject of its own before the sum word):
only then is a mismatch an error, else it is unverifiable. A count itself said per unit (`每户…２袋`)
counts no units, and a unit longer than a character (`每人次`) is not the one its count names (`名`).
A standard `按每…标准` is standard_totals.py's; a cap or a round figure (`最高`, `约`) is read as it reads them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import INNER_BREAKS_RAW
from ..fact_types import SUMMABLE_TYPES
from ..lexicon import alternation
from . import cues, per_unit_totals as shared
from .amounts import is_change
from .average import average_draft
from .model import Draft, Num, PageView


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("each_totals.toml")


@lru_cache(maxsize=1)
def _per_re() -> re.Pattern:
    d = _data()
    word = shared.WORD_CHAR
    return re.compile(rf"(?:(?:{alternation(d['each_words'])})(?P<each>{word}){word}{{0,{d['each_reach']}}}"
                      rf"|(?:{alternation(d['one_words'])})(?P<one>{word}){word}{{0,{d['one_reach']}}})$")


def _classifier(view: PageView, per: Num) -> tuple[str, str] | None:
    """The classifier a figure is said per (`户`, `人次`) and the words from the cue to the figure."""
    start = view.clause_start(per.start)
    label = view.text[start:per.start]
    m = _per_re().search(label)
    if m is None or any(w in label[:m.start()] for w in shared.data()["standard_words"]):
        return None  # `按每间…的标准` is standard_totals.py's
    if m.group("one"):
        before = label[:m.start()]
        if before and before[-1] in _data()["numeral_chars"]:
            return None  # `十一户` is a number, not the article
    at = start + m.start("one" if m.group("one") else "each")
    return shared.classifier_at(view.text, at), m.group()


def _weak(view: PageView, per: Num, total: Num, count: Num, summed: bool) -> str | None:
    """Why a mismatch is no error (the start of a reason average_draft completes), None where it is one."""
    span = shared.span_word(view, per, total)
    if span:
        return f"句中有“{span}”，总额可能是多个时段的合计，总额与个数"
    loose = shared.loose_word(view, per)
    if loose:
        return f"句中有“{loose}”，各单位之数只是上限或约数，总额与个数"
    if not summed:
        return "总额未以“共计”等说成各单位之和，总额与个数"
    why = shared.doubt(view, per, total, count)
    return f"{why}，总额与个数" if why else None


def check(view: PageView) -> list[Draft]:
    drafts = []
    same_units = shared.data()["same_units"]
    for per in view.nums:
        if per.type not in SUMMABLE_TYPES or per.type == "count" or is_change(view, per):
            continue
        found = _classifier(view, per)
        if found is None:
            continue
        unit, said = found
        others = [n for n in view.in_sentence(per.sentence) if n is not per and not is_change(view, n)]
        units = (unit,) + tuple(same_units.get(unit, ()))
        counts = [n for n in others if n.type == "count" and (n.unit or "").endswith(units)
                  and not (n.value == 1 and view.clause_start(per.start) <= n.start < per.start)]  # `一台` itself
        totals = [n for n in others if n.same_measure(per)]
        if len(counts) != 1 or len(totals) != 1 or not counts[0].value or totals[0].value <= per.value:
            continue
        count, total = counts[0], totals[0]
        if _classifier(view, count) is not None:
            continue  # `每户购买化肥２袋，每袋…`: a count per unit itself counts no units
        summed = any(w in view.text[view.clause_start(total.start):total.start] for w in shared.data()["total_words"])
        gap = view.text[min(per.end, total.end):max(per.start, total.start)]
        if view.text.startswith(cues.words("bounds_per", "one_thing_after"), total.end) \
                or not summed and sum(gap.count(c) for c in INNER_BREAKS_RAW) > 1:
            continue  # `830 吨重的` weighs one thing; a total not said as a sum stands in the next clause
        drafts.append(average_draft(per, total, count, 1.0, _weak(view, per, total, count, summed)))
    return drafts
