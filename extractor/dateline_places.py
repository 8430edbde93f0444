"""The area a dispatch was filed from (本报广州１月２０日电, 据新华社武汉…电).

A dateline's place is where the news was filed, not what a figure is about, so it is no fact's own
place (place_words.usable), nor is it the area of a story that names no other (bench/gold/README.md:
null where no area is named for the number: an oilfield's output in a dispatch filed from the
provincial capital is not the capital's). But
a word that points to an area of a level (全市, 市政府, 本市, 全省, 省委) names one: where the story
names no area of that level before it, a careful reader takes it from the dateline (本报广州…电 市政府
今天宣布，今年将新建学校１２０所: 广州市; 全省 in a dispatch from 武汉: 湖北省).

A dispatch states where it was filed at its start (本报珀斯１月１２日电 …) or, told as a feature, in brackets
closing it (…前列。（本报珀斯１月１２日电）, （新华社北京１月６日电）): both are its dateline, read the same way
(the period side reads both too: datelines.py); one that opens it is asked first.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import table
from .page import Page
from .place_words import whole_words

# the levels a dateline's place is read at, most likely first (长沙: the city, not 长沙县)
_LEVELS = ("city", "province", "county")


def division_chain(name: Optional[str]) -> tuple[str, ...]:
    """A division's full name and those of the areas enclosing it (武汉市, 湖北省), where the name
    names one division only; () otherwise."""
    if not name:
        return ()
    from .names.divisions import gazetteer  # the gazetteer loads once, on first use
    g = gazetteer()
    found = [d for d in g.full(name) if d.level in _LEVELS]
    if len(found) != 1:
        return ()
    return (found[0].name, *(a.name for a in found[0].chain()))


def filed_from(where: str) -> tuple[str, ...]:
    """The division a dateline's place names, with its enclosing areas: its full name or its short
    name, at the most likely level where a short name is of several (长沙市 before 长沙县)."""
    from .names.divisions import gazetteer
    g = gazetteer()
    if g.world_level.get(where) in ("country", "foreign_city", "region"):
        return ()  # a dispatch from abroad: the country's words are read elsewhere
    chain = division_chain(where)
    if chain:
        return chain
    for level in _LEVELS:
        found = [d for d in g.short(where) if d.level == level]
        if len(found) == 1:
            return (found[0].name, *(a.name for a in found[0].chain()))
        if found:
            return ()
    return ()


def _dateline_where(text: str, start: int) -> str:
    """The place a dateline at `start` names as written (广州, 珀斯), '' where none opens there."""
    # (not cached by page text: a cache would keep many pages alive; read only where asked)
    m = whole_words().dateline_lead.match(text, start)
    return (m.group("where") or "") if m else ""


def _dateline_areas(text: str, start: int) -> tuple[str, ...]:
    where = _dateline_where(text, start)
    return filed_from(where) if where else ()


# the first paragraph of each article of the last page asked about: found once for a page, not
# once for each of its facts (the layout is the page's, kept with the map it gave, read and replaced
# as one pair so that pages read at once in threads never mix)
_OPENINGS: list = [(None, {})]


def _opening(page: Page, article: int) -> Optional[int]:
    """Where the article's first paragraph (not a title) begins, None where it has none."""
    layout = page.layout
    held = _OPENINGS[0]
    if held[0] is not layout:
        openings: dict[int, int] = {}
        for q in layout.paragraphs:
            if q.kind not in ("title", "subtitle"):
                openings.setdefault(q.article, q.start)
        held = _OPENINGS[0] = (layout, openings)
    return held[1].get(article)


def _filed_where(page: Page, article: int) -> str:
    """The place the article's dateline names as written: the one opening its first paragraph, else one
    in the brackets closing it (…。（本报珀斯１月１２日电）); '' where neither names one."""
    start = _opening(page, article)
    where = _dateline_where(page.text, start) if start is not None else ""
    if where:
        return where
    span = byline_span(page, article)
    m = whole_words().dateline_lead.match(page.text, span[0], span[1]) if span is not None else None
    # (the bracket holds the dateline alone: （河南偃师市公安局焦宏）, a writer's byline, names no filing place)
    return (m.group("where") or "") if m is not None and m.end() == span[1] else ""


def dateline_areas(page: Page, article: int) -> tuple[str, ...]:
    """The area the article's dispatch was filed from and the areas enclosing it (广州市, 广东省),
    read from the dateline opening its first paragraph or closing it in brackets; () where it has none,
    or one filed abroad or from a place the gazetteer does not know for sure."""
    where = _filed_where(page, article)
    return filed_from(where) if where else ()


def filed_abroad(page: Page, article: int) -> Optional[str]:
    """The foreign city the article's dispatch was filed from (本报珀斯１月８日电, …。（本报珀斯１月１２日电）:
    珀斯), None where it has no dateline or one filed at home or from a country's name."""
    where = _filed_where(page, article)
    if not where:
        return None
    from .names.divisions import gazetteer
    return where if gazetteer().world_level.get(where) == "foreign_city" else None


def level_area(ends: tuple[str, ...], main: Optional[str], filed: tuple[str, ...]) -> Optional[str]:
    """The area of a level (its names end so: 省) that a level's word points to where the story names
    none before it: one enclosing the main place (全省 in a story of 武汉市 → 湖北省), else the
    dateline's division or one enclosing it (市政府 in a dispatch from 广州 → 广州市)."""
    return next((name for name in (*division_chain(main)[1:], *filed) if name.endswith(ends)), None)


# the closing byline of each article of the last page asked about (（四川省某市委张三）): found once
_BYLINES: list = [(None, {})]


def byline_span(page: Page, article: int) -> Optional[tuple[int, int]]:
    """The inside of the bracket that closes an article (a reader's letter signed （辽宁某市公安局张三）):
    where its writer comes from, the area its 我市 and 我省 name; None where it closes otherwise."""
    layout = page.layout
    held = _BYLINES[0]
    if held[0] is not layout:
        spans: dict[int, tuple[int, int]] = {}
        longest = int(table("place_scope.toml")["byline_longest"])
        for a in layout.articles:
            end = len(page.text[a.start:a.end].rstrip()) + a.start
            if end > a.start and page.text[end - 1] == "）":
                opening = page.text.rfind("（", max(a.start, end - 1 - longest), end - 1)
                if opening >= 0 and "。" not in page.text[opening:end]:
                    spans[a.index] = (opening + 1, end - 1)
        held = _BYLINES[0] = (layout, spans)
    return held[1].get(article)
