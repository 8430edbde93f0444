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
sum (`共计`) and each unit's amount is not a span's (`每户每年`): only then is a mismatch an error,
else it is unverifiable. A standard `按每…标准` is standard_totals.py's; a cap or a round figure
(`最高`, `约`) there is read as it reads them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .average import average_draft
from .model import Draft, Num, PageView


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("each_totals.toml")


@lru_cache(maxsize=1)
def _per_re() -> re.Pattern:
    d = _data()
    each = "|".join(map(re.escape, d["each_words"]))
    one = "|".join(map(re.escape, d["one_words"]))
    word = r"[^\d０-９\s，。、；：,;:]"
    return re.compile(rf"(?:(?:{each})(?P<each>{word})(?P<rest>{word}{{0,{d['each_reach']}}})"
                      rf"|(?:{one})(?P<one>{word}){word}{{0,{d['one_reach']}}})$")


def _classifier(view: PageView, per: Num) -> tuple[str, str] | None:
    """The classifier a figure is said per (`户`) and the words from the cue to the figure."""
    start = view.clause_start(per.start)
    label = view.text[start:per.start]
    m = _per_re().search(label)
    if m is None or "按" in label[:m.start()]:
        return None  # `按每间…的标准` is standard_totals.py's
    if m.group("one"):
        before = label[:m.start()]
        if before and before[-1] in _data()["numeral_chars"]:
            return None  # `十一户` is a number, not the article
        return m.group("one"), m.group()
    return m.group("each"), m.group()


def check(view: PageView) -> list[Draft]:
    drafts = []
    for per in view.nums:
        if per.type not in SUMMABLE_TYPES or per.type == "count" or is_change(view, per):
            continue
        found = _classifier(view, per)
        if found is None:
            continue
        unit, said = found
        others = [n for n in view.in_sentence(per.sentence) if n is not per and not is_change(view, n)]
        units = (unit,) + tuple(_data()["same_units"].get(unit, ()))
        counts = [n for n in others if n.type == "count" and (n.unit or "").endswith(units)
                  and not (n.value == 1 and view.clause_start(per.start) <= n.start < per.start)]  # `一台` itself
        totals = [n for n in others if n.same_measure(per)]
        if len(counts) != 1 or len(totals) != 1 or not counts[0].value or totals[0].value <= per.value:
            continue
        total = totals[0]
        summed = any(w in view.text[view.clause_start(total.start):total.start] for w in _data()["total_words"])
        gap = view.text[min(per.end, total.end):max(per.start, total.start)]
        if view.text.startswith(cues.words("bounds_per", "one_thing_after"), total.end) \
                or not summed and sum(gap.count(c) for c in "，；,;") > 1:
            continue  # `830 吨重的` weighs one thing; a total not said as a sum stands in the next clause
        sent = view.sentences[per.sentence]
        span = next((w for w in _data()["spans"] if w in view.text[sent.start:sent.end]), None)
        loose = next((w for w in cues.table("standard_totals.toml")["loose"] if w in view.text[sent.start:sent.end]), None)
        weak = (f"句中有“{span}”，总额可能是多个时段的合计，总额与个数" if span
                else f"句中有“{loose}”，各单位之数只是上限或约数，总额与个数" if loose
                else "总额未以“共计”等说成各单位之和，总额与个数" if not summed else None)
        drafts.append(average_draft(per, total, counts[0], 1.0, weak))
    return drafts
