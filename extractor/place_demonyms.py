"""The country of the people a count counts by their nationality (３名荷兰人, ４００多名韩国人): the area of
those people, as a place opening what is counted is (４０多名澳门中学生, 6家德国公司: place_scope.py). jieba
keeps most such words whole (英国人, 澳大利亚人), so the names find no place in them and the count would take
the place before it (７名法国人、４名瑞典人: not 美国's). People named by a country they left (伊拉克人难民)
are where they are (data/place_scope.toml emigrant_after): no country here."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_PERSON = "人"


@lru_cache(maxsize=1)
def _demonym() -> re.Pattern[str]:
    from .names.divisions import gazetteer
    countries = [name for name, level in gazetteer().world_level.items() if level == "country"]
    return re.compile(f"({alternation(countries)}){_PERSON}")


def demonym_country(text: str, end: int) -> Optional[str]:
    """The country a count ending at `end` counts the people of (N名英国人), if it is written so."""
    m = _demonym().match(text, end)
    if m is None or text.startswith(tuple(table("place_scope.toml")["emigrant_after"]), m.end()):
        return None
    return m.group(1)
