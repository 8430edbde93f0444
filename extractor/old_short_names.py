"""A renamed unit named by its former short form (襄樊 of 襄樊市, now 襄阳市): the figure's place is the
former full name, as where the text writes 襄樊市 in full (the gazetteer keeps a renamed unit's name as
written), not today's name the text never uses (bench/gold/README.md: the area named for the number, as
named in the text). place_sentences.value_of asks it for every short form of the gazetteer's old_shorts."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional


@lru_cache(maxsize=1)
def _former_full() -> dict[tuple[str, str], str]:
    """(former short form, today's full name) -> the former full name (襄樊, 襄阳市 -> 襄樊市): read once
    from the gazetteer's renamed units whose name is the short form and a level word."""
    from .names.divisions import gazetteer
    g = gazetteer()
    out: dict[tuple[str, str], str] = {}
    for old, unit in g.renamed.items():
        for n in range(2, len(old)):
            if old[:n] in g.old_shorts:
                out.setdefault((old[:n], unit.name), old)
    return out


def former_full_name(short: str, today: str) -> Optional[str]:
    """The former full name of a renamed unit the text names by its former short form, else None."""
    from .names.divisions import gazetteer
    if short not in gazetteer().old_shorts:
        return None
    return _former_full().get((short, today))
