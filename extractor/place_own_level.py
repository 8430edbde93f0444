"""The level an article speaks of itself at. A government report says 全省, 省政府 of its own
province and 全市 of its city; of two areas named equally often, one inside the other (江西省 in the
congress line, 南昌市 once as an example), the article's own area is the one its whole-area words
name most: a report given to a province's congress is the province's, whatever city it names once."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table


@lru_cache(maxsize=1)
def _whole_ends() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((w, tuple(ends)) for w, ends in table("place_scope.toml")["whole_ends"].items())


def level_words(text: str, lo: int, hi: int, area: str) -> int:
    """How often text[lo:hi] uses a whole-area word (全省, 省政府, 全市…) whose level an area's name
    ends with (江西省: 全省, 省委; 南昌市: 全市, 市政府)."""
    return sum(text.count(word, lo, hi) for word, ends in _whole_ends() if area.endswith(ends))


def speaks_as(text: str, lo: int, hi: int, outer: str, inner: str) -> bool:
    """Whether an article speaks as the outer of two nested areas: it uses the outer's whole-area
    words (全省…) often (place_scope.toml own_level_least) and more than twice as often as the inner's
    (全市…), so the inner is an area it names, not its own. One 省里 in a factory's story is no such voice."""
    outer_words = level_words(text, lo, hi, outer)
    return outer_words >= int(table("place_scope.toml")["own_level_least"]) \
        and outer_words > 2 * level_words(text, lo, hi, inner)
