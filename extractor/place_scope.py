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
全国; the words live in data/place_scope.toml. A count of a contest's field in a dispatch filed
abroad (１２名选手进入决赛) is the city's where it is held (place_contest.py), asked first. What is
read once a sentence (its places, the topic it carries on) is in place_sentences.py, which
whole-area words scope a fact and their areas in area_words.py. A figure of a 分别 list pairs with the place
of a run before 分别 (place_respective.py); the place opening an item of a list of places' items (after a colon,
or a semicolon after an item opened by a place) is the topic of that item's clauses; the total of a list of
places' figures run together (a table's joined rows: …抄乐镇231万元合计3586万元) is no item's; a place in
book-title marks (《某省…办法》) is no sentence's place (place_view.py), and a part opened by 其中 carries its place
to no later sentence (place_sentences.py). In a village's or town's own story, a county opening a figure's sentence
or carried on to it gives way to the village (place_story_area.py); a sentence that takes up a body by 该院, 该校
and names no area is the area of that body's name (place_this_body.py).
"""
from __future__ import annotations

from functools import lru_cache, partial
from typing import Callable, Optional

from .area_words import area_of_words, read_area_words
from .clauses import last_mark
from .customary_names import written_customary
from .documents import report_at
from .issue_date import issue_date
from .lexicon import table
from .page import Page
from .place_currency import currency_country
from .place_demonyms import demonym_country
from .place_mentions import off_figures, usable  # noqa: F401 (others read some)
from .place_words import opens_at, whole_words  # noqa: F401 (others read some)
from .whole_country import carried_place, country_of, ranks  # noqa: F401 (others read some)
from .place_roles import bilateral
from .place_table_total import table_total_area
from .place_sentences import Sorted, part_openers, sentence_places, value_of, visit_candidates  # noqa: F401 (scope.py and others read them here)
from .place_venues import venue_of_people
from .place_contest import contest_city
from .place_disaster import aid_area
from .place_targets import counts_countries, country_set_counted, destination
from .place_continued import continued_clause
from .place_report_zones import clause_zone
from .place_respective import respective_place
from .place_story_area import story_area_over
from .place_this_body import this_body_area
from .place_joined_zone import zone_head
from .place_view import SentenceView
from .place_visits import item_visit
from .place_orgs import ADMIN, ORG_RULE, org_places, seat_before  # noqa: F401 (scope.py and main_places read them here)
from .record import Record
from .short_name_places import SHORT_RULE, narrower
from .unnamed_places import unnamed_before
from .place_lists import (article_places, enumeration, in_example_list, list_area, listed,  # noqa: F401 (scope.py
                          narrows_by_link, opens_one_example, spread_list,  # reads article_places)
                          stands_alone, states_figure)

ABROAD = ("country", "region", "foreign_city")  # (22个阿拉伯国家参会 in a province's report: counted there)
MAIN_LEVELS = (*ADMIN, *ABROAD)  # the levels an article's main place may be of: a foreign story's country or region
MAX_ORG = 30  # the longest organization name looked at around a place
_ITEM_REACH = 300  # the farthest back an item of a list's mark is looked for from a figure's clause


@lru_cache(maxsize=4)
def _written_full(text: str) -> dict[str, str]:
    """The countries' short names whose full name the page writes (印尼 → 印度尼西亚); looked up
    once for a page, not for each of its facts."""
    return {short: full for short, full in table("place_scope.toml")["country_full"].items() if full in text}


def place_of(page: Page, fact: Record, view: SentenceView, carried: Optional[str],
             main: Callable[[int], Optional[str]],
             inside_article: Callable[[int, int], list[Record]] = lambda a, pos: [],
             enclosing: Callable[[int, int], frozenset[str]] = lambda a, pos: frozenset()) -> Optional[str]:
    """The place of a fact from the places of its sentence (view: read once for all its facts): a
    place of the fact's own clause, else the sentence's topic, else a whole-area word's area, else
    the one carried on; a country by its full name where the page writes it. enclosing: the areas around
    the article's main place where that is a town or village of its story (place_story_area.py)."""
    place = _place_of(page, fact, view, carried, main, inside_article, enclosing)
    place = written_customary(page.text).get(place or "", place)
    place = table("place_scope.toml")["fact_names"].get(place or "", place)  # 香港特区 → 香港
    return _written_full(page.text).get(place or "", place)


