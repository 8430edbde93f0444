"""Aid sent to a disaster area takes the area the article names as struck (data/place_disaster.toml): the
run of places right before 灾区/震区/灾民 (河北省张家口地震灾区: 张家口; 张北—尚义灾区: the area the two lie in)
or after 遭受…的 (遭受地震灾害的河北省张家口地区), the innermost of them where all lie on one chain of areas;
none where the article names struck areas apart (two provinces' floods), whose aid keeps its general place."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from .clauses import BREAK_CLASS, BREAKS, SENTENCE_BREAK_CLASS, last_mark
from .fact_types import SUMMABLE_TYPES
from .lexicon import alternation, table
from .page import Page
from .place_sentences import value_of
from .record import Record


_STRUCK_RUN = 40  # the places after 遭受…的 are looked for so far at most


class _Words(NamedTuple):
    area: re.Pattern  # (地震)?灾区: the kind of disaster, then the area's word
    struck: re.Pattern  # 遭受…的
    struck_subject: re.Pattern  # 遭受地震灾害, 发生地震: the struck area written before it
    joins: tuple[str, ...]
    give: re.Pattern
    aid: re.Pattern
    general_aid: re.Pattern
    disaster: re.Pattern
    area_word: re.Pattern
    received: re.Pattern
    goods: re.Pattern
    people_units: frozenset


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("place_disaster.toml")
    return _Words(re.compile(rf"(?:{alternation(t['disaster_kinds'])})?(?:{alternation(t['area_words'])})"),
                  re.compile(rf"(?:{alternation(t['struck_before'])})[^{re.escape(BREAKS)}]{{0,{int(t['struck_reach'])}}}?的"),
                  re.compile(rf"(?:{alternation(t['struck_verbs'])})[^{re.escape(BREAKS)}]{{0,{int(t['struck_reach'])}}}?"
                             rf"(?:{alternation(t['disaster_words'])})"),
                  tuple(t["list_joins"]), re.compile(alternation(t["give_verbs"])),
                  re.compile(alternation(t["aid_nouns"])), re.compile(alternation(t["general_aid_nouns"])),
                  re.compile(alternation([*t["area_words"], *t["disaster_marks"]])),
                  re.compile(alternation(t["area_words"])), re.compile(alternation(t["received"])),
                  re.compile(alternation(t["goods_verbs"])), frozenset(t["people_units"]))


def _chain(p: Record) -> list[str]:
    """A place and the areas it lies in, innermost first."""
    return [value_of(p), *(p.parent or [])]


def _run_area(text: str, places: list[Record]) -> Optional[list[str]]:
    """The area a run of places names, with the areas it lies in (innermost first): the last where they nest
    (河北省张家口), the area the items of a list lie in (张家口地区尚义县和张北县: 张家口市), else the place right
    before the list."""
    items = [places[-1]]
    outer: Optional[Record] = None
    for p in reversed(places[:-1]):
        gap = text[p.norm_end:items[0].norm_start]
        if gap in _words().joins and outer is None:
            items.insert(0, p)
        elif gap == "" and outer is None:
            outer = p
        else:
            break
    if len(items) == 1:
        return _chain(items[0])
    first = _chain(items[0])
    for i, area in enumerate(first[1:], 1):
        if all(area in _chain(other)[1:] for other in items[1:]):
            return first[i:]
    return _chain(outer) if outer is not None else None


def _run_before(places: list[Record], end: int, text: str) -> list[Record]:
    """The run of places ending at end, joined or nested (the last ten places before it at most)."""
    run: list[Record] = []
    for p in reversed(places):
        edge = run[0].norm_start if run else end
        if p.norm_end == edge or (run and text[p.norm_end:edge] in _words().joins):
            run.insert(0, p)
        elif p.norm_end <= edge:
            break
    return run


def _run_after(places: list[Record], start: int) -> list[Record]:
    run: list[Record] = []
    for p in places:
        if p.norm_start == (run[-1].norm_end if run else start):
            run.append(p)
    return run


_SEEN: dict[tuple[str, int, int], list[tuple[int, list[str]]]] = {}  # (the page's text, the article's span): its struck areas


def _struck(page: Page, start: int, end: int,
            before: Callable[[int, int], list[Record]], article: int) -> list[tuple[int, list[str]]]:
    """The article's struck areas, where each is named, read once an article (its aid figures all ask)."""
    key = (page.text, start, end)
    if key not in _SEEN:
        if len(_SEEN) > 64:
            _SEEN.clear()
        _SEEN[key] = _read_struck(page, start, end, before, article)
    return _SEEN[key]


