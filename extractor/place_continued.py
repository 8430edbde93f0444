"""A report's clause with no subject of its own that goes on with the figure of the clause before it
(海宁市地区生产总值1368.9亿元，增长6.4%; 其中海盐县35.2亿元，占全市的6.9%; 哈尔滨市接待游客9120万人次，占全省
的49.0%): its rate is of that figure, so its place is the one opening that clause, as its metric is that
figure's. A report keeps a clause's place to its own clause otherwise (bench/gold/README.md session 13:
漳州核电一期投入商业运行，…，工业投资增长6.1% is the province's): a clause with a subject of its own
(规上工业增加值下降1.2%), or one after a clause that states no figure, or after a semicolon (a new item),
is not continued (data/place_scope.toml continued_openers)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, str]:
    t = table("place_scope.toml")
    return re.compile(alternation(t["continued_openers"])), "".join(t["continued_breaks"])


def continued_clause(text: str, sentence: int, clause: int, clause_start: Callable[[int], int]) -> Optional[int]:
    """Where the clause before the figure's begins, where the figure's clause (at `clause`) opens with a word
    that goes on with a figure (增长, 下降, 占) right after a comma closing a clause of the same sentence that
    states a figure; else None. clause_start: where the clause holding a position begins."""
    openers, breaks = _words()
    if clause <= sentence or text[clause - 1] not in breaks or not openers.match(text, clause):
        return None
    prior = clause_start(clause - 1)
    if prior >= clause - 1 or not any(ch.isdigit() for ch in text[prior:clause - 1]):
        return None
    return prior