def _place_of(page: Page, fact: Record, view: SentenceView, carried: Optional[str],
              main: Callable[[int], Optional[str]],
              inside_article: Callable[[int, int], list[Record]],
              enclosing: Callable[[int, int], frozenset[str]]) -> Optional[str]:
    """place_of's choice, stage by stage: a list of places, the places of the fact's clause, what
    is counted or where it goes, the whole-area words (area_words.py), the clause's own places,
    then what the sentences before carry on."""
    text = page.text
    pos = fact.norm_start
    inside = view.inside
    written = inside  # the sentence's places, examples too (包括首都渥太华在内: 首都 is named, not 北京)
    clause = view.clause_start(pos)
    w = whole_words()
    article_main = partial(main, fact.article)  # (the article's main place: asked only where a stage needs it)
    city = contest_city(page, fact, view)
    if city is not None:
        return city  # 本报珀斯…电 …，１２名选手进入决赛: the contest's field, where it is held
    paired = respective_place(text, fact, view)
    if paired is not None:
        return value_of(paired)  # 甲区、乙区到位资金分别为N亿元、M亿元: each figure its own place (place_respective.py)
    # 某某文化创意产业园营收超N亿元 in a province's report: the zone's, whatever areas its name holds
    zone = clause_zone(text, clause, view.start, pos) if report_at(page, pos) else None
    if zone is not None and main(fact.article) not in (None, w.country_name):
        return zone  # (place_report_zones.py)
    # 在南京、北京、广州、上海等地演出４０场: a list of areas of several provinces, the country's
    spread = spread_list(text, [p for p in inside if p.norm_end <= pos and id(p) not in view.sources], pos)
    if enumeration(page, listed_before := [p for p in inside if p.norm_end <= pos]):
        # 在芷兰街道、府坪街道、南坪街道…开展 15 场: a list of places is not the fact's place; the area it lies in,
        # named right before it (河北省的石家庄、保定、邯郸三个城市), is
        area = list_area(text, listed_before, pos, value_of)
        return value_of(area) if area is not None else w.country_name if spread else main(fact.article)
    # a province's report lists deeds clause by clause (漳州核电投运，工业投资增长6.1%: not 漳州's; 石嘴山某平台等3个: 宁夏's)
    clause_only = (report := report_at(page, pos)) and main(fact.article) not in (None, w.country_name)
    examples = _examples(text, view, pos, clause, clause_only)
    if carried and any(value_of(p) == carried for p in inside if id(p) in examples):
        carried = None
    # (沪市…占同期全国证券市场新增挂牌基金数量的４７％: a place after a share word of its clause names
    # the whole a share is of, not the area of the part whose share it is, nor of the clauses after it)
    inside = [p for p in view.standing() if id(p) not in examples]
    before = [p for p in inside if p.norm_end <= pos]
    news = issue_date(page.dated) is not None
    own = _own(text, view, before, clause, clause_only, news)
    words = read_area_words(text, pos, view, clause, own, before, written, report, news, article_main)
    # 40多名澳门中学生, 6家德国公司: a place opening what is counted is its area (not abroad in a province's report)
    counted = next((p for p in inside if p.norm_start == fact.norm_end), None) if fact.type == "count" else None
    if counted is None and not report and country_set_counted(text, fact):
        return None  # １２个欧盟国家的警方代表: a group of countries counted is no one country's (place_targets.py)
    if counted is not None and not (clause_only and counted.level in ABROAD and value_of(counted) != w.country_name):
        return value_of(counted)
    # ７名法国人、４名瑞典人: the people of a country, where jieba keeps the word whole and no place is read in it
    nationals = demonym_country(text, fact.norm_end) if fact.type == "count" and counted is None else None
    if nationals is not None and not (clause_only and nationals != w.country_name):
        return nationals
    goes = destination(text, fact, [p for p in written if p.norm_start > pos])  # 将…资料送到某镇: that town's
    if goes is not None:
        return value_of(goes)
    struck = aid_area(page, fact, view.start, inside_article)  # 支援灾区的８０万元…运往灾区: the struck area's
    if struck is not None:
        return struck
    venue = None if words.near or words.world or words.fixed \
        else venue_of_people(text, fact, before, view.start, words.country + words.whole)  # 年会在嘉兴召开，２００多名老总…: 嘉兴's
    if venue is not None:
        return value_of(venue)
    if bilateral(text, view.start, pos, before, lambda: inside_article(fact.article, pos)):
        return w.country_name
    answer = area_of_words(page, fact, words, own, article_main, inside_article)
    if answer is not None:
        return answer.place
    currency = None if own or fact.type != "percent" else currency_country(text, clause, pos)
    if currency:
        return currency  # 此轮泰铢与美元比价已经下跌了８６％: the currency's country
    if len(own) > 1 and _list_total(text, own[-2].norm_end, own[-1].norm_start, pos):
        # 甲镇231万元合计3586万元 (a table's rows run together): the list's total is no item's
        return _beyond_clause(page, fact, [], carried, spread, news, article_main, inside_article)
    total = None if own else table_total_area(text, pos, inside_article(fact.article, pos))
    if total is not None:
        return total  # 合计 under the rows 甲县…, 乙县…: the area the rows' places lie in (place_table_total.py)
    went = item_visit(text, visit_candidates(text, before), pos) \
        if news and own and all(p.norm_start < clause for p in own) else None
    if went is not None and went.norm_start > own[-1].norm_start:
        return value_of(went)  # 宜昌市的干部深入某镇看望困难户，…当场拿出３００元: where they went (place_visits.py)
    if own:
        place = _own_place(text, own, before, carried, spread, article_main)
        if news and all(p.norm_start < clause for p in own):  # (a place of the figure's own clause stays)
            # 在某县…，有一个叫某某的自然寨，散居着３２户人家 in the village's story: the village's
            return story_area_over(place, main(fact.article), enclosing(fact.article, pos)) or place
        return place
    place = _beyond_clause(page, fact, before, carried, spread, news, article_main, inside_article)
    if news and place is not None:  # (the topic of a sentence before, a body's name's area: not a clause's own)
        return story_area_over(place, main(fact.article), enclosing(fact.article, pos)) or place
    return place


