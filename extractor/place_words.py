"""The words that decide a fact's place (data/place_scope.toml), and which place mentions can be a
fact's place at all (place_scope.py reads both)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple, Optional

from .area_word_bounds import area_pattern
from .clauses import BREAKS, last_mark
from .fact_types import NAME_TYPES
from .lexicon import alternation, table
from .numerals import big_scales, digit_values, small_scales
from .place_partners import trade_partner
from .place_work_away import worked_away
from .record import Record


class _Whole(NamedTuple):
    country: re.Pattern
    country_name: str
    whole: re.Pattern
    topic_reach: int
    dateline_before: tuple[str, ...]
    dateline_after: re.Pattern
    whole_not_after: tuple[str, ...]
    scene_words: tuple[str, ...]
    uncertain_rules: frozenset
    uncertain_suffix_levels: frozenset
    generic_endings: tuple[str, ...]
    country_names: frozenset
    village_level: str
    village_after: re.Pattern
    narrowing_levels: tuple[str, ...]
    story_country: frozenset
    street_endings: tuple[str, ...]
    examples_end: tuple[str, ...]
    near: re.Pattern
    near_ends: dict
    fixed: re.Pattern
    fixed_areas: dict
    world: re.Pattern
    source_before: tuple[str, ...]
    source_gap: re.Pattern
    source_view: tuple[str, ...]
    event_after: tuple[str, ...]
    whole_not_before: tuple[str, ...]
    vote_despite: tuple[str, ...]
    bilateral: re.Pattern
    china_pair: re.Pattern
    bilateral_reach: int
    china_body: re.Pattern
    example_named: re.Pattern
    dateline_lead: re.Pattern
    report_before: tuple[str, ...]
    report_media: tuple[str, ...]
    country_bodies: tuple[str, ...]
    share_before: tuple[str, ...]
    cause_before: tuple[str, ...]
    cause_after: tuple[str, ...]
    report_after: tuple[str, ...]
    report_clause_longest: int
    invader_after: tuple[str, ...]
    superlative: re.Pattern
    source_scene: tuple[str, ...]
    venue_before: tuple[str, ...]
    venue_after: re.Pattern
    currency_against: tuple[str, ...]
    trait_after: tuple[str, ...]
    run_links: tuple[str, ...]
    linked_levels: tuple[str, ...]
    world_figure: re.Pattern
    world_figure_reach: int
    rank_before: tuple[str, ...]
    region_bodies: tuple[str, ...]
    near_above: dict
    not_preposition: tuple[str, ...]
    scope_before_count: tuple[str, ...]
    time_opening: re.Pattern
    time_opening_links: frozenset
    world_whole_of: tuple[str, ...]
    purpose_before: tuple[str, ...]
    purpose_clause_longest: int
    emigrant_after: tuple[str, ...]
    model_before: re.Pattern
    tagged_level: re.Pattern


@lru_cache(maxsize=1)
def whole_words() -> _Whole:
    t = table("place_scope.toml")
    country = rf"{area_pattern(t['country'])}|(?:{alternation(t['country_before_figure'])})(?=\d)"
    return _Whole(re.compile(country), t["country_name"], re.compile(area_pattern(t["whole"])),
                  int(t["topic_reach"]), tuple(t["dateline_before"]),
                  re.compile(rf"(?:{_day(t)})?(?:{alternation(t['dateline_after'])})"),
                  tuple(t["whole_not_after"]), tuple(t["scene_words"]), frozenset(t["uncertain_rules"]),
                  frozenset(t["uncertain_suffix_levels"]),
                  tuple(t["generic_endings"]), frozenset(t["country_names"]), t["village_level"],
                  # every start of a village's name after a division's ending, overlapping ones too
                  re.compile(rf"(?<=[{''.join(t['village_after'])}])"
                             rf"(?=([^\W\d_]{{1,{int(t['village_longest'])}}}?{t['village_ending']}))"),
                  tuple(t["narrowing_levels"]), frozenset(t["story_country"]), tuple(t["street_endings"]),
                  tuple(t["examples_end"]), re.compile(area_pattern(t["near_ends"])),
                  {k: tuple(v) for k, v in t["near_ends"].items()},
                  re.compile(alternation(list(t["fixed_areas"]))), dict(t["fixed_areas"]),
                  re.compile(rf"{alternation(t['world'])}|(?:{alternation(t['world_events'])})"
                             rf"(?!{alternation(t['world_event_scene_after'])})"), tuple(t["source_before"]),
                  # what may stand between 从 and a place: other sources each joined on (东北和|太原)
                  re.compile(rf"(?:[^\W\d_]{{1,{int(t['source_gap_longest'])}}}?(?:{alternation(t['source_joins'])}))*"),
                  tuple(t["source_view"]), tuple(t["event_after"]),
                  tuple(t["whole_not_before"]), tuple(t["vote_despite"]), re.compile(alternation(t["bilateral"])),
                  # 中南两国, 中美关系: China paired with a country's one-character name
                  re.compile(rf"中[^\W\d_中](?:{alternation(t['china_pair_after'])})"), int(t["bilateral_reach"]),
                  re.compile(rf"[^\s，。、；：！？的]{{0,{int(t['china_body_reach'])}}}?(?:{alternation(t['china_body_ends'])})"),
                  re.compile(rf"[^\W\d_]{{0,{int(t['example_name_longest'])}}}?(?:{alternation(t['example_name_ends'])})"
                             rf"(?:{alternation(t['examples_end'])})"
                             rf"(?=[\d{''.join(sorted(numeral_chars()))}])"),
                  re.compile(rf"(?:{alternation(t['dateline_lead'])})?(?:{alternation(t['dateline_before'])})"
                             rf"(?P<where>[^\W\d_]{{0,{int(t['dateline_place_longest'])}}}?)(?:{_day(t)})?(?:{alternation(t['dateline_after'])})"
                             rf"(?:（[^）。]{{0,{int(t['dateline_reach'])}}}）|[^。：，（]{{0,{int(t['dateline_reach'])}}}?报道：)?"),
                  tuple(t["report_before"]), tuple(t["report_media"]), tuple(t["country_bodies"]),
                  tuple(t["share_before"]), tuple(t["cause_before"]), tuple(t["cause_after"]),
                  tuple(t["report_after"]), int(t["report_clause_longest"]),
                  tuple([*t["invader_after"], *t["helper_after"]]),  # (the helper too: no area of the figures)
                  re.compile(rf"(?:{alternation(t['superlative_after'])})[^\W\d_]{{1,{int(t['superlative_longest'])}}}?的"
                             rf"|(?:{alternation(t['first_rank'])})"),
                  tuple(t["source_scene"]), tuple(t["venue_before"]),
                  re.compile(rf"[^\W\d_]{{0,{int(t['venue_reach'])}}}?(?:{alternation(t['venue_after'])})"),
                  tuple(t["currency_against"]), tuple(t["trait_after"]),
                  tuple(t["run_links"]), tuple(t["linked_levels"]),
                  re.compile(rf"(?:{alternation(t['world_before_figure'])})(?:{alternation(t['world_figure_about'])})?"
                             rf"(?=\d)(?!\d+(?:{alternation(t['world_sets'])}))"),
                  int(t["world_figure_reach"]), tuple(t["rank_before"]), tuple(t["region_bodies"]),
                  {k: tuple(v) for k, v in t["near_above"].items()}, tuple(t["not_preposition"]),
                  tuple(t["scope_before_count"]), _time_opening(t),
                  frozenset(t["time_opening_links"]), tuple(t["world_whole_of"]),
                  tuple(t["purpose_before"]), int(t["purpose_clause_longest"]), tuple(t["emigrant_after"]),
                  # 学济南, 学习济南: the model emulated (not 大学, 留学: a word ending in 学 before it)
                  re.compile(rf"(?<![{''.join(t['model_not_after'])}])(?:{alternation(t['model_before'])})$"),
                  re.compile(rf"(?![{''.join(t['tagged_not_first'])}])(?!.*(?:{alternation(t['tagged_generic_ends'])})$)"
                             rf"(?:(?![{''.join(sorted(numeral_chars()))}])[^\W\d_])"
                             rf"{{{int(t['tagged_stem_least'])},}}(?:{alternation(t['tagged_level_ends'])})"))


def _time_opening(t: dict) -> re.Pattern:
    """A time that opens a sentence or clause before its topic (１９９７年美国经济…, 去年１２月日本…):
    a year, month and day in figures or words, or a year's word, each part optional, then an edge
    of the year or month (年底, 月初) at most."""
    n = rf"(?:\d{{1,4}}|[{t['dateline_numerals']}〇]{{1,4}})"
    dated = rf"(?:{n}年|{alternation(t['time_opening_years'])})?(?:{n}月份?)?(?:{n}日)?"
    return re.compile(rf"(?=[^，。；：])(?:{dated})(?:{alternation(t['time_opening_edges'])})?")


def opens_at(text: str, start: int, at: int) -> bool:
    """Whether a place at `at` opens the sentence or clause that starts at `start`: within the
    topic's reach of its start, or right after a time that opens it (１９９７年美国经济稳定增长: 美国
    is the topic, five characters in; １９９３年在德国申请避难的…; not 3月18日签约的浙江…公司, a body's
    area further on)."""
    w = whole_words()
    if at - start <= w.topic_reach:
        return True
    m = w.time_opening.match(text, start)
    return bool(m) and m.end() > start and (m.end() == at or text[m.end():at] in w.time_opening_links)


def _day(t: dict) -> str:
    """A dateline's day, in figures or in words (1月8日, 十二月三十一日: some pages write dates so)."""
    n = rf"(?:\d{{1,2}}|[{t['dateline_numerals']}]{{1,3}})"
    return rf"{n}月{n}日"


