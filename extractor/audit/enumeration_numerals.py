"""enumeration: numerals listed one by one (`六、七`), then a count in words of what they number.

    全书的六、七两卷                      volumes six and seven: two
    一、二两月份的产品                     the first two months

Each numeral names one thing (a volume, a month, a grade), so the numerals and the count are as
many. lists.py reads `、` lists of names and never takes a numeral for an item. A numeral right
after the last may be a round number (`三、四十年`: thirty or forty years) or go on with it
(`十二、十三大`, `四、五六个`), not a count: such counts are not read. Numerals may also say a span loosely (`五、七两年`), so a
count that differs is unverifiable, not an error.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lexicon import alternation
from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "逐个列出的序数"
_ITEM = 4  # characters of one numeral (`一九八一`)
_POWERS = "十百千万亿"  # a count of these alone after a numeral makes it a round number


@lru_cache(maxsize=1)
def _numerals() -> str:
    return "".join(cues.words("enumeration", "count_numerals"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    numerals = _numerals()
    item = f"[{numerals}零〇]{{1,{_ITEM}}}"
    joins = alternation(cues.words("enumeration", "last_join"))
    return re.compile(f"(?<![{numerals}零〇、\\d.第])(?P<run>{item}(?:、{item})+(?:(?:{joins}){item})?)"
                      f"(?P<n>(?![{_POWERS}])[{numerals}]{{1,2}})(?P<cls>个?[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _splitter() -> re.Pattern:
    """What parts the numerals of a run: `、` and the join before the last."""
    return re.compile(alternation(["、", *cues.words("enumeration", "last_join")]))


def _runs_on(last: str, value: float) -> bool:
    """Whether the count may be read on with the last numeral as one number: after `十` (`十二、十三
    大`: the 13th congress) or one above it (`三、四、五六个`: five or six)."""
    before = parse_number(last)
    return last.endswith("十") or before is not None and value == before + 1


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        if m.group("cls")[-1] in _numerals() + _POWERS:
            continue  # the numeral run goes on (`三、四十五`): no count ends it
        items = _splitter().split(m.group("run"))
        value = parse_number(m.group("n"))
        if value is None or value < 2 or len(set(items)) < len(items) or _runs_on(items[-1], value):
            continue
        s, e = m.start("n"), m.end("cls")
        rec = view.raw_ref(s, e)
        if rec["start"] in taken or view.sentence_index(s) < 0:
            continue
        count = Num(rec, s, e, "count", float(value), m.group("cls")[-1], "exact", None, view.text[s:e])
        lst = ItemList(m.start("run"), m.end("run"), items, False, False, view.clause_start(s), view.clause_end(s))
        out.append(draft(view, count, lst, True, HOW).doubted("但并列的数词也可能是约数，无法据此判定有误。"))
        taken.add(rec["start"])
    return out
