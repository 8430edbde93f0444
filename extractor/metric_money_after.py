"""The money noun after an amount's 的 that names it (`为了3万元的回扣费`, `背着900亿美元的外债`,
`有20亿美元的逆差`), where the words before the amount name no money of their own. The words live in
data/metric.toml, section [money_noun_after]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_NOUN_LONGEST = 12


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["money_noun_after"]
    # (the noun after 的 up to its last money word, no number in it: 的3部照相机和2000元现金 is another amount's)
    after = re.compile(f"(?:{alternation(t['between'])})?的([^，。；：！？、,;:!?\\n的\\d]{{0,{_NOUN_LONGEST}}}?"
                       f"(?:{alternation(t['words'])}))")
    own = re.compile(alternation(t["own"]))
    return after, own


def money_noun_after(text: str, end: int, phrase: str | None) -> str:
    """背着900亿美元的外债包袱 → 外债: the money noun right after the amount's 的, where the phrase read
    before the amount names no money ('' otherwise)."""
    after, own = _shapes()
    if phrase and own.search(phrase):
        return ""  # (偷税额高达724万元的大案, 投资1390万元的公司: the phrase before names the money)
    m = after.match(text, end)
    return m.group(1) if m and len(m.group(1)) >= 2 else ""