def is_national_body(name: str) -> bool:
    """Whether an organization's name is a body of the whole country (国务院, 国家计委, 财政部): by
    its opening words, or a bare ministry's or commission's name not opening with a local level.
    Whether a place is written in it (美国国务院) is for the caller to see."""
    t = table("place_scope.toml")["national_bodies"]
    if name.startswith(tuple(t["starts"])):
        return True
    if name.startswith(tuple(t["state"])):  # 国家计委, 国家技术监督局; not 国家一类保护动物
        return name.endswith(tuple(t["state_ends"]))
    return len(name) <= int(t["longest"]) and name.endswith(tuple(t["ends"])) \
        and not name.startswith(tuple(t["local_starts"])) and not name.endswith(tuple(t["not_bodies"]))


_FIGURE = re.compile(r"\d")
# a figure other than a year (１９９７年，我国与世界各国贸易往来十分活跃 states none)
_AMOUNT = re.compile(r"\d(?!\d*年)")
_SOURCE_REACH = 20  # how far back from a place a 从 is looked for
_CLAUSE_END = re.compile("[，。；：！？\n]")


def is_rank_whole(text: str, p: Record) -> bool:
    """Whether a place is the whole a rank is taken in (居拉美各国之首, 名列全省前茅 after a place): written
    right after a ranking word, it is not the area of the figures told with it."""
    return text.endswith(whole_words().rank_before, 0, p.norm_start)


