"""The span of years a paragraph reviews, named by its opening clause, for a yearly rate whose two
levels carry no year (growth.py).

    这五年，全县群众的钱袋子更鼓了。…人均可支配收入由 4.1 万元增加到 5.6 万元、年均增长 6.4%
        5 years: (5.6 ÷ 4.1)^(1/5) − 1 = 6.43%
    “十四五”时期，全市粮食产量由 X 增加到 Y，年均增长 Z%      2021–2025: 5 years
    2025 年，… 由 X 增加到 Y，年均增长 Z%                     no span of years: nothing read

Only the paragraph's opening clause counts (`这五年，`, nothing else before its comma): it says
what the whole paragraph is about, so a pair of levels inside it spans those years. A span named
deeper in the paragraph may be another one's (`五年累计投入`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..five_years import five_year_periods
from ..lexicon import alternation
from . import cues
from .model import Num, PageView

_COUNTS = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")} | {"两": 2}
_BACK = 60  # sentences walked back to the paragraph's start (bounded: linear in the page)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("growth_spans.toml")["growth_spans"]


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    """`这五年`, `过去五年`, `五年来`: the words before and after a count of years."""
    c = _cues()
    return re.compile(f"^(?:{alternation(c['before'])})?(?P<n>[一二两三四五六七八九十]|\\d{{1,2}})年(?:{alternation(c['after'])})$")


def paragraph_years(view: PageView, n: Num) -> tuple[int, str] | None:
    """(years, the words) of the span n's paragraph opens with, or None."""
    if n.sentence < 0:
        return None
    first = n.sentence
    while first > 0 and n.sentence - first < _BACK and view.sentences[first - 1].paragraph == n.paragraph:
        first -= 1
    start = view.sentences[first].start
    while start < len(view.text) and view.text[start].isspace():
        start += 1
    comma = view.text.find("，", start, start + _cues()["longest"] + 1)
    if comma < 0:
        return None
    opening = view.text[start:comma]
    m = _counted().match(opening)
    if m:
        k = m.group("n")
        years = int(k) if k.isdigit() else _COUNTS.get(k, 0)
        return (years, opening) if years >= 2 else None
    for s, e, period in five_year_periods(view.text, start, comma, None):
        rest = view.text[e:comma]
        if s == start and rest in _cues()["plan_after"]:
            a, b = (int(y) for y in period.split("/"))
            return b - a + 1, opening
    return None
