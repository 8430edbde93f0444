"""The whole-country words (全国, 我国) and a foreign city carried on: which country they name, whether they
scope or rank (居全国第1位), and the one a sentence without figures sets as its paragraph's scene; apart from
the mentions of named places (place_mentions.py)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .clauses import BREAKS, last_mark
from .place_words import numeral_chars, whole_words
from .record import Record

# a figure other than a year (１９９７年，我国与世界各国贸易往来十分活跃 states none)
_AMOUNT = re.compile(r"\d(?!\d*年)")


def carried_place(carried: Optional[str], main: Callable[[], Optional[str]]) -> Optional[str]:
    """The place carried on from the sentences before, else the main place; but a foreign city
    carried on in a story about its country (多伦多 in a story about Canada: 调查结果显示，在被访问的
    547名华裔移民中…) gives way to the country: the figures after it are the country's. main:
    the main place, asked for only where it is needed (finding an article's is work)."""
    if not carried:
        return main()
    from .names.divisions import gazetteer
    levels = gazetteer().world_level
    if levels.get(carried) == "foreign_city":
        place = main()
        if place and place != carried and levels.get(place) == "country":
            return place
    return carried


def country_of(word: str, main: Callable[[], Optional[str]]) -> str:
    """The country a whole-country word names: 我国 is China's; 全国 in a story about a foreign
    country (古巴…投票在全国3.3万多个投票站进行) is that country's. main: the main place, asked
    for only where the word can name another country than China."""
    w = whole_words()
    if word in w.story_country:
        place = main()
        if place and place != w.country_name:
            from .names.divisions import gazetteer
            if gazetteer().world_level.get(place) == "country":
                return place
    return w.country_name


def clause_start(text: str, lo: int, pos: int) -> int:
    # map, not a generator: called for every place and fact, its frames were most of its time
    at = last_mark(text, BREAKS, lo, pos)
    return at + 1 if at >= 0 else lo


def ranks(text: str, m: re.Match) -> bool:
    """Whether a whole-area word ranks or compares (居全国第1位, 在全国率先, 全国最大) rather than
    scopes; a scene word (在我国，这一比例仅为5%) scopes whatever comes before it."""
    w = whole_words()
    if text.endswith(w.scope_before_count, 0, m.start()) and _counted_after(text, m.end()):
        return False  # 在全国２７个省市建立维修网络, 与全国５０多所大专院校: the areas counted are the country's
    after = text.endswith(w.whole_not_after, 0, m.start()) and not text.endswith(w.not_preposition, 0, m.start())
    return not is_scene(text, m) and (after or text.startswith(w.whole_not_before, m.end()))


def _counted_after(text: str, at: int) -> bool:
    """Whether a figure stands right after a position (全国|２７个省市, 全国|三十个城市)."""
    return at < len(text) and (text[at].isdigit() or text[at] in numeral_chars())


def is_scene(text: str, m: re.Match) -> bool:
    return any(text.startswith(s, m.end() - len(s)) for s in whole_words().scene_words if len(s) <= m.end())


def country_scene(text: str, start: int, end: int, named: list[Record]) -> Optional[str]:
    """The whole-country word (全国, 我国) a sentence without figures (years aside) sets as the scene of the
    paragraph's next sentences (…正打得火热的全国排球联赛，…。共有八支球队…): after its places, opening
    a clause (在 at most before it) or in a sentence that names no place; not one that ranks or
    compares (与全国其他地方一样), nor a body's name (全国政协委员), nor after a place in the middle
    of a clause (在顺德，…同为我国家用电器生产的强手)."""
    w = whole_words()
    if _AMOUNT.search(text, start, end):
        return None
    after = max((p.norm_end for p in named), default=start)
    words = [m for m in w.country.finditer(text, after, end)
             if not ranks(text, m) and not text.startswith(w.country_bodies, m.start())
             and (not named or m.start() - clause_start(text, start, m.start()) <= 1)]
    return words[-1].group() if words else None