def is_source(text: str, p: Record) -> bool:
    """Whether a place is where something comes from (从德国进口的设备, 从东北和太原招聘): written right
    after 从 or joined on to a place that is, in a clause that does not view it (从广东看); or the
    country of a medium that reports (据巴西《商业新闻》报报道); or where a cause lies (受纽约股市影响)."""
    w = whole_words()
    if text.endswith(w.report_before, 0, p.norm_start) and text.startswith(w.report_media, p.norm_end) \
            or trade_partner(text, p):
        return True  # 据巴西《商业新闻》报报道; 对东盟进出口 (extractor/place_partners.py)
    if text.endswith(w.cause_before, 0, p.norm_start):
        # 受纽约股市回升的影响，伦敦股市…; 在纽约股市带动下，亚洲股市…: a cause, not the topic
        end = _CLAUSE_END.search(text, p.norm_end)
        if text.endswith(w.cause_after, p.norm_end, end.start() if end else len(text)):
            return True
    lo = max(0, p.norm_start - _SOURCE_REACH)
    for word in w.source_before:
        at = text.rfind(word, lo, p.norm_start)
        if at >= 0 and w.source_gap.fullmatch(text, at + len(word), p.norm_start):
            end = _CLAUSE_END.search(text, p.norm_end)
            rest = text[p.norm_end:end.start() if end else len(text)]
            return not any(v in rest for v in (*w.source_view, *w.source_scene))
    return False


