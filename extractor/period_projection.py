"""A projection or a target said with no time of its own under a dated news item (12月18日，…签约；项目建成后，预计可新增年产值
５０亿元; 1-11月…。下一步力争开工率达到８０％以上) is of no period: the news's day or months are when it happened, not when
the projection comes true, which the text does not say (bench/gold/README.md: null where the text gives no time).
A plan whose time is written after its word (力争今年…, 预计全年…) keeps it; under a plain year the year stays in a
report (its plans for the year its section speaks of, as README's lines on plans read them), not in a news item
with a dateline (本报讯…今年以来…。下一步力争…: the year it reports is not the plan's). Words: data/period.toml
[projections]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .clauses import INNER_BREAKS_RAW
from .lexicon import alternation, table
from .page import Page
from .time_exprs_carry import dated


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, str]:
    t = table("period.toml")["projections"]
    own = rf"{alternation(t['own_time'])}|[{t['time_digits']}]+(?:{alternation(t['time_units'])})"
    done = rf"(?:{alternation(t['completion'])})[^。；;]*?(?:{alternation(t['may_come'])})"
    return (re.compile(rf"{alternation(t['words'])}|{done}"), re.compile(own), re.compile(alternation(t["own_time"])),
            re.compile(alternation(t["not_between"])), INNER_BREAKS_RAW)


_NEWS_TIME = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2})?")  # a day, a month, a span of months
_YEAR = re.compile(r"\d{4}")


def news_item(page: Page, article: Optional[int]) -> bool:
    """Whether the article is a news item with a dateline (本报讯, 本报某地12月18日电, or one closing it)."""
    a = next((a for a in page.layout.articles if a.index == article), None)
    return a is not None and dated(page, a.start, a.end, signed=True)


def untimed_projection(text: str, start: int, pos: int, period: Optional[str],
                       news: Callable[[], bool] = lambda: False) -> Optional[str]:
    """The period of the figure at pos in the sentence starting at start: None where a projection or target
    word before it in its sentence sets no time of its own and the period given is a news item's day or months,
    or its year (news(): the figure's article has a dateline; a report's plans keep their year)."""
    if not period or not (_NEWS_TIME.fullmatch(period) or _YEAR.fullmatch(period)):
        return period
    word, own_time, time_word, between, breaks = _patterns()
    found = list(word.finditer(text, start, pos))
    if not found:
        return period
    at, after = found[-1].span()
    clause = max([start - 1, *(text.rfind(b, start, at) for b in breaks)]) + 1  # the word's clause
    if own_time.search(text, clause, pos) or time_word.search(text, start, clause) or between.search(text, after, pos):
        # 力争今年…, 年底前，力争…, 提出争取…的八项办法: a time of its own (a date written with its number only
        # in the word's clause: 12月18日，…签约；项目建成后，预计可… is the signing's day), or a description
        return period
    return None if _NEWS_TIME.fullmatch(period) or news() else period
