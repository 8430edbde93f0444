"""The whole-area words that may scope a fact (全国/我国 → 中国, 全市/该县/本市 → an area of that
level, 首都 → the capital, 全球 → no area) and the area each names. Split from place_scope.py: it reads
the words of a fact's clause here, and asks these before the places the clause names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Optional

from .clauses import INNER_BREAKS
from .customary_names import same_unit
from .dateline_places import byline_span, dateline_areas, level_area
from .lexicon import table
from .page import Page
from .place_sentences import own_area_opening_word, value_of, whole_opening_word
from .place_targets import country_set_subject, foreign_story, heads_examples, rest_of_set, world_subject
from .place_view import SentenceView
from .place_words import opens_at, whole_words
from .whole_country import country_of, is_scene, ranks
from .record import Record
from .unnamed_places import unnamed_level

_INNER_BREAK = re.compile(f"[{INNER_BREAKS}]")


class Answer(NamedTuple):
    """A place decided by a word (None: the fact has none, as for a world word's figure), apart
    from no decision at all (area_of_words gives None: the places of the clause decide)."""
    place: Optional[str]


@dataclass
class AreaWords:
    """The whole-area words that may scope a fact, each kind in text order: the country's (全国,
    我国), a level's whole (全市), a nearby area's (该县, 本市), a fixed area's (首都) and the
    world's (全球); opened: the starts of the nearby-area words opening an earlier clause (they
    name an area of the fact's own paragraph only)."""
    country: list[re.Match[str]]
    whole: list[re.Match[str]]
    near: list[re.Match[str]]
    fixed: list[re.Match[str]]
    world: list[re.Match[str]]
    opened: list[int]


def read_area_words(text: str, pos: int, view: SentenceView, clause: int, own: list[Record],
                    before: list[Record], written: list[Record], report: bool, news: bool,
                    main: Callable[[], Optional[str]]) -> AreaWords:
    """The whole-area words of the fact at pos that may scope it: those of its clause after its
    last place, or opening its sentence (in a news story also those opening an earlier clause);
    own: the places of the clause (and runs going on from them), before: all the sentence's
    places before the fact, written: its places with examples too; main: the article's main place."""
    w = whole_words()
    sent_start = view.start
    last_place = max(p.norm_end for p in own) if own else sent_start
    after = max(last_place, sent_start)  # (words before the clause are read from here: after its places)
    # 全市新增就业…: a whole-area word of the fact's clause (or opening its sentence, after a dateline
    # that opens it) after the last place gives the enclosing area; 居全国第1位 ranks, it does not scope
    lo, top = max(last_place, clause), view.lead
    spans = [(lo, pos)] + ([(top, top + 2 + w.topic_reach)] if last_place <= sent_start else [])
    # in a news story a word naming a nearby area (全乡, 该县) opening an earlier clause scopes the
    # clauses after it, as a place there would (…，全乡农户电价为２元至３元，现在是０．６８元)
    openers = [(m.end(), min(clause, m.end() + 2 + w.topic_reach))
               for m in _INNER_BREAK.finditer(text, after, clause - 1)] if news else []
    country: list[re.Match[str]] = []
    whole: list[re.Match[str]] = []
    near: list[re.Match[str]] = []
    fixed: list[re.Match[str]] = []
    world = _world_words(text, pos, view, clause, after, own, before, report, news)
    opened: list[int] = []  # (of these, a word of an earlier clause names an area of the fact's own paragraph only)
    for i, (a, b) in enumerate(spans + openers):  # (an opener may span what a span does: by place)
        found = [m for m in w.near.finditer(text, a, min(b, pos)) if not ranks(text, m)]
        if i >= len(spans):
            # (a word the sentence's top already gave is the sentence's topic, not an opener's)
            found = [m for m in found if all(m.start() != n.start() for n in near)]
            near.extend(found)
            opened.extend(m.start() for m in found)
            continue
        near.extend(found)
        fixed.extend(m for m in w.fixed.finditer(text, a, min(b, pos))
                     if not text.startswith(w.fixed_areas[m.group()][:-1], m.end())  # 首都北京 names it
                     and not any(p.norm_start <= m.end() and p.norm_end >= m.start() for p in written))
        for m in w.country.finditer(text, a, min(b, pos) + 1):  # one more: 国内 sees the figure after it
            # 台湾省出席九届全国人大代表…１３人: a body's name (全国人大) is no scope of the whole country
            # (nor one heading a list of examples: 我国以及日本、韩国等４００多位专家)
            if not ranks(text, m) and not text.startswith(w.country_bodies, m.start()) \
                    and not heads_examples(text, m.end(), pos):
                country.append(m)
        for m in w.whole.finditer(text, a, min(b, pos)):
            if not ranks(text, m) and not unnamed_level(text, m.start()):  # 某省政府: not the main place's
                whole.append(m)
    if not whole and not own and (m := whole_opening_word(text, sent_start, pos, before)) is not None \
            and not ranks(text, m) and not unnamed_level(text, m.start()):
        # 截至10月底，全市完成投资…，同比增长6.1%: the whole-area word that is the sentence's topic (it opens a
        # clause near the sentence's start, no place before it: place_sentences.whole_opening) scopes its
        # later clauses that name no place, as one opening the sentence does
        whole.append(m)
    if not near and not own and (m := own_area_opening_word(text, sent_start, pos, before)) is not None:
        near.append(m)  # 今年以来，我市投资完成…，增长9.6%: the writer's own area, the topic of the later clauses too
    # a scene word that is a clause of its own (…，在我国，这一比例仅为5%) scopes the clauses after it
    for m in w.country.finditer(text, after, clause):
        if text.startswith("，", m.end()) and is_scene(text, m):
            country.append(m)
    if country and report and main() != w.country_name:
        # a province's report gives its own figures: 全国 there names a national event or class
        # the province takes part in (第三次全国土壤普查新采集样点5318个, 全国…试点省), unless it
        # stands right before the figure (全国31个省区市 参会)
        country = [m for m in country if m.end() == pos]
    return AreaWords(country, whole, near, fixed, world, opened)


