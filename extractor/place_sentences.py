"""What place_scope reads of each sentence once for all its facts: its places (sorted for bisection),
and the place a sentence's topic carries on to its paragraph's next sentences. Split from
place_scope.py, which decides each fact's place from these (and re-exports the names here)."""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left
from typing import Iterable, Optional

from .documents import document_finder, report_documents
from .lexicon import table
from .old_short_names import former_full_name
from .page import Page
from .place_lists import enumeration, narrows_by_link, opens_example_item
from .place_orgs import ORG_RULE
from .place_roles import actor_after_purpose
from .place_view import SentenceView
from .place_visits import leaves_scene, of_resident, resident, visited
from .place_words import opens_at, whole_words
from .whole_country import country_scene
from .record import Record
from .short_name_places import SHORT_RULE

_FIGURE = re.compile(r"\d")


class Sorted:
    """Records sorted by norm_start, with their starts apart so that bisection needs no key."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.items = sorted(records, key=lambda r: r.norm_start)
        self.starts = [r.norm_start for r in self.items]

    def inside(self, start: int, end: int) -> list[Record]:
        """The records within [start, end): found by bisection, not by a scan of the page's records
        for every fact, so that time stays linear in the page's length."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        return [r for r in self.items[lo:hi] if r.norm_end <= end]


def value_of(p: Record) -> str:
    """A place's name; a short form of a division is given by its full name (江永 → 江永县)."""
    if p.rule == "place:short" and p.aliases:
        # (襄樊 of the former 襄樊市, now 襄阳市: the name the text uses, as 襄樊市 written in full keeps it)
        return former_full_name(p.text or "", p.aliases[0]) or p.aliases[0]
    value = p.value or p.text or ""
    # 中华人民共和国 in a national report's title: the country, named as 全国 and 我国 are
    return whole_words().country_name if value in whole_words().country_names else value


