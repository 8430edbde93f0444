"""A price or amount per unit in a metric phrase (每千瓦时, 每平方米, 平均每吨): the phrase without it names what
is priced, or nothing (整顿前每千瓦时: the subject before does). Apart from metric_words.py: only the readers of
prices and per-unit amounts use it."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table, word_list
from .metric_words import clean


PER_UNIT_MARK = "每"


@lru_cache(maxsize=1)
def per_unit_patterns() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["per_unit"]
    units = alternation([*word_list("quantity_units.txt"), *word_list("classifiers.txt"), *t["units"]])
    # a time that ends with 前/后 (整顿前, 改造后) names no subject: it is left out as scope is
    time = f"^.{{1,3}}(?:{alternation(t['time_ends'])})$"
    # only right before the number: 平均每人全年可用于生活费的收入 keeps its 每人
    return re.compile(f"(?:{alternation(t['words'])})?(?:{PER_UNIT_MARK}(?:{units}))+(?:{alternation(t['words'])})?$"), \
        re.compile(time)


def per_unit_rest(phrase: str) -> str | None:
    """The phrase without its `每<unit>` (每千瓦时, 每平方米) and a time before it, or None where it
    holds no such unit."""
    per, time = per_unit_patterns()
    rest, n = per.subn("", phrase)
    if not n:
        return None
    rest = clean(rest)
    return "" if time.match(rest) else rest