@lru_cache(maxsize=4)
def is_report(text: str) -> bool:
    """Whether a page is a report to a congress (各位代表：…, 2026年政府工作报告): a list of deeds
    rather than a story, told by the words of its opening."""
    t = table("place_scope.toml")
    return any(cue in text[:int(t["report_opening"])] for cue in t["report_cues"])


def usable(text: str, p: Record) -> bool:
    """A place that can be a fact's place: not in a dateline, not read from an ending alone."""
    w = whole_words()
    if (p.rule in w.uncertain_rules and not w.tagged_level.fullmatch(p.text or "")) or p.level == "feature":
        return False  # a river or a mountain locates things; it is not the area a figure is about
    if p.rule == "place:suffix" and ((p.level or "") in w.uncertain_suffix_levels
                                     or (p.text or "").endswith(w.generic_endings)):
        if not (p.level == w.village_level and p.text in _introduced_villages(text) or p.level == "zone" and p.parent):
            return False
    if text.startswith(w.street_endings, p.norm_end) or text.startswith(w.event_after, p.norm_end) \
            or text.startswith((*w.invader_after, *w.trait_after), p.norm_end) or w.superlative.match(text, p.norm_end) \
            or (p.level == "country" and text.startswith(w.emigrant_after, p.norm_end)) \
            or w.model_before.search(text, max(0, p.norm_start - 3), p.norm_start) or worked_away(text, p):
        # a street's name (南京东路), an event's (亚洲金融危机), an invader's (日本侵略者), a trait's
        # (中国特色), a country emigrants left (土耳其驱逐１４名伊拉克移民: the figure is where they are),
        # a model emulated (鞍山交警学济南), where money brought home was earned (到新疆摘棉花挣回: place_work_away.py),
        # or a rank
        # (亚洲最大的毛毯生产企业…是国家重点扶持的３００家企业之一: the firm's rank, not its area)
        return False
    if p.level in ("country", "region") and _route().match(text, p.norm_end) or _in_label(text, p):
        return False  # 中欧中亚班列７２１列: a route's ends; “金芙蓉”基金: a label's word, not the area
    return not _in_dateline(text, p)


def in_book_title(text: str, p: Record) -> bool:
    """Whether a place is a word of a name set in book-title marks (《贵州省财政衔接推进乡村振兴补助资金管理
    办法》, 《广东省志》): looked for within book_title_longest characters either side, on its line. Such a
    place names a document, a law, a paper or a work, not the area of the figures of its sentence
    (根据《贵州省…资金管理办法》…现将资金3943万元下达: the county's allocation); place_view.py leaves it out of
    a sentence's places. (What an article is about is still counted with it: 油画《检阅》's story.)"""
    t = table("place_scope.toml")
    longest = int(t["book_title_longest"])
    lo = max(0, p.norm_start - longest)
    opened = text.rfind(t["book_title_open"], lo, p.norm_start)
    if opened < 0 or text.find(t["book_title_close"], opened, p.norm_start) >= 0 or text.find("\n", opened, p.norm_start) >= 0:
        return False
    closed = text.find(t["book_title_close"], p.norm_end, p.norm_end + longest)
    return closed >= 0 and text.find("\n", p.norm_end, closed) < 0


