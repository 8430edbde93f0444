"""Where each numeric fact is: the place part of scope (extractor/scope.py assigns both).

place: a place of the fact's own clause, else its sentence's topic (the places that open it; in a
news story also those that open an earlier clause), else the area of a whole-area word of its
clause (全国/我国 → 中国; 全省, 全市, 全区, 全县 → the area of that level: the article's main place,
or the nearest place before it or its parent), else the topic carried on from the paragraph's
sentences before it, else the main place: the place of the section the fact stands in (a title
line that is a place's name), else the article's: the first county-or-higher place of its titles
(or its country or region, unless it speaks of China more), narrowed in a news story to an area
inside it that it names more often, else 中国 where it speaks of 全国/我国/中国 at least as often
as of any place, else the place it names most (not counting places in a list), else the page's.
The area named in an organization's name (山西 in 山西西山矿务局) counts as a place where the name
stands. Places in a dateline (本报北京1月8日电), names read from an ending alone and mentions read
across a figure (三元 of 二百四十三元) are no fact's place, nor is a place after the figure (where
it goes: 救助河北灾民). A world word of the fact's clause (全球) gives no place. A report (各位代表)
carries no place from sentence to sentence, and a province's report keeps its own figures under
全国; the words live in data/place_scope.toml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Iterable, Optional

from .clauses import INNER_BREAKS
from .customary_names import same_unit, written_customary
from .dateline_places import byline_span, dateline_areas, level_area
from .documents import document_finder, report_at, report_documents
from .issue_date import issue_date
from .lexicon import table
from .page import Page
from .place_currency import currency_country
from .place_words import (carried_place, clause_start, country_of, country_scene,  # noqa: F401
                          is_report, is_scene, off_figures, opens_at, ranks,
                          usable, whole_words)  # (others read some)
from .place_roles import actor_after_purpose, bilateral
from .place_venues import venue_of_people
from .place_targets import counts_countries, destination, foreign_story, heads_examples, world_subject
from .place_view import SentenceView
from .place_orgs import ADMIN, ORG_RULE, org_places, seat_before  # noqa: F401 (scope.py and main_places read them here)
from .record import Record
from .short_name_places import SHORT_RULE, narrower
from .unnamed_places import unnamed_before, unnamed_level
from .place_lists import (article_places, enumeration, in_example_list, listed,  # noqa: F401 (scope.py reads
                          narrows_by_link, opens_example_item, spread_list, stands_alone,  # article_places)
                          opens_one_example, states_figure)

ABROAD = ("country", "region", "foreign_city")  # (22个阿拉伯国家参会 in a province's report: counted there)
MAIN_LEVELS = (*ADMIN, *ABROAD)  # the levels an article's main place may be of: a foreign story's country or region
_FIGURE = re.compile(r"\d")
_INNER_BREAK = re.compile(f"[{INNER_BREAKS}]")
MAX_ORG = 30  # the longest organization name looked at around a place


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


def sentence_places(page: Page, places: Sorted, kept: Optional[set[int]] = None
                    ) -> dict[int, tuple[SentenceView, Optional[str]]]:
    """For each sentence: its places (as place_of reads them), and (but in a report) the place
    carried on from the paragraph's sentences before it. kept: the ids of the sentences whose
    entries are wanted (all where None); the others are still read for what they carry on."""
    out: dict[int, tuple[SentenceView, Optional[str]]] = {}
    last: dict[int, Optional[str]] = {}
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
        inside = [p for p in inside if p.rule not in (ORG_RULE, SHORT_RULE) and not _opens_china_body(page.text, p)
                  and not opens_example_item(page.text, p)]
        lead = view.lead if inside else sent.start  # (no place, no topic: where its words begin is not read)
        opens = sent.paragraph not in seen
        # 为加快运送速度，那曲地区正组织…: the actor, not what it is for (but a paragraph's opening sentence
        # without figures still sets the scene by its last place, below)
        actor = actor_after_purpose(page.text, lead, inside) if inside else None
        if actor and not (opens and not _FIGURE.search(page.text, sent.start, sent.end)):
            inside, lead = actor
        topic = bool(inside) and opens_at(page.text, lead, inside[0].norm_start)
        seen.add(sent.paragraph)
        if inside and opens and not in_list and not topic \
                and not _FIGURE.search(page.text, sent.start, sent.end):
            # a paragraph's opening sentence without figures sets the scene (记者走进衡阳县西渡镇…)
            last[sent.paragraph] = value_of(inside[-1])
        elif inside and not in_list and topic:
            # the sentence's topic (its opening run of places) goes on to the paragraph's next sentences
            run = [inside[0]]
            for p in inside[1:]:  # (not across a verb: 哥斯达黎加是中美洲…国家 is about the country)
                gap = page.text[run[-1].norm_end:p.norm_start]
                if (len(gap) > 1 or gap in table("place_scope.toml")["run_breaks"]) \
                        and not narrows_by_link(page.text, run[-1], p):
                    break
                run.append(p)
            last[sent.paragraph] = value_of(run[-1])
        scene = country_scene(page.text, sent.start, sent.end, named)
        if scene:
            last[sent.paragraph] = scene
        if kept is None or id(sent) in kept:
            out[id(sent)] = (view, last.get(sent.paragraph))
    return out


def _opens_china_body(text: str, p: Record) -> bool:
    """Whether a place is the 中国 opening a national body's name (１９９７年，中国石油天然气总公司…):
    the body, not the topic of the sentences after it."""
    w = whole_words()
    return value_of(p) == w.country_name and bool(w.china_body.match(text, p.norm_end))


def value_of(p: Record) -> str:
    """A place's name; a short form of a division is given by its full name (江永 → 江永县)."""
    if p.rule == "place:short" and p.aliases:
        return p.aliases[0]
    value = p.value or p.text or ""
    # 中华人民共和国 in a national report's title: the country, named as 全国 and 我国 are
    return whole_words().country_name if value in whole_words().country_names else value


