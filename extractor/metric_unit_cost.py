"""An amount per unit whose clause names only the unit it is paid by (`按每亩800元的标准`, `按每生每年
3000元`, `每亩补助45元`): the rate is paid for the item that the amount before it in the same line
names (`1.茶园改造提升680万元。按每亩800元…`: 茶园改造提升), the unit being its scale, not what it measures.
A clause naming its own noun (`每亩茶园补助…`, `人均收入`) keeps it. Words: data/metric.toml [unit_cost]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import alternation, table
from .metric_nouns import currencies

_REACH = 160  # the item's amount, back within the same line
_UNIT_WORD = "[\u4e00-\u9fff]{1,2}?"  # 亩, 生, 条, 个, 人, 户, 年


@lru_cache(maxsize=1)
def _rate_only() -> re.Pattern:
    t = table("metric.toml")["unit_cost"]
    per = re.escape(t["per"])
    return re.compile(f"^(?P<open>{alternation(t['opens'])})?(?:{per}{_UNIT_WORD}){{1,2}}(?P<verb>{alternation(t['pay_verbs'])})?$")


def unit_cost_item(text: str, start: int, phrase: str | None, unit: str | None,
                   measure: Callable[[int, int], str | None]) -> str | None:
    """按每亩 (before 800元) → the phrase of the line's amount before it in the same currency, with the
    verb of paying where the clause says one (茶园绿色防控补助); None where the phrase is no bare rate
    or no such amount comes before it in the line."""
    if not phrase or unit not in currencies():
        return None
    m = _rate_only().match(phrase)
    if not m or not (m.group("open") or m.group("verb")):
        return None  # (每挣, 每月获: a verb after 每 is no unit paid by; only 按…每 or a verb of paying says a rate)
    line = text.rfind("\n", max(0, start - _REACH), start) + 1
    amount = re.compile(f"\\d[\\d.]*[十百千万亿]*{re.escape(unit)}")
    before = [a for a in amount.finditer(text, line, start) if a.end() <= start]
    item = measure(before[-1].start(), before[-1].end()) if before else None
    if not item or _rate_only().match(item) or len(item) < 2:
        return None
    verb = m.group("verb") or ""
    return item if item.endswith(verb) else item + verb
