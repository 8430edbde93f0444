"""An amount paid as the means of an act, `以<amount>(的)<price>`: `某人以12000元的价格购得一辆旧车`,
`答应以3万元价格卖给他`: the amount is a price, and the noun of price after it names it (the actor and
the act around it do not: `某人以` is what the clause reader left). The words live in data/metric.toml,
section [means]; a noun other than a price after the amount (以每个季度几百元的速度下落: a rate of
change) decides nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_nouns import currencies

_REACH = 8  # how far back from the amount the 以 may stand (以每辆车4000元)


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["means"]
    before = re.compile(f"(?:{alternation(t['marks'])})(?:{alternation(t['between'])})?"
                        "[\u4e00-\u9fff]{0,3}?(?:约|近)?$")
    after = re.compile(f"的?({alternation(t['price_nouns'])})")
    return before, after


def price_paid(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The noun of price after an amount of money that 以 puts as the means of an act; None where
    the amount is not so written or no noun of price follows it."""
    if unit not in currencies():
        return None
    before, after = _shapes()
    price = after.match(text, end)
    if not price or not before.search(text[max(0, start - _REACH):start]):
        return None
    return price.group(1)
