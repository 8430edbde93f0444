"""Places a figure takes from what its clause does with it (data/place_targets.toml): the place it is
carried to (将８万多份资料送到某镇), the world where the international community is its subject
(国际上有４００多名科学家) or a group of countries said by a common noun is (发达国家的援助总额), a country word that is one of a list of examples (我国以及日本、韩国等４００多位),
and a count said again with a word pointing back to it (这五个地区), which is where it was first counted.
place_scope.py and scope.py ask these before their general rules."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from .clauses import BREAKS, BREAK_CLASS, last_mark
from .fact_types import SUMMABLE_TYPES
from .lexicon import alternation, table
from .page import Page
from .place_words import numeral_chars, opens_at, whole_words
from .record import Record


class _Words(NamedTuple):
    delivery: re.Pattern
    gift: re.Pattern
    delivery_reach: int
    carrier_after: tuple[str, ...]
    destination_list: tuple[str, ...]
    world_subject: re.Pattern
    example_list: re.Pattern
    pointing_back: re.Pattern
    pointing_reach: int
    capital_in_title: re.Pattern
    capital: str
    nation_in_title: re.Pattern
    person_place: re.Pattern
    foreign_levels: frozenset
    country_set: re.Pattern
    country_set_object: re.Pattern
    country_set_frame: tuple[str, ...]
    country_set_frame_end: re.Pattern
    country_set_other: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("place_targets.toml")
    not_after = "".join(t["world_subject_not_after"])
    return _Words(re.compile(alternation(t["delivery_verbs"])),
                  re.compile(alternation([*t["delivery_verbs"], *t["gift_verbs"]])), int(t["delivery_reach"]),
                  tuple(t["carrier_after"]), tuple(t["destination_list"]),
                  re.compile(rf"(?<![{re.escape(not_after)}])(?:{alternation(t['world_subjects'])})"),
                  # 以及日本、韩国等| up to the figure: items with no break, closed by 等
                  re.compile(rf"(?:{alternation(t['example_joins'])})[^\d{re.escape(BREAKS)}]*?"
                             rf"(?:{alternation(t['example_ends'])})$"),
                  re.compile(rf"(?:{alternation(t['pointing_back'])})$"), int(t["pointing_reach"]),
                  re.compile(alternation(t["capital_in_title"])), t["capital"],
                  re.compile(alternation(t["nation_in_title"])),
                  re.compile(rf"(?:{alternation(t['person_place_levels'])})(?!{alternation(t['person_place_not_after'])})"),
                  frozenset(t["foreign_levels"]),
                  re.compile(alternation(t["country_sets"])),
                  # 对|, 向|１２个|, 来自|: a word that makes the set an object, a count of it between at most
                  re.compile(rf"(?:{alternation([*t['country_set_not_after'], *t['countries_goods']])})"
                             rf"(?:[\d{''.join(sorted(numeral_chars()))}]+[多余]?个?)?$"),
                  tuple(t["country_set_frame"]),
                  # 在发达国家，| 在这些国家中，|: the frame's own clause ends at once
                  re.compile(rf"(?:{alternation(t['country_set_frame_close'])})?[{re.escape(BREAKS)}]"),
                  # 其他|７国, 其余|３个国家: the rest of a set, right before its count
                  re.compile(rf"(?:{alternation(t['country_set_others'])})"
                             rf"(?=\d+个?(?:{alternation(t['country_set_other_noun'])}))"))


def destination(text: str, fact: Record, places: list[Record]) -> Optional[Record]:
    """The place a figure of what is moved is carried to (…２０００多册图书、…药品送到株洲县白关镇:
    白关镇, the last of the run of places right after the verb); None where no such verb follows in
    the figure's clause, where a 将/把 between them makes the figure the carrier, or where no place
    stands right after the verb (送往医院), or the places are a list (送到万县、涪陵等地). Only an amount
    that adds up is carried (money, a count, a quantity): not a share, nor a date (调往河北省委工作);
    a sum of money also goes where a verb of giving takes it (捐出５００万港元救助某省灾民: P4)."""
    if fact.type not in SUMMABLE_TYPES:
        return None
    w, fact_end = _words(), fact.norm_end
    verbs = w.gift if fact.type == "money" else w.delivery
    m = verbs.search(text, fact_end, fact_end + w.delivery_reach)
    if m is None or BREAK_CLASS.search(text, fact_end, m.start()):
        return None
    if any(text.find(c, fact_end, m.start()) >= 0 for c in w.carrier_after):
        return None
    run: list[Record] = []
    for p in sorted(places, key=lambda r: r.norm_start):
        if p.norm_start == (run[-1].norm_end if run else m.end()):
            run.append(p)
    if not run or text.startswith(w.destination_list, run[-1].norm_end):
        return None  # 发运到万县、涪陵…等地区: a list of places
    return run[-1]


def world_subject(text: str, lo: int, pos: int) -> Optional[re.Match]:
    """The last `国际上` said as a subject between lo and the figure, with no clause break after it
    (国际上有４００多名科学家参与; not 在国际上获得３项大奖)."""
    found = None
    for m in _words().world_subject.finditer(text, lo, pos):
        if not BREAK_CLASS.search(text, m.end(), pos):
            found = m
    return found


def country_set_subject(text: str, lo: int, pos: int, clause_start: Callable[[int], int],
                        earlier: bool = False) -> Optional[re.Match]:
    """The last group of countries said by a common noun (发达国家, 这些国家; data/place_targets.toml
    country_sets) between lo and the figure at pos that is its subject: the group opens its clause (at its
    start, or right after a time opening it: place_words.opens_at; clause_start gives where the clause holding
    a position begins) and no clause break stands between it and the figure, or (earlier: a news story) the
    clause it opens is an earlier one of the sentence (发展中国家的外债…增加了６％，达到…). Not where a word
    right before it makes it an object (对西方国家的出口, 向１２个发展中国家提供: the doer's), nor further on in
    its clause (某省利用发达国家的贷款: the doer's); after 在 only as a frame closed by a comma (在发达国家，
    …６０％), the figure in the clause right after it."""
    w = _words()
    found = None
    for m in w.country_set.finditer(text, lo, pos):
        start = clause_start(m.start())
        if w.country_set_object.search(text[max(lo, start, m.start() - _OBJECT_REACH):m.start()]):
            continue
        frame = next((f for f in w.country_set_frame if text.endswith(f, lo, m.start())), None)
        if frame is not None:
            close = w.country_set_frame_end.match(text, m.end())
            if close and opens_at(text, start, m.start() - len(frame)) and not BREAK_CLASS.search(text, close.end(), pos):
                found = m
        elif opens_at(text, start, m.start()) and (earlier or not BREAK_CLASS.search(text, m.end(), pos)):
            found = m
    return found


def rest_of_set(text: str, pos: int) -> Optional[re.Match]:
    """其他 right before a count of countries at pos (美国…远远超过其他７国: the rest of a set, none of them
    the one named, so no one country's area, whatever place stands before it in its clause)."""
    other = _words().country_set_other.match(text, pos - 2) if pos >= 2 else None
    return other if other is not None and other.end() == pos else None


_OBJECT_REACH = 8  # the longest object word and count before a group of countries (向１２个|)


def country_set_counted(text: str, fact: Record) -> bool:
    """Whether a count counts a group of countries said by a common noun as its subject (１２个欧盟国家的警方
    代表将…会商): the count opens its clause (place_words.opens_at), no one country's; not further on in its clause
    (产品已打入２０多个发达国家: where the doer's goods go), nor where a word before it makes it an object
    (向１２个发展中国家提供, 来自…: the doer's, where they come from), nor after 在 (在１２个发达国家设立分行: where
    a body works)."""
    w = _words()
    if fact.type != "count" or w.country_set.match(text, fact.norm_end) is None:
        return False
    floor = max(0, fact.norm_start - _CLAUSE_REACH)
    start = max(last_mark(text, BREAKS, floor, fact.norm_start) + 1, floor)
    return opens_at(text, start, fact.norm_start) \
        and not w.country_set_object.search(text[max(start, fact.norm_start - _OBJECT_REACH):fact.norm_start]) \
        and not text.endswith(w.country_set_frame, start, fact.norm_start)


@lru_cache(maxsize=1)
def _countries_counted() -> tuple[re.Pattern, re.Pattern]:
    t = table("place_targets.toml")
    noun = alternation(t["countries_counted"])
    return (re.compile(rf"(?:(?:{alternation(t['countries_range'])})[^{BREAKS}]{{1,{int(t['countries_range_reach'])}}}?)?"
                       rf"(?:个)?(?:{noun})"), re.compile(alternation(t["countries_goods"])))


_CLAUSE_REACH = 300


def counts_countries(text: str, fact: Record, place: Optional[str]) -> bool:
    """Whether a count names a set of countries (几十个甚至上百个国家) while the place it would take on
    from the sentences before or the article is one country abroad: that country is not the set's area
    (not where the countries are where goods go: 出口到４０多个国家)."""
    counted, goods = _countries_counted()
    if fact.type != "count" or not place or place == whole_words().country_name \
            or not counted.match(text, fact.norm_end):
        return False
    # bounded look-back: a clause is far shorter than the reach, and a scan to the page's start per
    # count would make long pages quadratic
    floor = max(0, fact.norm_start - _CLAUSE_REACH)
    start = max(last_mark(text, BREAKS, floor, fact.norm_start) + 1, floor)
    from .names.divisions import gazetteer
    return gazetteer().world_level.get(place) == "country" and not goods.search(text, start, fact.norm_start)


def heads_examples(text: str, end: int, pos: int) -> bool:
    """Whether a country word ending at `end` opens a list of examples closed by 等 right before the
    figure at pos (我国|以及日本、韩国等４００多位): one of the examples, not the area of the set."""
    return bool(_words().example_list.fullmatch(text, end, pos))


def repeated_counts(text: str, facts: list[Record]) -> None:
    """Give a count said again with a word pointing back to it (这五个地区) the place of the same count
    said before it in its article, and the facts of the clause it opens that had the same place as it
    (这五个地区有上万人: the people are of those areas too). Facts in place, in text order."""
    w = _words()
    counts = sorted((f for f in facts if f.type == "count"), key=lambda f: f.norm_start)
    ordered = sorted(facts, key=lambda f: f.norm_start)
    for i, f in enumerate(counts):
        if not w.pointing_back.search(text, max(0, f.norm_start - 2), f.norm_start):
            continue
        first = next((e for e in reversed(counts[:i]) if e.text == f.text and e.article == f.article
                      and f.norm_start - e.norm_end <= w.pointing_reach), None)
        if first is None or first.place == f.place:
            continue
        old, f.place = f.place, first.place
        brk = BREAK_CLASS.search(text, f.norm_end)
        end = brk.start() if brk else len(text)
        for g in ordered:
            if f.norm_end <= g.norm_start < end and g.place == old:
                g.place = first.place


def capital_titled(text: str, titles: list[tuple[int, int]], places: list[Record]) -> Optional[str]:
    """The capital where the article's titles say the story happens there by its one-character name
    (…研讨会在京召开) and name no national scope (全国医药工作会议在京召开, 中德合作…在京签字 stay the
    country's) nor any
    place (中美合作开发淮北煤层气项目在京签字: the project's area, not the signing's); None else."""
    w = _words()
    pair = whole_words().china_pair  # 中美合作, 中德两国: China and a country, the nation's
    if any(w.nation_in_title.search(text, a, b) or pair.search(text, a, b) for a, b in titles) \
            or any(a <= p.norm_start < b for p in places for a, b in titles):
        return None
    return w.capital if any(w.capital_in_title.search(text, a, b) for a, b in titles) else None


PERSON_PLACE_RULE = "place:person_read"


def person_places(text: str, names: list[Record]) -> list[Record]:
    """The names read as persons that a level word right after makes places (黄粱梦|镇, 雷利赞|地区,
    埃雷迪亚|市: places the data lacks), as place mentions of name and level word, for the scope only."""
    out = []
    for n in names:
        m = _words().person_place.match(text, n.norm_end) if n.type == "person" else None
        if m:
            name = text[n.norm_start:m.end()]
            out.append(replace(n, type="place", text=name, value=name, level=None, code=None, parent=None,
                               aliases=None, rule=PERSON_PLACE_RULE, end=n.end + len(m.group()), norm_end=m.end()))
    return out


def foreign_story(page: Page, article: int, main: Optional[str]) -> Optional[str]:
    """The article's main place where it is a foreign country or city (埃及) and the article is filed from
    abroad (新华社开罗１月９日电): the area a `首都` said alone there is in, not Beijing; None for a story filed
    at home, whatever it is about (本报讯 俄罗斯芭蕾舞团…首都３０００多名残疾人: Beijing's)."""
    from .names.divisions import gazetteer  # the gazetteer loads once, on first use
    foreign = _words().foreign_levels
    if not main or main == whole_words().country_name or gazetteer().world_level.get(main) not in foreign:
        return None
    start = next((q.start for q in page.layout.paragraphs
                  if q.article == article and q.kind not in ("title", "subtitle")), None)
    filed = whole_words().dateline_lead.match(page.text, start) if start is not None else None
    return main if filed and gazetteer().world_level.get(filed.group("where")) in foreign else None