def _nearest(ends: tuple[str, ...], before: list[Record], text: str) -> Optional[str]:
    """The nearest place before a word like 该县 or 全村 whose name, as written, or an enclosing
    area's ends as that level's names do."""
    for p in reversed(before):
        written = next((p.text + e for e in ends if text.startswith(e, p.norm_end)), None) \
            if p.rule == "place:short" and p.text else None
        for name in [written, value_of(p), *(p.parent or [])]:
            if name and name.endswith(ends):
                return name
    return None


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
    near = _nearest(ends, before, text)
    if main and main.endswith(ends):
        # 全省 in a province's report; the main place as last written (恩施州 after 恩施土家族苗族自治州)
        return near if near and same_unit(near, main) else main
    return near or level_area(ends, main, filed) or main


@lru_cache(maxsize=4)
def _written_full(text: str) -> dict[str, str]:
    """The countries' short names whose full name the page writes (印尼 → 印度尼西亚); looked up
    once for a page, not for each of its facts."""
    return {short: full for short, full in table("place_scope.toml")["country_full"].items() if full in text}


def place_of(page: Page, fact: Record, view: SentenceView, carried: Optional[str],
             main: Callable[[int], Optional[str]],
             inside_article: Callable[[int, int], list[Record]] = lambda a, pos: []) -> Optional[str]:
    """The place of a fact from the places of its sentence (view: read once for all its facts): a
    place of the fact's own clause, else the sentence's topic, else a whole-area word's area, else
    the one carried on; a country by its full name where the page writes it."""
    place = _place_of(page, fact, view, carried, main, inside_article)
    place = written_customary(page.text).get(place or "", place)
    place = table("place_scope.toml")["fact_names"].get(place or "", place)  # 香港特区 → 香港
    return _written_full(page.text).get(place or "", place)


