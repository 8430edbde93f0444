"""The country of a currency whose change a figure states (泰铢与美元比价下跌了８６％: 泰国): a percent
of a currency's fall is about its country (place_scope.py reads it where the clause names no place)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .place_words import whole_words


@lru_cache(maxsize=1)
def _currencies() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    t = table("place_scope.toml")
    countries = dict(t["currency_countries"])
    return (re.compile(alternation(sorted(countries, key=len, reverse=True))), countries,
            re.compile(alternation(t["currency_value_words"])))


def currency_country(text: str, clause: int, pos: int) -> Optional[str]:
    """The country of the currency a change in its clause is of: the first currency written as a
    subject there (印尼盾与美元比价已经下跌了１３７％; 美元对日元的汇率升值了１３％), not a unit after
    a figure (１美元合８．０９元人民币) nor the one it is measured against (对美元), nor one whose clause
    speaks of no value of it (人民币存贷款余额增长６．９％: what the amounts are counted in)."""
    pattern, countries, value = _currencies()
    for m in pattern.finditer(text, clause, pos):
        before = text[m.start() - 1] if m.start() > clause else ""
        if before.isdigit() or before in whole_words().currency_against:
            continue
        return countries[m.group()] if value.search(text, m.end(), pos) else None
    return None
