"""A place mention as the scanners find it (its span, name, kind, level, the units it may be), and the stop
lists every scanner reads. Apart from places.py so that the scanners (data_places, suffix_places,
small_places, areas) and the readers of mentions (orgs, place_resolution) import it without a cycle."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..lexicon import word_list
from .divisions import Division

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# a division's level word: the data (and jieba's dictionary, for former ones: 万县) holds every such
# name with a one-character stem (沛县), so one they lack is a phrase jieba misread (工业/立县)
DIVISION_END = set("省市县区州旗")
LAND_LEVELS = ("feature", "region")  # a sea's, river's, mountain's or land's name (geography.tsv)


@dataclass(slots=True)  # made by the thousand per page: slots make that cheaper
class Mention:
    start: int
    end: int
    name: str
    kind: str  # full, short, renamed, country, suffix, tagged
    level: Optional[str] = None
    options: list[Division] = field(default_factory=list)
    division: Optional[Division] = None
    parent: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def stop_lists() -> tuple[frozenset, frozenset, frozenset]:
    return (frozenset(word_list("names/place_stop.txt")), frozenset(word_list("names/short_stop.txt")),
            frozenset(word_list("names/name_stop.txt")))
