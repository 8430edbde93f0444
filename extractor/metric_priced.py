"""What an amount per unit is paid for (`每千瓦时…` after `提高油菜籽收购价格`; `按每人每月300元给予社保补贴`):
the price raised or the subject read back without its own `每<unit>`, or the thing a verb of giving hands
out after the amount. Apart from metric_subject.py: a price names its thing around its unit, not as a clause's
subject does."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_cut import head_words
from .metric_subject import clause_start, subject_before_at
from .metric_words import CLAUSE_END, clean, DIGIT, leading_pattern
from .metric_per_unit import per_unit_patterns, per_unit_rest


def given_after(text: str, end: int) -> str:
    """按每人每月300元给予社保补贴: after the amount, a verb of giving then the thing given."""
    tail = CLAUSE_END.search(text, end, min(len(text), end + 30))
    after = text[end:tail.start() if tail else min(len(text), end + 30)]
    m = leading_pattern("giving", "verbs").match(after)
    noun = clean(after[m.end():]) if m else ""
    return head_words(noun) if len(noun) >= 2 and not DIGIT.search(noun) else ""


def priced_subject(text: str, start: int) -> str:
    """The subject before a price per unit, past a clause of only a time (整顿后，每千瓦时…), without
    its own `每<unit>`."""
    raised = _raised_price(text, start)
    if raised:
        return raised
    at = start
    for _ in range(2):
        subject, at = subject_before_at(text, at)
        rest = per_unit_rest(subject)
        subject = subject if rest is None else rest
        if not per_unit_patterns()[1].match(subject):
            return subject if len(subject) >= 2 else ""
    return ""


@lru_cache(maxsize=1)
def _price_change() -> re.Pattern:
    t = table("metric.toml")["per_unit"]
    # the verb, then a noun of up to ten characters ending in a word of price, at the clause's end
    return re.compile(f"(?:{alternation(t['price_verbs'])})了?(?P<thing>[\u4e00-\u9fff]{{0,10}}?"
                      f"(?:{alternation(t['price_ends'])}))[，,]$")


def _raised_price(text: str, start: int) -> str:
    """The price a clause right before the number's raised or lowered (提高油菜籽收购价格，每市斤由…),
    or ''."""
    lo = clause_start(text, start)
    m = _price_change().search(text, max(0, lo - 24), lo)
    return m.group("thing") if m and len(m.group("thing")) >= 2 else ""