def _world_words(text: str, pos: int, view: SentenceView, clause: int, start: int, own: list[Record],
                 before: list[Record], report: bool, news: bool) -> list[re.Match[str]]:
    """The world words (全球, 世界, 国际上) that may scope the fact at pos, read from start (after
    the last place of its clause, or its sentence's start) up to the figure."""
    w = whole_words()
    # a world word of the fact's own clause, with no place of that clause before it; in a report it
    # names a class its area's bodies belong to (全球“灯塔工厂”3家), the figure is still the area's
    # (in a news story also one opening an earlier clause of the sentence, as a place there would, a time
    # before it counting for no reach: 目前全世界…移动电话近３０００万部，用户人数已超２亿; 某国某部预计，２００５年
    # 世界石油价格可达…，２０１０年将升至…)
    world = [] if report or any(p.norm_start >= clause for p in own) else \
        [m for m in w.world.finditer(text, start, pos) if not ranks(text, m)
         and (m.start() >= clause or m.start() - view.start <= w.topic_reach
              or news and opens_at(text, view.clause_start(m.start()), m.start()))]
    if not world and not own:  # 现在世界１０家最大的银行: the world's, where it opens its clause (not
        # 产品进入世界５０多个国家和地区: where the products go); in a news story also the clauses after it
        # (…世界２０家最大的航空公司中间，至少有９家是近年重组的产物)
        world = [m for m in w.world_figure.finditer(text, start, pos + 1)
                 if m.start() - view.clause_start(m.start()) <= w.world_figure_reach
                 and (m.end() == pos or news and m.start() < clause)]
    # a world word is no scope where a place stands between it and the figure (世界上１０个大国…，发现美国的
    # 企业兼并案…共有７９４１件; …世界石油需求…主要来自亚洲，…亚洲增加的需求…即降至４０万桶), nor where it
    # names the whole of a share (拥有世界人口的２０％)
    world = [m for m in world if not any(p.norm_start >= m.end() for p in before)
             and text[m.end():pos] not in w.world_whole_of]
    group = None if report else country_set_subject(text, start, pos, view.clause_start, news)
    if group is not None and (any(view.clause_start(group.start()) <= p.norm_start < group.start() for p in before)
                              or w.country.search(text, group.end(), pos)):
        # 某省去年利用发达国家的贷款: a place of the story's own before the group in its clause; 发达国家占我国出口总额的
        # ６０％: the country word after it names the whole the figure is of (places after it are seen below)
        group = None
    for subject in ([] if report else [world_subject(text, start, pos), rest_of_set(text, pos) or group]):
        # 国际上有４００多名科学家; 发达国家的援助总额下降了７％ (a group of countries: no one country's)
        if subject and not any(p.norm_start >= subject.end() for p in before):
            world = sorted([*world, subject], key=lambda m: m.start())
    return world