def _in_label(text: str, p: Record) -> bool:
    """Whether a place is a word of a short quoted label longer than it (“金芙蓉”基金, “我的韶山行”)."""
    if p.level not in ("province", "city", "county"):
        return False  # a country's name in a label names the nation's programme (“中国光明工程”)
    longest = int(table("place_scope.toml")["label_longest"])
    opened = text.rfind("“", max(0, p.norm_start - longest), p.norm_start)
    closed = text.find("”", p.norm_end, p.norm_end + longest)
    return opened >= 0 and closed >= 0 and closed - opened - 1 <= longest \
        and text.find("”", opened, p.norm_start) < 0 and (opened + 1, closed) != (p.norm_start, p.norm_end)


@lru_cache(maxsize=1)
def _route() -> re.Pattern:
    t = table("place_scope.toml")
    gap = int(t['route_gap'])  # (the other end may be bracketed: 中欧（亚）班列)
    return re.compile(f"(?:[^\\W\\d]{{0,{gap}}}|（[^\\W\\d]{{1,{gap}}}）)(?:{alternation(t['route_after'])})")


@lru_cache(maxsize=1)
def _village_listed() -> re.Pattern:
    """A village listed on after one (、金龙村): a join, then a village's name."""
    t = table("place_scope.toml")
    return re.compile(rf"(?:{alternation(t['village_list_joins'])})([^\W\d_]{{1,{int(t['village_longest'])}}}?"
                      rf"{t['village_ending']})")


@lru_cache(maxsize=4)
def _introduced_villages(text: str) -> frozenset[str]:
    """The villages the page writes right after the name of their town, county or city
    (河贵乡河西村), and the villages listed on from one so written (全镇十八洞村、金龙村、马鞍村…6个行政村: the
    list is of the town's villages, each named as one): one pass over the page, not one for each village named."""
    w = whole_words()
    found = set()
    for m in w.village_after.finditer(text):
        found.add(m.group(1))
        at = m.start(1) + len(m.group(1))
        while (more := _village_listed().match(text, at)) is not None:
            found.add(more.group(1))
            at = more.end()
    return frozenset(found)


def lead_end(text: str, start: int) -> int:
    """Where a sentence's own words begin: after a dateline that opens it (本报曼谷１月１２日电记者成元生
    报道：, 新华社北京１月２日电（记者…）), else at its start; and after a clause of a cause that opens
    it (受纽约股市回升的影响，伦敦股市…: the topic is 伦敦) or a short one that says where the news
    comes from (据统计，北京市…; 有消息说，１２月份美国制造业…)."""
    w = whole_words()
    m = w.dateline_lead.match(text, start)
    at = m.end() if m else start
    end = _CLAUSE_END.search(text, at)
    if end and text.startswith("，", end.start()) and (
            (text.startswith(w.cause_before, at) and text.endswith(w.cause_after, at, end.start()))
            or (end.start() - at <= w.report_clause_longest and text.endswith(w.report_after, at, end.start()))):
        return end.end()
    return at


def _in_dateline(text: str, p: Record) -> bool:
    """本报北京1月8日电: the place where the news was filed."""
    s, e = p.norm_start, p.norm_end
    w = whole_words()
    return text.endswith(w.dateline_before, 0, s) and bool(w.dateline_after.match(text, e))



@lru_cache(maxsize=1)
def numeral_chars() -> frozenset[str]:
    """The characters a Chinese number is written with (digits and scales: 三, 百, 万, 〇)."""
    return frozenset([*digit_values(), *small_scales(), *big_scales()])


def off_figures(places: Iterable[Record], facts: Iterable[Record], text: str) -> list[Record]:
    """The places less those read across a figure (三元 of 二百四十三元, 支台湾乡 of 24支台湾乡建团队):
    a mention that shares a numeral with a fact's span, or runs across the span's edge, is part of
    the number or its unit or a misreading of it, never a place. A country written inside a
    currency's name (印度尼西亚盾) shares no numeral and stays."""
    spans = sorted((f.norm_start, f.norm_end) for f in facts if f.type not in NAME_TYPES)
    starts = [a for a, _ in spans]
    out = []
    for p in places:
        i = bisect_left(starts, p.norm_end)
        # facts do not nest far: the few that open before the mention's end are enough
        near = [spans[j] for j in range(max(0, i - 3), i) if spans[j][1] > p.norm_start]
        if not any(_numeral(text, max(a, p.norm_start), min(b, p.norm_end))
                   or not a <= p.norm_start < p.norm_end <= b for a, b in near):
            out.append(p)
    return out


