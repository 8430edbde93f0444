"""A story of a body of the whole country that names no area: 财政部会同国家计委…取消２９项收费 (a dispatch
whose opening names the ministries), 本报北京…讯 某基金设立１０年来…今天，国家教委在…召开纪念会 (the body in
the dispatch's first paragraph). Its figures are the country's, as those of stories that speak of 全国 and
我国 are (bench/gold/README.md: a national body's story naming no area -> 中国, the DEV gold's majority).
A body named only further on (由外交部档案馆编辑的字典, a quotation's 国务院) is no topic of the story, and a
foreign country's body written with its one-character form (美能源部) is that country's, not China's. A
body the news was had from (记者从国家地震局获悉：…地区共发生余震３６０次) is the story's source, not its topic
(the figures are those of the area it reports on), and one whose support a deed had (在财政部支持下编辑) a
helper."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .lexicon import word_list
from .place_words import is_national_body
from .record import Record


@lru_cache(maxsize=1)
def country_forms() -> frozenset[str]:
    """The one-character forms of countries that head their bodies' names (美能源部, 俄经济部)."""
    return frozenset(line.split()[0] for line in word_list("names/country_abbreviations.tsv"))


def named_as_source(text: str, lo: int, start: int) -> bool:
    """Whether the body opening at `start` is written as where the news was had from or whose support a deed had
    (记者从国家地震局获悉, 据国家统计局统计, 在财政部支持下): a source or helper, no topic of the story (lo: the
    article's start, which the word before it may not cross)."""
    return text.endswith(tuple(word_list("place_national_sources.txt")), lo, start)


def leads_with_nation(text: str, orgs: list[Record], places: list[Record], lo: int, end: Optional[int]) -> bool:
    """Whether a body of the whole country is named between lo (the article's start) and end (where its
    titles and first sentence, or a dispatch's first paragraph, end): orgs are the article's bodies, places
    its places (a body holding a place, 美国国务院, is that place's)."""
    if end is None:
        return False
    forms = country_forms()
    for o in orgs:
        if not lo <= o.norm_start < end:
            continue
        name = text[o.norm_start:o.norm_end]
        if not is_national_body(name) or name[:1] in forms or named_as_source(text, lo, o.norm_start):
            continue
        if any(o.norm_start <= p.norm_start and p.norm_end <= o.norm_end for p in places):
            continue
        return True
    return False
