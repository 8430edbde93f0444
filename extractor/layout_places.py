"""Whether a title line opens with an area's name, as a news headline does (凤翔区招商引资成效显著, 陇县扎实推进
农村道路建设, 宝鸡高新区举行项目集中签约): the names the gazetteer holds in full at a province's, city's or
county's level, whatever their length (a county of one character before 县: 陇县, 眉县, 沛县), and a city's or
county's name, full or short, with a zone word after it (names/places.toml [suffix] zone). A title that
opens with a common word (市场监管提质增效, 区域合作再上台阶) or a unit's short form alone (凤翔招商) does not:
a subhead may do so."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table

_AREA_LEVELS = ("province", "city", "county")
_LONGEST = 10  # the longest name looked at (新疆维吾尔自治区: 8)


@lru_cache(maxsize=1)
def _zone_words() -> tuple[str, ...]:
    return tuple(table("names/places.toml")["suffix"]["zone"])


def opens_with_area(title: str) -> bool:
    """Whether `title` opens with an area's full name, or an area's name and a zone word."""
    from .names.divisions import gazetteer  # (the data is read only where a title asks: a page of one article never does)
    g = gazetteer()
    for size in range(min(_LONGEST, len(title) - 1), 1, -1):
        key = title[:size]
        if any(d.level in _AREA_LEVELS for d in g.full(key)):
            return True
        if title.startswith(_zone_words(), size) and any(d.level in _AREA_LEVELS for d in g.full(key) + g.short(key)):
            return True
    return False
