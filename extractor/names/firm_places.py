"""A country's or city's short name that begins a foreign firm's name spelled from a family's name
(巴林 of 巴林银行, Barings): no place of the page, neither a name nor the area of its figures, where
the page names that place nowhere else (data: names/firms_like_places.txt)."""
from __future__ import annotations

from functools import lru_cache

from ..candidate import Candidate
from ..lexicon import word_list


@lru_cache(maxsize=1)
def _firms() -> tuple[str, ...]:
    return word_list("names/firms_like_places.txt")


def firm_words(text: str, places: list[Candidate]) -> set[int]:
    """The starts of the places that begin a listed firm's name (read from the text: a run for
    scope alone finds no bodies), where the page names that place nowhere else."""
    firms = _firms()
    begins = {c.value for c in places if text.startswith(firms, c.start)}
    if not begins:
        return set()
    free = {c.value for c in places if c.value in begins and not text.startswith(firms, c.start)}
    return {c.start for c in places if c.value in begins - free}