def sentence_places(page: Page, places: Sorted, kept: Optional[set[int]] = None
                    ) -> dict[int, tuple[SentenceView, Optional[str]]]:
    """For each sentence: its places (as place_of reads them), and (but in a report) the place
    carried on from the paragraph's sentences before it. kept: the ids of the sentences whose
    entries are wanted (all where None); the others are still read for what they carry on."""
    out: dict[int, tuple[SentenceView, Optional[str]]] = {}
    last: dict[int, Optional[str]] = {}
    # what a paragraph carried before a visit in its middle set the scene (吉林省 before 记者来到长春市郊区…): a whole
    # area's sentence after it (全省粮食产量…) goes back to it
    before_visit: dict[int, Optional[str]] = {}
    # a visit (…来南召搞调研的领导共６人…。…两天跑了５个乡镇): its place, the scene of the paragraph's next sentences
    # until one names a place outside it (place_visits.py)
    scenes: dict[int, str] = {}
    # a residence (受害人家住某区。): the resident's words, a scene of the paragraph's next sentence only where that
    # sentence is of the resident (place_visits.of_resident)
    homes: dict[int, str] = {}
    seen: set[int] = set()
    # a report's paragraph lists deeds one sentence each (漳州…获批建设。…旅游总花费增长12.6%): the
    # place one of them names is its own, not the next ones'; a story's goes on
    # (a joined page's documents each by their own opening)
    reports, document = report_documents(page), document_finder(page.layout)
    # what a sentence carries goes to its paragraph's next sentences only: those after the last
    # wanted one of their paragraph (over half a news page's) give no fact anything
    wanted_upto: dict[int, int] = {}
    if kept is not None:
        for sent in page.layout.sentences:
            if id(sent) in kept:
                wanted_upto[sent.paragraph] = sent.start
    for sent in page.layout.sentences:
        if kept is not None and sent.start > wanted_upto.get(sent.paragraph, -1):
            seen.add(sent.paragraph)
            continue
        named = places.inside(sent.start, sent.end)
        view = SentenceView(page.text, named, sent.start)
        if reports[document(sent.start)]:
            if kept is None or id(sent) in kept:
                out[id(sent)] = (view, None)
            continue
        in_list = enumeration(page, named)
        # the topic is of the places named for themselves, not of examples (莫斯科、圣彼得堡等大城市)
        inside = view.unexampled
        # the area of a body's name (纽约商品交易所２月份交货的原油…) locates the body's own figures,
        # not those of the sentences after it (欧佩克原油平均价…)
        inside = [p for p in visit_candidates(page.text, inside) if not opens_example_item(page.text, p)]
        lead = view.lead if inside else sent.start  # (no place, no topic: where its words begin is not read)
        opens = sent.paragraph not in seen
        who = homes.pop(sent.paragraph, None)
        if who is not None and sent.paragraph in scenes and not of_resident(page.text, sent.start, sent.end, who):
            last[sent.paragraph] = before_visit.pop(sent.paragraph, None)  # (据了解，这个团伙…: others' figures)
            del scenes[sent.paragraph]
        if sent.paragraph in scenes and leaves_scene(scenes[sent.paragraph],
                                                     ((value_of(p), p.parent or ()) for p in named)):
            last[sent.paragraph] = before_visit.pop(sent.paragraph, None)
            del scenes[sent.paragraph]
        prior = last.get(sent.paragraph)
        # 为加快运送速度，那曲地区正组织…: the actor, not what it is for (but a paragraph's opening sentence
        # without figures still sets the scene by its last place, below)
        actor = actor_after_purpose(page.text, lead, inside) if inside else None
        if actor and not (opens and not _FIGURE.search(page.text, sent.start, sent.end)):
            inside, lead = actor
        topic = bool(inside) and opens_at(page.text, lead, inside[0].norm_start)
        seen.add(sent.paragraph)
        if inside and (opens or _visited(page.text, sent.start, inside[-1])) and not in_list and not topic \
                and not _FIGURE.search(page.text, sent.start, sent.end):
            # a paragraph's opening sentence without figures sets the scene (记者走进衡阳县西渡镇…)
            if not opens:
                before_visit[sent.paragraph] = last.get(sent.paragraph)
            last[sent.paragraph] = value_of(inside[-1])
        elif inside and not in_list and topic and not opens_part(page.text, sent.start, lead):
            # the sentence's topic (its opening run of places) goes on to the paragraph's next sentences
            # (not a part's, 其中，滨海新区…: the sentences after it speak of the whole again)
            run = [inside[0]]
            for p in inside[1:]:  # (not across a verb: 哥斯达黎加是中美洲…国家 is about the country)
                gap = page.text[run[-1].norm_end:p.norm_start]
                if (len(gap) > 1 or gap in table("place_scope.toml")["run_breaks"]) \
                        and not narrows_by_link(page.text, run[-1], p):
                    break
                run.append(p)
            # (某银行某省某市分行…。全行员工…: the body's area inside the run's last place goes on)
            last[sent.paragraph] = value_of(inner_body_area(named, run[-1]) or run[-1])
            before_visit.pop(sent.paragraph, None)  # (a topic of its own: no visit's to go back from)
            scenes.pop(sent.paragraph, None)
        if not topic and (ends := whole_opening(page.text, sent.start, sent.end, named)) \
                and not (last.get(sent.paragraph) or "").endswith(ends):
            # 从投资看，1-10月，全市…: the sentence is of the whole area, not of a district carried on; where a visit
            # set that district's scene, of the area carried before it, where it is of the whole's level
            # (…记者来到长春市郊区的一个农场…。全省粮食产量…: 吉林省 again)
            whole = before_visit.get(sent.paragraph)
            if whole and whole.endswith(ends):
                last[sent.paragraph] = whole
            else:
                last.pop(sent.paragraph, None)
        scene = country_scene(page.text, sent.start, sent.end, named)
        if scene:
            last[sent.paragraph] = scene
        if kept is None or id(sent) in kept:
            out[id(sent)] = (view, last.get(sent.paragraph))
        if not in_list and (went := visited(page.text, visit_candidates(page.text, named), sent.end)):
            # (after the sentence's own facts: the clauses before the visit are not in its scene; what the
            # paragraph carried before the sentence is what it goes back to)
            if sent.paragraph not in scenes:
                before_visit[sent.paragraph] = prior
            scenes[sent.paragraph] = last[sent.paragraph] = value_of(went)
            who = resident(page.text, visit_candidates(page.text, named), sent.end)
            if who is not None:
                homes[sent.paragraph] = who
    return out


def _visited(text: str, start: int, p: Record) -> bool:
    """Whether a sentence takes the reader to a place (清晨，我们来到…编组站威舍镇。): a word of arriving
    before it in its clause (data/place_scope.toml visit_words); such a sentence without figures sets the
    scene of the paragraph's next sentences wherever it stands, as a paragraph's opening sentence does."""
    words, reach = _visit()
    lo = max(start, p.norm_start - reach)
    clause = text[lo:p.norm_start]
    cut = max(clause.rfind(m) for m in _CLAUSE_MARKS + "。")
    return any(w in clause[cut + 1:] for w in words)


@lru_cache(maxsize=1)
def _visit() -> tuple[tuple[str, ...], int]:
    t = table("place_scope.toml")["visit_scene"]
    return tuple(t["words"]), int(t["reach"])