def _read_struck(page: Page, start: int, end: int,
                 before: Callable[[int, int], list[Record]], article: int) -> list[tuple[int, list[str]]]:
    text, w = page.text, _words()
    found: list[tuple[int, list[str]]] = []
    for m in w.area.finditer(text, start, end):
        run = _run_before(before(article, m.start()), m.start(), text)
        chain = _run_area(text, run) if run else None
        if chain:
            found.append((m.start(), chain))
    for m in w.struck.finditer(text, start, end):
        after = [p for p in before(article, m.end() + _STRUCK_RUN) if p.norm_start >= m.end()]
        run = _run_after(after, m.end())
        if run:
            found.append((m.end(), _chain(run[-1])))
    for m in w.struck_subject.finditer(text, start, end):
        # 河北省张家口地区遭受地震灾害后, 某地区发生地震: the run of places right before the words of being struck
        run = _run_before(before(article, m.start()), m.start(), text)
        chain = _run_area(text, run) if run else None
        if chain:
            found.append((m.start(), chain))
    return found


def aid_area(page: Page, fact: Record, sentence_start: int,
             before: Callable[[int, int], list[Record]]) -> Optional[str]:
    """The disaster area of a figure that is aid to it: a sum whose own clause names the struck
    area's word and a verb of giving or sending (支援灾区的８０万元…运往灾区), or whose clause names aid
    (援助包括３０万美元援款; a count only so: 棉衣１万件和…等救灾物资); None otherwise or where the article
    names no one struck area."""
    if fact.type not in SUMMABLE_TYPES:
        return None
    text, w = page.text, _words()
    # one search to the sentence's end (a search per break character would scan to the page's end: quadratic)
    end = SENTENCE_BREAK_CLASS.search(text, fact.norm_end)
    stop = end.start() if end else len(text)
    clause = last_mark(text, BREAKS, sentence_start, fact.norm_start) + 1
    end = BREAK_CLASS.search(text, fact.norm_end, stop)
    clause_end = end.start() if end else stop
    clause = max(clause, sentence_start)
    # 救灾款 is aid to the struck by its name; 援助, 援款 only in a sentence that names the disaster (日本政府向中国
    # 提供无偿援助…用于北京市环保项目 is no aid to 张家口 because the article reports a quake elsewhere)
    aided = bool(w.aid.search(text, clause, clause_end)) or (
        bool(w.general_aid.search(text, clause, clause_end)) and bool(w.disaster.search(text, sentence_start, stop)))
    if not aided and fact.type == "money":  # (not the sentence's: 东华三院捐款２００万港元；…发动会员救济灾民 is the giver's, P4)
        aided = bool(w.area_word.search(text, clause, clause_end)) and bool(w.give.search(text, clause, clause_end)) \
            and not w.received.search(text, clause, clause_end)
    if not aided and fact.type == "count" and (fact.unit or "") not in w.people_units:
        # 向灾区运送帐篷２０００顶: goods carried to the struck area (not people sent there, who keep their place)
        aided = bool(w.area_word.search(text, clause, clause_end)) and bool(w.goods.search(text, clause, clause_end))
    if not aided:
        return None
    art = next((a for a in page.layout.articles if a.index == fact.article), None)
    if art is None:
        return None
    # the struck areas named before the figure (a later dispatch's 在张北地震灾区 is not where an earlier one's aid went)
    found = [chain for at, chain in _struck(page, art.start, art.end, before, fact.article) if at < fact.norm_start]
    if not found:
        return None
    inner = max(found, key=len)
    # all on one chain: each is the innermost or an area it lies in
    return inner[0] if all(chain[0] in inner for chain in found) else None
