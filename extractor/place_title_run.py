"""The most specific area a title names: a title that writes a run of areas, each inside the one before it
(花垣县双龙镇2026年度…公示, 湖南省长沙市…), is about the run's last, below the county too where the
division data know it under the area written before it (a town of 花垣县). The gold asks for the most
specific area named (bench/gold/README.md: `吉林省九台市…` gives `九台市`); the area written first is only
where the last lies. A place read from a body's name (某县某镇人民政府) narrows as one written alone does.
A digest's dispatch (本报洛阳…电 河南省洛阳市把…) is about the run its first sentence opens with, as far down
as a county: a section's area is one an article's main place could be (a town's stays its story's detail)."""
from __future__ import annotations

from typing import Iterable, Optional

from .lexicon import table
from .place_scope import MAIN_LEVELS
from .place_sentences import value_of
from .record import Record


def title_run_end(places: Iterable[Record], head: Record) -> Optional[Record]:
    """The last place of the run of places the title writes from `head` on, each right after the one before
    it and inside it (its parents name that one), where the run has more than one place; else None
    (places: the article's, in their order)."""
    levels = tuple(table("place_scope.toml")["linked_levels"])
    after = {p.norm_start: p for p in places if p.level in levels and p.parent}
    last, at = None, head
    while (nxt := after.get(at.norm_end)) is not None and value_of(at) in (nxt.parent or ()):
        last = at = nxt
    return last


def dispatch_area(text: str, places: Iterable[Record], first: Record) -> Record:
    """The area a dispatch's first sentence names first (`first`), or the last county-or-higher place of the
    run written from it, each right after the one before it and inside it (河南省洛阳市: 洛阳市; 某县某镇: the
    county; places: the article's, in their order). Not into a list (浙江省文成、泰顺…四县: 浙江省)."""
    after = {p.norm_start: p for p in places if p.parent}
    joins = tuple(table("place_scope.toml")["run_list_joins"])
    keep = at = first
    while (nxt := after.get(at.norm_end)) is not None and value_of(at) in (nxt.parent or ()) \
            and not text.startswith(joins, nxt.norm_end):
        at = nxt
        if at.level in MAIN_LEVELS:
            keep = at
    return keep
