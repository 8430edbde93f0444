"""Stocks in a ranked share table (１江苏春兰２３．４２): a row of a rank, a name of four characters and a
figure. A name a province or city heads (江苏/春兰, 天津/磁卡) is the listed firm's short name; the other
rows name firms by trade words (华东电脑, 海信电器) that need more than a table to tell."""
from __future__ import annotations

import re
from typing import Callable

from .org_lists import Org
from .place_mention import Mention
from .spans import Spans

_DIGIT = "0-9０-９"
_NAME = r"[\u4e00-\u9fff]{4}"
# rows of a rank, a stock's name and a figure (a price or a percent), at least three running on
# with only figures between (a page's lines are joined: 1四川长虹10.22深圳发展9.8…)
_TABLE = re.compile(rf"(?:[{_DIGIT}][{_DIGIT}.．]*{_NAME}){{3,}}[{_DIGIT}]")
_ROW_NAME = re.compile(_NAME)


def table_stocks(text: str, places: list[Mention], found: list[Org], make: Callable) -> list[Org]:
    """The rows' names that a place of two characters heads, as organizations (make(start, end, name))."""
    rows = [m for t in _TABLE.finditer(text) for m in _ROW_NAME.finditer(text, t.start(), t.end())]
    if not rows:
        return []
    heads = {(p.start, p.end) for p in places if p.kind in ("full", "short", "renamed")}
    taken = Spans((o.start, o.end) for o in found)
    out = []
    for m in rows:
        s, e = m.span()
        if (s, s + 2) in heads and not taken.overlaps(s, e):
            out.append(make(s, e, text[s:e]))
    return out
