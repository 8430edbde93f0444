"""A rate named by its act alone right after a count of those who did it (`电子社保卡领用1052.3万人，领用率75.2%`;
`城乡居民医保参保20460人，参保率96.1%`): the rate's clause says only which act's rate it is; whose is said by
the count before, so the rate is named with that count's subject (电子社保卡领用率, 城乡居民医保参保率).
The words live in data/metric.toml, [rate_subject]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import alternation, table

_BREAKS = "，、；"  # between the count's clause and the rate's
_REACH = 40  # the count's clause


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    units = alternation(table("metric.toml")["rate_subject"]["units"])
    return re.compile(f"\\d[\\d.]*[万亿]?(?P<unit>{units})$")


@lru_cache(maxsize=1)
def _rate() -> re.Pattern:
    t = table("metric.toml")["rate_subject"]
    return re.compile(f"(?P<act>[\\u4e00-\\u9fff]{{{t['act_length']}}})(?P<end>{alternation(t['ends'])})"
                      f"(?:{alternation(t['links'])})?")


def rate_subject(text: str, start: int, measure: Callable[[int, int, str], str | None]) -> str | None:
    """<the count's subject up to the act><act>率 for a percent whose clause is only `<act>率`, right after a
    clause ending in a count whose metric names the act; None where the shape is absent."""
    shape = None
    for lo in range(max(0, start - 6), start - 2):
        if text[lo - 1:lo] and text[lo - 1] in _BREAKS:
            shape = _rate().fullmatch(text, lo, start)
            if shape:
                break
    if not shape:
        return None
    before = shape.start() - 1
    counted = _count().search(text, max(0, before - _REACH), before)
    if not counted:
        return None
    subject = measure(counted.start(), counted.end(), counted.group("unit"))
    act = shape.group("act")
    at = subject.find(act) if subject else -1
    if at < 2:
        return None  # (the count names another act, or no one who did it)
    return subject[:at + len(act)] + shape.group("end")
