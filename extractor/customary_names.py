"""Autonomous units a page names by their customary name (恩施州 for 恩施土家族苗族自治州), read
against the gazetteer's renamed units: which customary names a page writes, and whether a name
and a full name are the same unit (place_scope.py reads both)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4)
def written_customary(text: str) -> dict[str, str]:
    """Autonomous units the page names only by their customary name (恩施州, not 恩施土家族苗族自治州):
    a figure given the full name from a parent or the main place is given the name as written."""
    from .names.divisions import gazetteer
    g = gazetteer()
    ends, sizes = _customary_ends()
    # the names written: read back from where their last characters (州, 县, 旗) stand, a few
    # places a page, where a search of the page for each of 140 names was a hundred searches
    written = {text[m.end() - n:m.end()] for m in ends.finditer(text) for n in sizes if m.end() >= n}
    if g.customary.isdisjoint(written):
        return {}  # (most pages: none)
    return {g.renamed[k].name: k for k in g.customary if k in written and g.renamed[k].name not in text}


@lru_cache(maxsize=1)
def _customary_ends() -> tuple[re.Pattern, tuple[int, ...]]:
    """The last characters of the customary names, and their lengths."""
    from .names.divisions import gazetteer
    keys = gazetteer().customary
    return (re.compile("[" + "".join(sorted(re.escape(k[-1]) for k in {k[-1:] for k in keys if k})) + "]"),
            tuple(sorted({len(k) for k in keys})))


def same_unit(name: str, full: str) -> bool:
    from .names.divisions import gazetteer
    unit = gazetteer().renamed.get(name)
    return unit is not None and unit.name == full