def _place_of(page: Page, fact: Record, view: SentenceView, carried: Optional[str],
              main: Callable[[int], Optional[str]],
              inside_article: Callable[[int, int], list[Record]]) -> Optional[str]:
    text = page.text
    pos = fact.norm_start
    inside, sent_start = view.inside, view.start
    written = inside  # the sentence's places, examples too (包括首都渥太华在内: 首都 is named, not 北京)
    clause = view.clause_start(pos)
    w = whole_words()
    # 在南京、北京、广州、上海等地演出４０场: a list of areas of several provinces, the country's
    spread = spread_list(text, [p for p in inside if p.norm_end <= pos and id(p) not in view.sources], pos)
    if enumeration(page, [p for p in inside if p.norm_end <= pos]):
        # 在芷兰街道、府坪街道、南坪街道…开展 15 场: a list of places is not the fact's place
        return w.country_name if spread else main(fact.article)
    # 尼玛县、安多县等11个县, 从德国进口的设备: examples of what is counted, or where it comes from, are not its place
    # 中国评剧院演员甲、河北农大副教授乙等一百位: the places opening the items of a list of examples are
    # not its figure's, nor is the topic the sentence takes from them (东莞市长安镇某厂、…等４家)
    # a province's report lists deeds clause by clause (漳州核电投运，工业投资增长6.1%: not 漳州's; 石嘴山某平台等3个: 宁夏's)
    clause_only = (report := report_at(page, pos)) and main(fact.article) not in (None, w.country_name)
    closed = text.endswith(w.examples_end, clause, pos)  # (a list of examples closes before the figure: asked once)
    examples = {id(p) for p in inside if closed and in_example_list(text, p, clause, pos, inside)
                or (clause_only and opens_one_example(text, p, clause, pos))}
    if carried and any(value_of(p) == carried for p in inside if id(p) in examples):
        carried = None
    # (沪市…占同期全国证券市场新增挂牌基金数量的４７％: a place after a share word of its clause names
    # the whole a share is of, not the area of the part whose share it is, nor of the clauses after it)
    inside = [p for p in view.standing() if id(p) not in examples]
    before = [p for p in inside if p.norm_end <= pos]
    # the places of the fact's clause or opening its sentence; in a news story (a page issued on a
    # day) also those that open a clause before it (截至13日，张家口市灾区共收到…，接受棉衣4.7万件;
    # 受纽约股市影响，伦敦股市…): the topic of the clauses after them. A report's list of deeds
    # (宿州获批…，新增物流企业3家) keeps a clause's place to its own clause. (A time opening the sentence or
    # clause counts for no reach: １９９７年美国经济…，…３·７％.)
    news = issue_date(page.doc) is not None
    own = [p for p in before if p.norm_start >= clause or (id(p) in view.opens and not clause_only)
           or (news and id(p) in view.opens_clause)]
    for p in before:  # a run of places goes on from one of these (中国工商银行|北京市分行), and so
        # do the places written inside a body's name among them (海南省定安县龙门镇中心小学)
        if own and p.norm_start > own[-1].norm_start and (
                p.norm_start == own[-1].norm_end or narrows_by_link(text, own[-1], p)
                or any(o.rule == ORG_RULE and o.norm_start <= p.norm_start and p.norm_end <= o.norm_end
                       for o in own)):
            own.append(p)
    last_place = max(p.norm_end for p in own) if own else sent_start
    # 全市新增就业…: a whole-area word of the fact's clause (or opening its sentence, after a dateline
    # that opens it) after the last place gives the enclosing area; 居全国第1位 ranks, it does not scope
    lo, top = max(last_place, clause), view.lead
    spans = [(lo, pos)] + ([(top, top + 2 + w.topic_reach)] if last_place <= sent_start else [])
    # in a news story a word naming a nearby area (全乡, 该县) opening an earlier clause scopes the
    # clauses after it, as a place there would (…，全乡农户电价为２元至３元，现在是０．６８元)
    openers = [(m.end(), min(clause, m.end() + 2 + w.topic_reach))
               for m in _INNER_BREAK.finditer(text, max(last_place, sent_start), clause - 1)] if news else []
    country, whole, near, fixed = [], [], [], []
    # a world word of the fact's own clause, with no place of that clause before it; in a report it
    # names a class its area's bodies belong to (全球“灯塔工厂”3家), the figure is still the area's
    # (in a news story also one opening an earlier clause of the sentence, as a place there would:
    # 目前全世界…移动电话近３０００万部，用户人数已超２亿)
    world = [] if report or any(p.norm_start >= clause for p in own) else \
        [m for m in w.world.finditer(text, max(last_place, sent_start), pos) if not ranks(text, m)
         and (m.start() >= clause or m.start() - sent_start <= w.topic_reach
              or news and m.start() - view.clause_start(m.start()) <= w.topic_reach)]
    if not world and not own:  # 现在世界１０家最大的银行: the world's, where it opens its clause (not
        # 产品进入世界５０多个国家和地区: where the products go); in a news story also the clauses after it
        # (…世界２０家最大的航空公司中间，至少有９家是近年重组的产物)
        world = [m for m in w.world_figure.finditer(text, max(last_place, sent_start), pos + 1)
                 if m.start() - view.clause_start(m.start()) <= w.world_figure_reach
                 and (m.end() == pos or news and m.start() < clause)]
    # a world word is no scope where a place stands between it and the figure (世界上１０个大国…，发现美国的
    # 企业兼并案…共有７９４１件; …世界石油需求…主要来自亚洲，…亚洲增加的需求…即降至４０万桶), nor where it
    # names the whole of a share (拥有世界人口的２０％)
    world = [m for m in world if not any(p.norm_start >= m.end() for p in before)
             and text[m.end():pos] not in w.world_whole_of]
    subject = None if report else world_subject(text, max(last_place, sent_start), pos)
    if subject and not any(p.norm_start >= subject.end() for p in before):  # 国际上有４００多名科学家
        world = sorted([*world, subject], key=lambda m: m.start())
    opened = []  # (of these, a word of an earlier clause names an area of the fact's own paragraph only)
    for i, (a, b) in enumerate(spans + openers):  # (an opener may span what a span does: by place)
        found = [m for m in w.near.finditer(text, a, min(b, pos)) if not ranks(text, m)]
        near.extend(found)
        if i >= len(spans):
            opened.extend(m.start() for m in found)
            continue
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
    # a scene word that is a clause of its own (…，在我国，这一比例仅为5%) scopes the clauses after it
    for m in w.country.finditer(text, max(last_place, sent_start), clause):
        if text.startswith("，", m.end()) and is_scene(text, m):
            country.append(m)
    if country and report and main(fact.article) != w.country_name:
        # a province's report gives its own figures: 全国 there names a national event or class
        # the province takes part in (第三次全国土壤普查新采集样点5318个, 全国…试点省), unless it
        # stands right before the figure (全国31个省区市 参会)
        country = [m for m in country if m.end() == pos]
    # 50多名香港大学生, 3家日本公司: a place opening what is counted is its area (not abroad in a province's report)
    counted = next((p for p in inside if p.norm_start == fact.norm_end), None) if fact.type == "count" else None
    if counted is not None and not (clause_only and counted.level in ABROAD and value_of(counted) != w.country_name):
        return value_of(counted)
    goes = destination(text, fact, [p for p in written if p.norm_start > pos])  # 将…资料送到某镇: that town's
    if goes is not None:
        return value_of(goes)
    venue = None if near or world or fixed \
        else venue_of_people(text, fact, before, sent_start, country + whole)  # 年会在嘉兴召开，２００多名老总…: 嘉兴's
    if venue is not None:
        return value_of(venue)
    if bilateral(text, sent_start, pos, before, lambda: inside_article(fact.article, pos)):
        return w.country_name
    if world and all(world[-1].start() > m.start() for m in country + whole + near + fixed):
        return None  # 去年全球企业并购总额…: the world's figure is no area's
    if fixed and all(fixed[-1].start() > m.start() for m in country + whole + near):
        return foreign_story(page, fact.article, main(fact.article)) or w.fixed_areas[fixed[-1].group()]
    if near and all(near[-1].start() > m.start() for m in country + whole):
        nearby = [p for p in inside_article(fact.article, near[-1].start())
                  if near[-1].start() not in opened or p.paragraph == fact.paragraph]
        named = _nearest(w.near_ends[near[-1].group()], nearby, text)
        if named:
            return named
        # 这个乡 in a county's story that names no 乡 before it: the area the word's unit lies in, the
        # nearest place of the level above (the county), not a place of another kind carried on (凹底镇)
        above = next((p for p in reversed(nearby) if p.level in w.near_above.get(near[-1].group()[-1], ())), None)
        if above is not None and not own:
            return value_of(above)
        # 本市 in a dispatch from 上海 that names no city before it: the dateline's (not 该市, which takes up
        # an area named before); 我市 in a letter: the area its closing byline names (（四川省某市委张三）)
        word = near[-1].group()
        filed = None if own else (level_area(w.near_ends[word], None, dateline_areas(page, fact.article))
                                  if word in table("place_scope.toml")["filed_near"] else None) \
            or _signed(page, fact.article, word, inside_article)
        if filed:
            return filed
    if country or whole:
        if whole and (not country or whole[-1].start() > country[-1].start()):
            return _enclosing(whole[-1].group(), inside_article(fact.article, whole[-1].start()),
                              main(fact.article), text, dateline_areas(page, fact.article))
        return country_of(country[-1].group(), lambda: main(fact.article))
    currency = None if own or fact.type != "percent" else currency_country(text, clause, pos)
    if currency:
        return currency  # 此轮泰铢与美元比价已经下跌了８６％: the currency's country
    if own:
        # the last run of places written one after another (常德市鼎城区十美堂镇) ends with its
        # most specific unit: the last place before the fact
        # a place named as such before the area of a body's name (位于塘下镇的瑞安市第十中学)
        # but a place that heads a body's name and encloses the body's area (河北省 of
        # 河北省廊坊市工商局) gives way to that area; a smaller one (龙门镇 of 定安县龙门镇小学) does not
        bodies = [o for o in own if o.rule == ORG_RULE]
        inner = [p for p in own if p.rule != ORG_RULE
                 and any(o.norm_start <= p.norm_start and p.norm_end <= o.norm_end
                         and value_of(p) in (o.parent or ()) for o in bodies)]
        named = [p for p in own if p.rule not in (ORG_RULE, SHORT_RULE) and p not in inner]
        chosen = (named or [p for p in own if p not in inner])[-1]
        while (prior := next((p for p in own if p.norm_end == chosen.norm_start), None)) is not None \
                and seat_before(text, prior, chosen):
            chosen = prior  # 香港福建社团联会筹得…: the body is in 香港, its members from 福建
        if listed(text, chosen, before):
            # 青海、西藏“两江”地区青年教师８００多人: a figure of a list of areas is no one area's; a
            # place before the list is the area the list is in (在张北灾区，来自北京市、河北省的２５支医疗队)
            alone = [p for p in (named or own)
                     if p.norm_end <= chosen.norm_start and not listed(text, p, before)]
            return value_of(alone[-1]) if alone else w.country_name if spread else main(fact.article)
        if chosen.rule == SHORT_RULE and narrower(carried, value_of(chosen)):
            return carried
        return value_of(chosen)
    # a place after the figure is where it goes or comes from (47%来自中国内地, 捐出500万港元救助
    # 河北灾民, 推出35个对接上海…的平台): the object, not the area the figure is about
    named = [p for i, p in enumerate(before)
             if p.rule not in (ORG_RULE, SHORT_RULE) and states_figure(text, p.norm_end, pos)
             and stands_alone(before, i, text)]
    if news and named:
        # 这类园区焦作共有８个，辐射带动了中小园区３０来个: the place of an earlier clause of the
        # sentence that states a figure is nearer to the fact than the topic carried on from the
        # sentences before; a source's country (据巴西《商业新闻》报报道，…) states none, and the
        # first of a run of places is the area the run is in
        return value_of(named[-1])
    if spread:
        return w.country_name
    if unnamed_before(page, fact, inside_article):
        return None  # 某地一家公司…可向协会赞助２０万元: an area the text does not name
    if carried and w.country.fullmatch(carried):  # the country a scene's 全国 or 我国 named
        return country_of(carried, lambda: main(fact.article))
    return None if counts_countries(text, fact, place := carried_place(carried, lambda: main(fact.article))) else place


def _signed(page: Page, article: int, word: str, inside_article: Callable[[int, int], list[Record]]) -> Optional[str]:
    """The area of a writer's own word (我市) that the article's closing byline names."""
    span = byline_span(page, article) if word in table("place_scope.toml")["first_person"] else None
    if span is None:
        return None
    signed = [p for p in inside_article(article, span[1]) if p.norm_start >= span[0]]
    return _nearest(whole_words().near_ends[word], signed, page.text)

