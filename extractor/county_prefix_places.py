"""A county's short name opening a body's name (介休纺织厂, 太谷纺织厂, 南召县… as 南召某厂, 杨浦检察院) where the
article names the city the county lies in (晋中地区; 上海市 for its districts): the county is the body's area, and so the place of the figures
told of the body (bench/gold/README.md: a company is no place, the area named with it is; the most specific
area named for the number). place_orgs.py reads a county's short name in a body's name only where the page
names the county alone; a county's short name alone is too often a word (东方, 长安) to be read anywhere, but
one of the few counties of a city the article names, followed by a body's words, is that county. The words
live in data/place_scope.toml [county_prefix]; scope.py adds these mentions to the places it reads, and
main_places.py does not count them: the body is no new area the story is about (its city is named already).
A short name that is also an ordinary word (和平 of 天津's 和平区: jieba's dictionary knows it as a common word, not a
place's) is read only right after its area's name (天津市和平区法院 as 天津市和平检察院), as place_orgs reads a county
in a body's name: `和平公司` in a story of 天津市 is a firm named for peace."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from .lexicon import alternation, table
from .page import Page
from .record import Record

PREFIX_RULE = "place:county_prefix"
# the levels of an area whose own county-level units are read: a city's, and a province's directly under it (a
# municipality's districts, 杨浦检察院 in a story of 上海市; a province's own county-level cities)
_ENCLOSING = ("city", "province")


@lru_cache(maxsize=1)
def _body() -> tuple[re.Pattern, int, tuple[str, ...]]:
    t = table("place_scope.toml")["county_prefix"]
    # the body's words after the county's name: a trade of a few characters, then the kind of body
    return (re.compile(rf"[^\W\d_]{{0,{int(t['trade_reach'])}}}?(?:{alternation(t['body_ends'])})"), int(t["shortest"]),
            tuple(t["not_endings"]))


@lru_cache(maxsize=None)
def _ordinary_word(short: str) -> bool:
    """The short name is a common word of jieba's dictionary that the dictionary does not tag a place (和平, 新华,
    南岸; not 杨浦, 宝山, nor 长安 'ns'): [county_prefix] word_frequency, place_tags."""
    from .dictionary import default_dictionary
    t, d = table("place_scope.toml")["county_prefix"], default_dictionary()
    return d.is_word(short) and d.tags.get(short) not in t["place_tags"] and d.freq(short) >= int(t["word_frequency"])


@lru_cache(maxsize=1)
def _counties() -> dict[str, list[tuple[str, str, str, list[str]]]]:
    """The county-level units of each city by the city's code (its first four digits): short name, full name,
    code and enclosing areas."""
    from .names.divisions import gazetteer
    g, shortest, not_endings = gazetteer(), _body()[1], _body()[2]
    out: dict[str, list[tuple[str, str, str, list[str]]]] = {}
    seen: set[str] = set()
    for units in g.by_name.values():
        for d in units:
            if d.level != "county" or not d.code or not d.short or len(d.short) < shortest or d.code in seen \
                    or d.short.endswith(not_endings):
                continue
            seen.add(d.code)
            chain = d.chain()
            # (keyed by the unit that encloses it: a district of a city under a province (平遥县: 晋中's 1407),
            # or of a municipality itself (杨浦区 of 上海市 310000: 3100), whose districts' codes run on from 3101)
            key = chain[0].code[:4] if chain and chain[0].code else d.code[:4]
            out.setdefault(key, []).append((d.short, d.name, d.code, [a.name for a in chain]))
    return out


def county_prefix_places(page: Page, places: Iterable[Record]) -> list[Record]:
    """A place mention for each county short name of a city its article names, written right before a
    body's words (介休纺织厂): not inside another place's mention (平遥县 written whole is read already)."""
    text, body = page.text, _body()[0]
    places = list(places)
    taken = [(p.norm_start, p.norm_end) for p in places]
    cities: dict[int, dict[str, Record]] = {}
    for p in places:
        if p.level in _ENCLOSING and p.code and len(p.code) >= 4:
            cities.setdefault(p.article, {}).setdefault(p.code[:4], p)
    out: list[Record] = []
    for article, named in cities.items():
        span = next((a for a in page.layout.articles if a.index == article), None)
        units = {short: (city, unit) for key, city in named.items() for unit in _counties().get(key, [])
                 for short in (unit[0],)}
        if span is None or not units:
            continue
        for m in re.finditer(alternation(units), text[span.start:span.end]):
            at, end = span.start + m.start(), span.start + m.end()
            if not body.match(text, end) or any(s < end and at < e for s, e in taken):
                continue
            city, (short, name, code, parent) = units[m.group()]
            if _ordinary_word(short) and not text.endswith(city.text, 0, at):
                continue  # (天津市…和平公司: a firm named by the word, not of 和平区)
            sent = page.layout.sentence_at(at)
            out.append(replace(city, text=short, value=name, level="county", code=code, parent=parent, aliases=None,
                               norm_start=at, norm_end=end, paragraph=sent.paragraph if sent else city.paragraph,
                               rule=PREFIX_RULE))
    return out
