"""The field of a contest held abroad: a count of competitors or teams (１２名选手进入决赛, 在１７个参赛队中)
in a dispatch filed from a foreign city (本报珀斯１月８日电) is the city's, where the contest is held, not the
country of the team the story follows that the sentences before carry on (bench/gold/README.md: people
counted where the sentence holds them are the venue's; data/place_targets.toml says which words count). The
dispatch's dateline may open it or close it in brackets (…。（本报珀斯１月１２日电）: dateline_places.py)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .dateline_places import filed_abroad
from .lexicon import alternation, table
from .page import Page
from .place_view import SentenceView
from .place_words import whole_words
from .record import Record



@lru_cache(maxsize=1)
def _field() -> tuple[re.Pattern, tuple[str, ...], tuple[str, ...]]:
    t = table("place_targets.toml")
    gap = int(t["contest_gap"])
    # what is counted: a field word after the figure, a few words of its own between (进入决赛的, 欧美)
    return (re.compile(rf"[^\W\d_]{{0,{gap}}}?(?:{alternation(t['contest_field'])})"), tuple(t["venue_origin"]),
            tuple(t["contest_words"]))


_REACH = 1500  # characters: longer than a news paragraph


def contest_city(page: Page, fact: Record, view: SentenceView) -> Optional[str]:
    """The foreign city a count of a contest's field was filed from, else None: where the figure
    counts competitors or teams in a paragraph that tells of the contest, its clause names no area
    of their own before it (places after 来自 say where they come from; the examples of a set counted,
    包括俄罗斯、…中国等世界强队在内２９支参赛队, are not its area) and no whole-area, country or world word
    scopes it."""
    if fact.type != "count":
        return None
    text, pos = page.text, fact.norm_start
    field, origin, contest = _field()
    if not field.match(text, fact.norm_end):
        return None
    # (the paragraph, not only the sentence: 前４０米是一场混战，８名选手… in a race's paragraph that names
    # the championship once; a delegation counted on arrival, 代表团中有１２名运动员, names none)
    # (looked for within _REACH either side: a page with no line breaks stays linear in its length)
    low, high = max(0, pos - _REACH), min(len(text), fact.norm_end + _REACH)
    start, end = text.rfind("\n", low, pos) + 1 or low, text.find("\n", fact.norm_end, high)
    if not any(text.find(w, start, end if end >= 0 else high) >= 0 for w in contest):
        return None
    clause = view.clause_start(pos)
    w = whole_words()
    if any(r.search(text, clause, pos) for r in (w.country, w.whole, w.world)):
        return None
    for p in view.inside:
        if p.norm_start == fact.norm_end:
            return None  # ３名中国选手: the field's own country
        if clause <= p.norm_start and p.norm_end <= pos \
                and not any(text.find(o, clause, p.norm_start) >= 0 for o in origin) \
                and not _example(text, p, pos):
            return None
    return filed_abroad(page, fact.article)


def _example(text: str, p: Record, pos: int) -> bool:
    """Whether a place is an item of a list of examples closed before the figure (俄罗斯、美国、…中国等世界强队在内
    ２９支参赛队, 美国、日本等１２个队): one of the set counted, not the area of the whole field
    (bench/gold/README.md: a place included as one of a set is not the set's area)."""
    listed = text.startswith("、", p.norm_end) or text.endswith("、", 0, p.norm_start)
    closers = (*whole_words().examples_end, *_included())
    return listed and any(text.find(c, p.norm_end, pos) >= 0 for c in closers)


@lru_cache(maxsize=1)
def _included() -> tuple[str, ...]:
    return tuple(table("place_scope.toml")["included_end"])
