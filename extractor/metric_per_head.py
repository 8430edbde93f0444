"""An amount per head in brackets right after an amount (`经费由80万元（人均5.2元）`): the per-head
share of the amount outside, named by that amount's subject with the per-head word. The words live
in data/metric.toml, section [per_head_bracket]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import alternation, table

_OUTER_REACH = 24  # the amount outside, up to the bracket (１１７．６万元, 六亿三千万元)


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["per_head_bracket"]
    opening = re.compile(f"[（(]({alternation(t['heads'])})$")
    number = "[\\d０-９][\\d０-９.．·,，]*|[〇○零一二两三四五六七八九十百千万亿点]+"
    outer = re.compile(f"(?:{number})(?:多|余)?(?:[十百千万亿]*)(?:{alternation(t['units'])})$")
    return opening, outer


def per_head_bracket(text: str, start: int, end: int, read: Callable[[int, int], str | None]) -> str:
    """117.6万元（人均0.60元） → <the subject of 117.6万元>人均 ('' where the number is no per-head
    amount alone in brackets right after an amount, or the outer amount names nothing)."""
    opening, outer = _shapes()
    m = opening.search(text, max(0, start - 6), start)
    if not m or text[end:end + 1] not in "）)":
        return ""
    amount = outer.search(text, max(0, m.start() - _OUTER_REACH), m.start())
    subject = read(amount.start(), amount.end()) if amount else None
    return subject + m.group(1) if subject and len(subject) >= 2 and m.group(1) not in subject else ""