def _numeral(text: str, start: int, end: int) -> bool:
    chars = numeral_chars()
    return any(ch in chars or ch.isdigit() for ch in text[start:end])


def carried_place(carried: Optional[str], main: Callable[[], Optional[str]]) -> Optional[str]:
    """The place carried on from the sentences before, else the main place; but a foreign city
    carried on in a story about its country (多伦多 in a story about Canada: 调查结果显示，在被访问的
    547名华裔移民中…) gives way to the country: the figures after it are the country's. main:
    the main place, asked for only where it is needed (finding an article's is work)."""
    if not carried:
        return main()
    from .names.divisions import gazetteer
    levels = gazetteer().world_level
    if levels.get(carried) == "foreign_city":
        place = main()
        if place and place != carried and levels.get(place) == "country":
            return place
    return carried


def country_of(word: str, main: Callable[[], Optional[str]]) -> str:
    """The country a whole-country word names: 我国 is China's; 全国 in a story about a foreign
    country (古巴…投票在全国3.3万多个投票站进行) is that country's. main: the main place, asked
    for only where the word can name another country than China."""
    w = whole_words()
    if word in w.story_country:
        place = main()
        if place and place != w.country_name:
            from .names.divisions import gazetteer
            if gazetteer().world_level.get(place) == "country":
                return place
    return w.country_name


def clause_start(text: str, lo: int, pos: int) -> int:
    # map, not a generator: called for every place and fact, its frames were most of its time
    at = last_mark(text, BREAKS, lo, pos)
    return at + 1 if at >= 0 else lo


def ranks(text: str, m: re.Match) -> bool:
    """Whether a whole-area word ranks or compares (居全国第1位, 在全国率先, 全国最大) rather than
    scopes; a scene word (在我国，这一比例仅为5%) scopes whatever comes before it."""
    w = whole_words()
    if text.endswith(w.scope_before_count, 0, m.start()) and _counted_after(text, m.end()):
        return False  # 在全国２７个省市建立维修网络, 与全国５０多所大专院校: the areas counted are the country's
    after = text.endswith(w.whole_not_after, 0, m.start()) and not text.endswith(w.not_preposition, 0, m.start())
    return not is_scene(text, m) and (after or text.startswith(w.whole_not_before, m.end()))


def _counted_after(text: str, at: int) -> bool:
    """Whether a figure stands right after a position (全国|２７个省市, 全国|三十个城市)."""
    return at < len(text) and (text[at].isdigit() or text[at] in numeral_chars())


def is_scene(text: str, m: re.Match) -> bool:
    return any(text.startswith(s, m.end() - len(s)) for s in whole_words().scene_words if len(s) <= m.end())


def country_scene(text: str, start: int, end: int, named: list[Record]) -> Optional[str]:
    """The whole-country word (全国, 我国) a sentence without figures (years aside) sets as the scene of the
    paragraph's next sentences (…正打得火热的全国排球联赛，…。共有八支球队…): after its places, opening
    a clause (在 at most before it) or in a sentence that names no place; not one that ranks or
    compares (与全国其他地方一样), nor a body's name (全国政协委员), nor after a place in the middle
    of a clause (在顺德，…同为我国家用电器生产的强手)."""
    w = whole_words()
    if _AMOUNT.search(text, start, end):
        return None
    after = max((p.norm_end for p in named), default=start)
    words = [m for m in w.country.finditer(text, after, end)
             if not ranks(text, m) and not text.startswith(w.country_bodies, m.start())
             and (not named or m.start() - clause_start(text, start, m.start()) <= 1)]
    return words[-1].group() if words else None
