"""average: a standard per unit, the count it is paid on and the total, in one sentence.

    对倒塌的 326 间房屋，按每间 2 万元的标准给予重建补助，需资金 652 万元
    大豆生产者补贴按每亩 350 元标准，对 142.8 万亩大豆发放，共计 49980 万元
    职业教育补助 140 万元，按每生每年 3 000 元标准，资助在校学生 466 名

Notices, relief news and harvest reports state what is paid per unit as a standard
(`按每<classifier> N 的标准`, data/standard_totals.toml) with the count it is paid on and what it
comes to: the total ÷ the count against the standard. The count is the sentence's one number whose
unit is the standard's classifier (or a unit that counts the same people, `生` and `名`); the total
the sentence's one other amount of the standard's measure, not a change. A standard is a figure set
to be paid, exact as written (`2 万元` is 20000), not a quotient rounded to its last digit, where the
total is named as its own payment (`需资金`, `共计`: data own_payment); a total named otherwise
(`用于…的资金达`) keeps the standard's rounding, and a sentence that puts other money in the total
(`加上配套资金`, `各级`, `总投资`: data added_money) makes a mismatch unverifiable. A sentence holding more
than one of either is not read (which would be which is not sure); one that makes the standard a
cap or a round figure (`最高`, `不超过`, `约`) makes a mismatch unverifiable, and so does a standard
per span of time (`每人每月 500 元`): the total may be paid over several months. allocation_rates.py reads the
same inside a numbered list's items.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..lexicon import alternation
from . import cues, per_unit_totals as shared
from .amounts import is_change
from .average import average_draft
from .model import Draft, Num, PageView

_LABEL = 10  # characters before a standard read for `按每<classifier>`


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("standard_totals.toml")


@lru_cache(maxsize=1)
def _each_re() -> re.Pattern:
    d = shared.data()
    return re.compile(rf"(?:{alternation(d['standard_words'])})每({shared.WORD_CHAR}{{1,2}}?)"
                      rf"(每?(?:{alternation(d['span_units'])}))?$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for per in view.nums:
        m = _each_re().search(view.label_before(per, _LABEL))
        if m is None or per.type not in SUMMABLE_TYPES or not view.text.startswith(tuple(_data()["closers"]), per.end):
            continue
        units = (m.group(1),) + tuple(shared.data()["same_units"].get(m.group(1), ()))
        others = [n for n in view.in_sentence(per.sentence) if n is not per and not is_change(view, n)]
        counts = [n for n in others if n.type != per.type and n.text.rstrip().endswith(units)]
        totals = [n for n in others if n.same_measure(per)]
        if len(counts) == 1 and len(totals) == 1 and counts[0].value > 0:
            loose = shared.loose_word(view, per)
            added = _added_money(view, per)
            weak = (f"句中有“{loose}”，标准只是上限或约数，总额与个数" if loose
                    else f"标准按{m.group(2)}计，总额可能是多个时段的合计，总额与个数" if m.group(2)
                    else f"句中有“{added}”，总额可能含标准以外的资金，总额与个数" if added else None)
            # the standard is exact only against a total named as its own payment, nothing added
            exact = added is None and _own_payment(view, totals[0])
            drafts.append(average_draft(per, totals[0], counts[0], 1.0, weak, set_each=exact))
    return drafts


def _added_money(view: PageView, per: Num) -> str | None:
    """A word in the sentence that puts other money into the total (`加上配套资金`, `各级共投入`,
    `总投资`): the total is then not the standard times the count for sure."""
    sent = view.sentences[per.sentence]
    text = view.text[sent.start:sent.end]
    return next((w for w in _data()["added_money"] + shared.data()["joined"] if w in text), None)


def _own_payment(view: PageView, total: Num) -> bool:
    """Whether the total's clause names it as the standard's own payment (`需资金`, `共计`,
    `补助资金`) right before it; `用于危房改造的资金达` may hold other money."""
    before = view.text[view.clause_start(total.start):total.start].rstrip()
    return before.endswith(tuple(_data()["own_payment"]))