def _list_total(text: str, prior_end: int, last: int, pos: int) -> bool:
    """Whether a figure is the total of a list of places' figures (a table's rows run together once their
    lines are joined: 天城镇207万元抄乐镇231万元合计3586万元): a total word right before it, a figure after the
    last place and one between the two last places (data/place_scope.toml total_words). One place's figures
    totalled (越南《人民报》发表了140篇文章，共计20余万字) are that place's, as before."""
    words = tuple(table("place_scope.toml")["total_words"])
    return text.endswith(words, last, pos) and any(ch.isdigit() for ch in text[last:pos]) \
        and any(ch.isdigit() for ch in text[prior_end:last])


def _examples(text: str, view: SentenceView, pos: int, clause: int, clause_only: bool) -> set[int]:
    """The ids of the sentence's places that are examples of what is counted or where it comes from
    (尼玛县、安多县等11个县, 从德国进口的设备), not its place; nor are the places opening the items of
    a list of examples (中国评剧院演员甲、河北农大副教授乙等一百位), nor the topic the sentence takes
    from them (东莞市长安镇某厂、…等４家); in a province's report (clause_only) also one opening a
    single example (石嘴山某平台等3个: 宁夏's)."""
    inside, w = view.inside, whole_words()
    closed = text.endswith(w.examples_end, clause, pos)  # (a list of examples closes before the figure: asked once)
    return {id(p) for p in inside if closed and in_example_list(text, p, clause, pos, inside)
            or (clause_only and opens_one_example(text, p, clause, pos))}


def _own(text: str, view: SentenceView, before: list[Record], clause: int, clause_only: bool,
         news: bool) -> list[Record]:
    """The places of the fact's clause or opening its sentence; in a news story (a page issued on a
    day) also those that open a clause before it (截至13日，张家口市灾区共收到…，接受棉衣4.7万件;
    受纽约股市影响，伦敦股市…): the topic of the clauses after them. A report's list of deeds
    (宿州获批…，新增物流企业3家) keeps a clause's place to its own clause. (A time opening the sentence or
    clause counts for no reach: １９９７年美国经济…，…３·７％.)"""
    item = _listed_item(text, view.start, clause, before) if not clause_only else clause
    own = [p for p in before if p.norm_start >= clause or (id(p) in view.opens and not clause_only)
           or (news and id(p) in view.opens_clause) or (p.norm_start >= item and opens_at(text, item, p.norm_start))]
    if clause_only and not own and (prior := continued_clause(text, view.start, clause, view.clause_start)) is not None:
        # 海宁市地区生产总值1368.9亿元，增长6.4%: a clause with no subject goes on with the figure before it
        # (place_continued.py), whose clause's opening place is its place
        own = [p for p in before if prior <= p.norm_start and opens_at(text, prior, p.norm_start)][:1]
    for p in before:  # a run of places goes on from one of these (中国工商银行|北京市分行), and so
        # do the places written inside a body's name among them (海南省定安县龙门镇中心小学)
        if own and p.norm_start > own[-1].norm_start and (
                p.norm_start == own[-1].norm_end or narrows_by_link(text, own[-1], p)
                or any(o.rule == ORG_RULE and o.norm_start <= p.norm_start and p.norm_end <= o.norm_end
                       for o in own)):
            own.append(p)
    return own


def _item_start(text: str, start: int, clause: int) -> int:
    """Where the item of a list holding a clause begins: after the last semicolon or colon of the sentence
    before it, else the sentence's start."""
    lo = max(start, clause - _ITEM_REACH)  # (not the whole of a long sentence read back for each of its figures)
    return last_mark(text, _item_marks(), lo, clause) + 1 or start


