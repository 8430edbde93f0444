"""average: a monthly average per head against a year's total and the count of heads, by arithmetic.

    城乡居民基本养老保险领取待遇人数 112.6 万人，全年基金支出 61.2 亿元，月人均待遇 453 元
        61.2 亿元 ÷ 112.6 万人 ÷ 12 = 452.9 元
A bulletin gives a benefit as so much a month per head while the fund's spending is the year's:
the average is the year's total over the count, over twelve months. The figure follows a month's
average word (data/monthly_means.toml: `月人均`, `月均`); the total is an amount of its unit in its
sentence or the one before, said of the whole year (`全年`); the count a count of people there. Only
where the arithmetic holds within the precision written (consistent): a count of heads at the
year's end is not the average count over the year, so a miss is no evidence of an error.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .arith import digits, near, sharp
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, rounded

_GAP = 8  # characters between the month's word and the figure (`月人均待遇`)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("monthly_means.toml")["monthly_means"]


def check(view: PageView) -> list[Draft]:
    out = []
    c = _cues()
    for avg in view.nums:
        if avg.type != "money" or avg.sentence < 0 or not sharp(avg) or digits(avg) < 2:
            continue
        before = view.label_before(avg, _GAP + 4)
        if not any(w in before for w in c["mean_words"]):
            continue
        d = _find(view, avg, c)
        if d is not None:
            out.append(d)
    return out


def _find(view: PageView, avg: Num, c: dict) -> Draft | None:
    nearby = [m for m in near(view, avg) if sharp(m) and m.value > 0]
    months = Interval(float(c["months"]), float(c["months"]))
    for total in nearby:
        if not total.same_measure(avg) or total.value <= avg.value or digits(total) < 2:
            continue
        s = view.sentences[total.sentence]
        if not any(w in view.text[s.start:total.start] for w in c["year_words"]):
            continue
        for count in nearby:
            if count.type != "count" or count.unit != "人" or digits(count) < 2:
                continue
            got = total.interval / count.interval / months
            if got.meets(avg.interval):
                point = total.value / count.value / c["months"]
                return Draft("average", "consistent", [avg.ref(), total.ref(), count.ref()], round(point, 3), avg.shown,
                             f"{total.written} ÷ {count.written} ÷ {c['months']} 个月 = {fmt(point, 2)}，与所述月人均 "
                             f"{avg.written} 一致{rounded(point, avg.value)}（由算术得出）。", {"found_by": "arithmetic"})
    return None
