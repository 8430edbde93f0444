"""The words that decide a fact's place (data/place_scope.toml), and the shapes every place rule reads with them (a time
opening a clause, a national body's name, a report's opening); which mentions can be a fact's place at all is
place_mentions.py, the whole-country words whole_country.py (place_scope.py reads all three)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .area_word_bounds import area_pattern
from .lexicon import alternation, table
from .numerals import big_scales, digit_values, small_scales

CLAUSE_END = re.compile("[，。；：！？\n]")


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


@lru_cache(maxsize=4)
def is_report(text: str) -> bool:
    """Whether a page is a report to a congress (各位代表：…, 2026年政府工作报告): a list of deeds
    rather than a story, told by the words of its opening."""
    t = table("place_scope.toml")
    return any(cue in text[:int(t["report_opening"])] for cue in t["report_cues"])


@lru_cache(maxsize=1)
def numeral_chars() -> frozenset[str]:
    """The characters a Chinese number is written with (digits and scales: 三, 百, 万, 〇)."""
    return frozenset([*digit_values(), *small_scales(), *big_scales()])
