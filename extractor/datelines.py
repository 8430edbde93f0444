"""Datelines of news stories (data/period.toml dateline_*): 本报北京1月4日讯 opening a story or one of its
paragraphs (a dispatch, what it states with no time stands when it was filed), and （新华社某地１月１２日电）
closing a story in brackets (filed that day, though told paragraph by paragraph as a feature). Bylines
(本报记者江玉《中国电力报》) are none."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

BRACKET_OPENS = ("（", "(")


@lru_cache(maxsize=1)
def _dateline() -> tuple[re.Pattern, int]:
    t = table("period.toml")
    closes = alternation(t["dateline_closes"])
    opens, reach = alternation(t["dateline_opens"]), int(t["dateline_reach"])
    # not a byline that names a paper (本报记者江玉《中国电力报》: 电 of 电力报): no 记者 nor title mark between
    between = alternation(t.get("dateline_not_between", []))
    char = rf"(?:(?!{between})[^，。：\n《])" if between else r"[^，。：\n]"
    return (re.compile(rf"(?:{opens}){char}{{0,{reach}}}?(?:{closes})"
                       rf"|[0-9０-９]日(?:{closes})"), int(t["dateline_within"]))


def has_dateline(text: str, start: int, end: int) -> bool:
    """Whether the story between start and end opens with a dateline (本报北京1月4日讯). Not a credit in
    brackets closing a photo's caption under the byline (压题照片为…火山口。（本报某地电）): the photo's, wired
    from there; a story's own dateline opens its text, and one in brackets closes it (closes_with_dateline)."""
    pattern, within = _dateline()
    return any(not text.endswith(BRACKET_OPENS, 0, m.start()) for m in pattern.finditer(text, start, min(end, start + within)))


def closes_with_dateline(text: str, start: int, end: int) -> bool:
    """Whether the story between start and end closes with a dateline in brackets (…家园。
    （新华社某地１月１２日电）): filed that day, though it is told paragraph by paragraph as a feature."""
    return bool(_closing_dateline().search(text, max(start, end - _dateline()[1]), end))


@lru_cache(maxsize=1)
def signed_ends() -> tuple[str, ...]:
    """What follows a dateline's date where the dateline closes its story (１２日电）)."""
    t = table("period.toml")
    return tuple(c + b for c in t["dateline_closes"] for b in t["dateline_closing_close"])


@lru_cache(maxsize=1)
def _closing_dateline() -> re.Pattern:
    t = table("period.toml")
    pattern = _dateline()[0].pattern
    before = alternation(t.get("dateline_closing_before", []))
    return re.compile(rf"(?:{alternation(t['dateline_closing_open'])})(?:{before})?(?:{pattern})"
                      rf"(?:{alternation(t['dateline_closing_close'])})\s*$")


def opens_dispatch(text: str, start: int, end: int) -> bool:
    """Whether the paragraph between start and end opens with a dateline (本报杭州1月12日电…,
    据新华社东京1月5日电): a dispatch of its own."""
    pattern, within = _dateline()
    return bool(pattern.match(text, start, min(end, start + within)))