def area_of_words(page: Page, fact: Record, words: AreaWords, own: list[Record], main: Callable[[], Optional[str]],
                  inside_article: Callable[[int, int], list[Record]]) -> Optional[Answer]:
    """The place the last of the fact's whole-area words names (the world's: none), where one is
    its scope; None where no word decides (the places of its clause do)."""
    text, w = page.text, whole_words()
    country, whole, near, fixed, world, opened = \
        words.country, words.whole, words.near, words.fixed, words.world, words.opened
    if world and all(world[-1].start() > m.start() for m in country + whole + near + fixed):
        return Answer(None)  # 去年全球企业并购总额…: the world's figure is no area's
    if fixed and all(fixed[-1].start() > m.start() for m in country + whole + near):
        return Answer(foreign_story(page, fact.article, main()) or w.fixed_areas[fixed[-1].group()])
    if near and all(near[-1].start() > m.start() for m in country + whole):
        # (a word opening an earlier clause names an area of the fact's paragraph, or of the article's frame line
        # or byline above it: 来源:某某日报 names the paper's city that 我市 is)
        nearby = [p for p in inside_article(fact.article, near[-1].start())
                  if near[-1].start() not in opened or p.paragraph == fact.paragraph
                  or page.layout.paragraphs[p.paragraph].kind == "byline"]
        named = _nearest(w.near_ends[near[-1].group()], nearby, text)
        if named:
            return Answer(named)
        # 这个乡 in a county's story that names no 乡 before it: the area the word's unit lies in, the
        # nearest place of the level above (the county), not a place of another kind carried on (凹底镇)
        above = next((p for p in reversed(nearby) if p.level in w.near_above.get(near[-1].group()[-1], ())), None)
        if above is not None and not own:
            return Answer(value_of(above))
        # 本市 in a dispatch from 上海 that names no city before it: the dateline's (not 该市, which takes up
        # an area named before); 我市 in a letter: the area its closing byline names (（四川省某市委张三）)
        word = near[-1].group()
        filed = None if own else (level_area(w.near_ends[word], None, dateline_areas(page, fact.article))
                                  if word in table("place_scope.toml")["filed_near"] else None) \
            or _signed(page, fact.article, word, inside_article)
        if filed:
            return Answer(filed)
        # 今年以来，我市投资…。其中，甲县…，乙县…: a word of the writer's own area that no place before names is the
        # area the units named after it in its paragraph lie in (甲县's city), where they all lie in one
        ahead = None if nearby else _parent_ahead(
            w.near_ends[word], inside_article(fact.article, page.layout.paragraphs[fact.paragraph].end),
            near[-1].end())
        if ahead:
            return Answer(ahead)
    if country or whole:
        if whole and (not country or whole[-1].start() > country[-1].start()):
            return Answer(_enclosing(whole[-1].group(), inside_article(fact.article, whole[-1].start()),
                                     main(), text, dateline_areas(page, fact.article)))
        return Answer(country_of(country[-1].group(), main))
    return None


