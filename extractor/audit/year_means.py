"""average: a yearly average against the total accumulated over the span of years it names.

    2021 年至 2025 年，县审计局累计完成审计项目 276 个，年均 55.2 个
        276 个 ÷ 5 年 = 55.2 个
    “十四五”时期（2021-2025 年），全市累计城镇新增就业 198.7 万人，年均 39.7 万人
        198.7 万人 ÷ 5 年 = 39.74 万人

The average follows `年均`/`平均每年` (data/year_means.toml; `年均增长 6.2%` is a growth, not a
level); its total is the number of its measure named with `累计`/`共计` in its sentence; the years
are the span its sentence names (`2021 年至 2025 年`, `2021-2025 年`, a plan period `“十四五”`),
both years counted. With the three in one sentence nothing else can be meant: a mismatch beyond
the precision written is an error.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, rounded

_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|-|－|~|～)\s*((?:19|20)\d\d)\s*年")
_GAP = 3  # characters between `年均` and its number (`年均约`, `年均为`)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("year_means.toml")["year_means"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    c = _cues()
    for avg in view.nums:
        if avg.type == "percent" or avg.sentence < 0:
            continue
        before = view.text[max(0, avg.start - len(max(c["mean_words"], key=len)) - _GAP):avg.start]
        word = next((w for w in c["mean_words"] if w in before), None)
        if word is None or any(w in before[before.index(word):] for w in c["not_after"]):
            continue
        s = view.sentences[avg.sentence]
        years = years_named(view.text[s.start:avg.start])
        totals = [n for n in view.in_sentence(avg.sentence) if n.end <= avg.start and n.same_measure(avg)
                  and n.value > avg.value and any(w in view.label_before(n, 16) for w in c["total_words"])]
        if years is None or not totals:
            continue
        drafts.append(_draft(avg, totals[-1], years))
    return drafts


def years_named(text: str) -> int | None:
    """The number of years a span in the text names, both ends counted."""
    m = _SPAN.search(text)
    if m:
        first, last = int(m.group(1)), int(m.group(2))
        return last - first + 1 if last > first else None
    for name, (first, last) in _cues()["plans"].items():
        if name in text:
            return last - first + 1
    return None


def _draft(avg: Num, total: Num, years: int) -> Draft:
    got = total.interval / Interval(float(years), float(years))
    point = total.value / years
    shown = f"{total.written} ÷ {years} 年 = {fmt(point, 2)}"
    if got.meets(avg.interval):
        return Draft("average", "consistent", [avg.ref(), total.ref()], point, avg.shown,
                     f"{shown}，与所述年均 {avg.written} 一致{rounded(point, avg.value)}。")
    return Draft("average", "inconsistent", [avg.ref(), total.ref()], point, avg.shown,
                 f"{shown}，与所述年均 {avg.written} 不符。")