def whole_opening(text: str, start: int, end: int, named: Iterable[Record]) -> Optional[tuple[str, ...]]:
    """The endings of the level of a whole-area word that is a sentence's topic (从投资看，1-10月，全市固定资产投资
    增长5.6%，其中…: 全市, the whole city's sentence), where one is: it opens a clause within data/place_scope.toml's
    whole_topic_reach of the sentence's start, with no place of the sentence before it; not one further on
    (猇亭区…增速居全市第一: a rank's whole, the district's sentence)."""
    m = whole_opening_word(text, start, end, named)
    return None if m is None else _whole_topic()[2][m.group()]


def whole_opening_word(text: str, start: int, end: int, named: Iterable[Record]) -> Optional[re.Match[str]]:
    """The whole-area word that is the sentence's topic (see whole_opening), or None."""
    pattern, reach, _ = _whole_topic()
    return _opening_word(pattern, reach, text, start, end, named)


def own_area_opening_word(text: str, start: int, end: int, named: Iterable[Record]) -> Optional[re.Match[str]]:
    """The word of the writer's own area (我市: data/place_scope.toml first_person) that is the sentence's topic as
    a whole-area word is (今年以来，我市固定资产投资…，增长9.6%: the later clauses are the city's too), or None."""
    return _opening_word(_own_area_topic(), _whole_topic()[1], text, start, end, named)


@lru_cache(maxsize=1)
def _own_area_topic() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, table("place_scope.toml")["first_person"])))


def _opening_word(pattern: re.Pattern[str], reach: int, text: str, start: int, end: int,
                  named: Iterable[Record]) -> Optional[re.Match[str]]:
    """The first word of pattern opening a clause within reach of the sentence's start with no place before it."""
    m = pattern.search(text, start, min(end, start + reach + _WHOLE_LONGEST))
    if m is None or m.start() - start > reach or any(p.norm_start < m.start() for p in named):
        return None
    if m.start() > start and text[m.start() - 1] not in _CLAUSE_MARKS:
        return None
    return m


_WHOLE_LONGEST = 4  # the longest whole-area word (全自治区)
_CLAUSE_MARKS = "，,：:；;"


@lru_cache(maxsize=1)
def _whole_topic() -> tuple[re.Pattern[str], int, dict[str, tuple[str, ...]]]:
    t = table("place_scope.toml")
    words = sorted(t["whole_topic_words"], key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))), int(t["whole_topic_reach"]),
            {w: tuple(t["whole_ends"][w]) for w in words})


@lru_cache(maxsize=1)
def part_openers() -> tuple[str, ...]:
    """The words opening a sentence or item that names a part of a whole (其中): data/place_scope.toml."""
    return tuple(table("place_scope.toml")["part_openers"])


def opens_part(text: str, start: int, lead: int) -> bool:
    """Whether a sentence names a part of a whole: a word of a part (其中) where its own words begin, or a
    head of a breakdown opening it (分村看，十八洞村安排…; 分地区看，…): the place after it is an item's, and
    the sentences after it speak of the whole again (data/place_scope.toml part_openers, breakdown_head)."""
    return text.startswith(part_openers(), lead) or _breakdown_head().match(text, start) is not None


@lru_cache(maxsize=1)
def _breakdown_head() -> re.Pattern[str]:
    return re.compile(table("place_scope.toml")["breakdown_head"])


def inner_body_area(places: Iterable[Record], p: Record) -> Optional[Record]:
    """The area of a body's name that a place heads and encloses (某省 of 某银行某省某市分行: 某市, the
    body's area read by place_orgs.py), where there is one: the most specific unit of the run, as
    place_scope._own_place reads a run that goes on inside a body's name."""
    return next((o for o in places if o.rule == ORG_RULE and o.norm_start <= p.norm_start
                 and p.norm_end <= o.norm_end and value_of(p) in (o.parent or ())), None)


def visit_candidates(text: str, places: Iterable[Record]) -> list[Record]:
    """The places that can be a sentence's topic or a visit's scene (place_visits.py): not an area read from a
    body's name, nor the country opening a national body's name (某地一家公司的经理来到中国防伪协会: the body)."""
    return [p for p in places if p.rule not in (ORG_RULE, SHORT_RULE) and not opens_china_body(text, p)]


def opens_china_body(text: str, p: Record) -> bool:
    """Whether a place is the 中国 opening a national body's name (１９９７年，中国石油天然气总公司…):
    the body, not the topic of the sentences after it."""
    w = whole_words()
    return value_of(p) == w.country_name and bool(w.china_body.match(text, p.norm_end))