def _nearest(ends: tuple[str, ...], before: list[Record], text: str, lists: bool = False) -> Optional[str]:
    """The nearest place before a word like 该县 or 全村 whose name, as written, or an enclosing
    area's ends as that level's names do; or a village named by another ending (全村 after 柳林县前元庄: a
    hamlet's 庄, 屯, 寨 is a village's name as 村 is: place_scope.toml ending_levels). With lists, a place that is an
    item of a list of places (甲县、乙县、丙市) names no such area itself: the area enclosing it may."""
    levels = {table("place_scope.toml")["ending_levels"].get(e) for e in ends} - {None}
    listed = _listed(before, text) if lists else set()
    for p in reversed(before):
        if id(p) in listed:
            if names := [name for name in p.parent or () if name.endswith(ends)]:
                return names[0]
            continue
        written = next((p.text + e for e in ends if text.startswith(e, p.norm_end)), None) \
            if p.rule == "place:short" and p.text else None
        for name in [written, value_of(p), *(p.parent or [])]:
            if name and name.endswith(ends):
                return name
        if p.level in levels and p.text:
            return value_of(p)
    return None


def _parent_ahead(ends: tuple[str, ...], places: list[Record], after: int) -> Optional[str]:
    """The one area of a level (its names end as ends say) enclosing every place after a position that lies in
    such an area, where one does and none of them is itself such an area in no other (宜昌市: then 我市 may be that
    one; 枣阳市, a city of a county's rank inside 襄阳市, is a unit inside it)."""
    found: set[str] = set()
    for p in places:
        if p.norm_start < after:
            continue
        enclosing = [name for name in p.parent or () if name.endswith(ends)]
        if not enclosing and value_of(p).endswith(ends):
            return None
        found.update(enclosing)
    return found.pop() if len(found) == 1 else None


def _listed(places: list[Record], text: str) -> set[int]:
    """The ids of the places that are items of a list of places: two or more joined by a list's marks."""
    marks = tuple(table("place_scope.toml")["run_list_joins"])  # (the marks joining a list of places)
    out: set[int] = set()
    for a, b in zip(places, places[1:]):
        if text[a.norm_end:b.norm_start] in marks:
            out.update((id(a), id(b)))
    return out


def _enclosing(word: str, before: list[Record], main: Optional[str], text: str = "",
               filed: tuple[str, ...] = ()) -> Optional[str]:
    """The area a whole-area word names: the article's main place where it is of that level (its
    name ends as that level's names do), else the nearest place before it whose name or a
    parent's does (全市 after 芙蓉区 → 长沙市; 全县 after 中卫县, where the short name 中卫 is
    written with the level it had then), else one of that level enclosing the main place or the
    dateline's (filed: 全省 in a dispatch from 武汉), else the main place."""
    ends = tuple(table("place_scope.toml")["whole_ends"].get(word, ()))
    if not ends:
        return main
    # (全市 after 观摩团来到甲县、乙县、丙市: the city they lie in, not 丙市, a county-level one listed beside them)
    near = _nearest(ends, before, text, lists=True)
    if main and main.endswith(ends):
        # 全省 in a province's report; the main place as last written (恩施州 after 恩施土家族苗族自治州)
        return near if near and same_unit(near, main) else main
    return near or level_area(ends, main, filed) or main


def _signed(page: Page, article: int, word: str, inside_article: Callable[[int, int], list[Record]]) -> Optional[str]:
    """The area of a writer's own word (我市) that the article's closing byline names."""
    span = byline_span(page, article) if word in table("place_scope.toml")["first_person"] else None
    if span is None:
        return None
    signed = [p for p in inside_article(article, span[1]) if p.norm_start >= span[0]]
    return _nearest(whole_words().near_ends[word], signed, page.text)