def _listed_item(text: str, start: int, clause: int, before: list[Record]) -> int:
    """Where the item holding a clause begins, where it is an item of a list of places' items (…项目：赣州经开区
    的某项目，总投资68亿元；南康区的某项目，总投资45.5亿元): after a colon that opens the list, or after a semicolon
    where the item before it opens with a place too; the place opening such an item is the topic of its clauses,
    as one opening a sentence is of the sentence's. Else the clause's start (no item: …继续建设的693个；苏联为我国
    设计的156个项目中…, a deed's agent, not the place of a list; 其中衡山镇9个…: a part, not an item's topic)."""
    item = _item_start(text, start, clause)
    if item == start or text.startswith(part_openers(), item):
        return clause
    if text[item - 1] in table("place_scope.toml")["list_opening_marks"]:
        return item  # (the colon: a list it opens)
    prior = _item_start(text, start, item - 1)
    return item if any(prior <= p.norm_start < item - 1 and opens_at(text, prior, p.norm_start) for p in before) \
        else clause


@lru_cache(maxsize=1)
def _item_marks() -> tuple[str, ...]:
    return tuple(table("place_scope.toml")["item_marks"])


def _own_place(text: str, own: list[Record], before: list[Record], carried: Optional[str], spread: bool,
               main: Callable[[], Optional[str]]) -> Optional[str]:
    """The place of a fact whose clause names places (own): the last run of places written one
    after another (常德市鼎城区十美堂镇) ends with its most specific unit, the last place before the
    fact; a place named as such before the area of a body's name (位于塘下镇的瑞安市第十中学); but a
    place that heads a body's name and encloses the body's area (河北省 of 河北省廊坊市工商局) gives
    way to that area, a smaller one (龙门镇 of 定安县龙门镇小学) does not."""
    w = whole_words()
    bodies = [o for o in own if o.rule == ORG_RULE]
    inner = [p for p in own if p.rule != ORG_RULE
             and any(o.norm_start <= p.norm_start and p.norm_end <= o.norm_end
                     and value_of(p) in (o.parent or ()) for o in bodies)]
    named = [p for p in own if p.rule not in (ORG_RULE, SHORT_RULE) and p not in inner]
    chosen = (named or [p for p in own if p not in inner])[-1]
    while (prior := next((p for p in own if p.norm_end == chosen.norm_start), None)) is not None \
            and seat_before(text, prior, chosen):
        chosen = prior  # 香港福建社团联会筹得…: the body is in 香港, its members from 福建
    chosen = zone_head(text, own, chosen)  # 张北—尚义地区共发生余震…: the first county's (place_joined_zone.py)
    if listed(text, chosen, before):
        # 青海、西藏“两江”地区青年教师８００多人: a figure of a list of areas is no one area's; a
        # place before the list is the area the list is in (在张北灾区，来自北京市、河北省的２５支医疗队)
        alone = [p for p in (named or own)
                 if p.norm_end <= chosen.norm_start and not listed(text, p, before)]
        return value_of(alone[-1]) if alone else w.country_name if spread else main()
    if chosen.rule in (SHORT_RULE, ORG_RULE) and narrower(carried, value_of(chosen)):
        return carried  # (在孝泉镇，… then 德阳某某食品有限公司投资…: the town the story is in, inside the city the name holds)
    return value_of(chosen)


def _beyond_clause(page: Page, fact: Record, before: list[Record], carried: Optional[str], spread: bool,
                   news: bool, main: Callable[[], Optional[str]],
                   inside_article: Callable[[int, int], list[Record]]) -> Optional[str]:
    """The place of a fact whose clause names none: a place of an earlier clause that states a
    figure (in a news story), the country for a list of areas spread over it, none for an area the
    text does not name, else the place carried on from the sentences before (or the main place)."""
    text, pos, w = page.text, fact.norm_start, whole_words()
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
    went = item_visit(text, visit_candidates(text, before), pos) if news else None
    if went is not None:
        return value_of(went)  # 深入某乡…访贫问苦，…他当场掏出１００元: where he went (place_visits.py)
    if spread:
        return w.country_name
    if unnamed_before(page, fact, inside_article):
        return None  # 某地一家公司…可向协会赞助２０万元: an area the text does not name
    if not carried and (sent := page.layout.sentence_at(pos)) is not None \
            and (body := this_body_area(text, sent.start, pos, inside_article(fact.article, pos))):
        return body  # 该院查处罪案４５件 after 上海市虹口检察院…: the body's area (place_this_body.py)
    if carried and w.country.fullmatch(carried):  # the country a scene's 全国 or 我国 named
        return country_of(carried, main)
    return None if counts_countries(text, fact, place := carried_place(carried, main)) else place
