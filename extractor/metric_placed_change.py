"""A phrase of a place and a word of change (莆田市增长, 远安县下降): it names where, not what; what the run before
measures changed. Apart because it matches a place within a run of items, as metric_places.py's readers do,
but needs the change words of metric_change_words.py."""
from __future__ import annotations

from typing import Callable

from .metric_places import places_named, scope_only
from .metric_lists import RESPECTIVELY
from .metric_words import clean, DIGIT
from .metric_change_words import change_bases, change_word


_PLACE_FINALS = "省市县区州旗盟"  # (a place's name that opens a measure ends so: 台北市人口; not 城中村, 中心镇)


def placed_change(phrase: str | None, run: Callable[[], str | None]) -> str | None:
    """莆田市增长, 最小的安阳市偏少, 南平市分别增长: a phrase of a place (or places) and a word of change names
    where, not what: what the run (`run()`, read only then) measures changed, its own change word replaced by
    the phrase's. None where the phrase is not so, or the run names nothing but a place."""
    tail = change_word().search(phrase or "")
    stem = clean(phrase[:tail.start()].removesuffix(RESPECTIVELY)) if tail else ""
    if not stem or not places_named(stem):
        return None
    measured = run()
    if not measured or DIGIT.search(measured) or scope_only(measured):
        return None
    own = change_word().search(measured)
    measured = clean(measured[:own.start()]) if own else measured
    # (福州市、厦门市分别增长6.1%、5.8%: the run before is the list's first place and its change, 福州市增长: a measure
    # that opens with a place, another item's, is none of this item's)
    if any(places_named(measured[:n]) for n in range(2, len(measured) + 1)
           if n == len(measured) or measured[n - 1] in _PLACE_FINALS):
        return None
    return measured + change_bases().sub("", tail.group()) if len(measured) >= 2 else None
