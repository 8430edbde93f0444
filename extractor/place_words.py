"""The words that decide a fact's place (data/place_scope.toml), and which place mentions can be a
fact's place at all (place_scope.py reads both)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import alternation, table
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


@lru_cache(maxsize=1)
def whole_words() -> _Whole:
    t = table("place_scope.toml")
    country = rf"{alternation(t['country'])}|(?:{alternation(t['country_before_figure'])})(?=\d)"
    return _Whole(re.compile(country), t["country_name"], re.compile(alternation(t["whole"])),
                  int(t["topic_reach"]), tuple(t["dateline_before"]),
                  re.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日)?(?:{alternation(t['dateline_after'])})"),
                  tuple(t["whole_not_after"]), tuple(t["scene_words"]), frozenset(t["uncertain_rules"]),
                  frozenset(t["uncertain_suffix_levels"]),
                  tuple(t["generic_endings"]), frozenset(t["country_names"]), t["village_level"],
                  # every start of a village's name after a division's ending, overlapping ones too
                  re.compile(rf"(?<=[{''.join(t['village_after'])}])"
                             rf"(?=([^\W\d_]{{1,{int(t['village_longest'])}}}?{t['village_ending']}))"),
                  tuple(t["narrowing_levels"]), frozenset(t["story_country"]), tuple(t["street_endings"]),
                  tuple(t["examples_end"]), re.compile(alternation(list(t["near_ends"]))),
                  {k: tuple(v) for k, v in t["near_ends"].items()},
                  re.compile(alternation(list(t["fixed_areas"]))), dict(t["fixed_areas"]),
                  re.compile(alternation(t["world"])))


@lru_cache(maxsize=4)
def is_report(text: str) -> bool:
    """Whether a page is a report to a congress (各位代表：…, 2026年政府工作报告): a list of deeds
    rather than a story, told by the words of its opening."""
    t = table("place_scope.toml")
    return any(cue in text[:int(t["report_opening"])] for cue in t["report_cues"])


def usable(text: str, p: Record) -> bool:
    """A place that can be a fact's place: not in a dateline, not read from an ending alone."""
    w = whole_words()
    if p.rule in w.uncertain_rules or p.level == "feature":
        return False  # a river or a mountain locates things; it is not the area a figure is about
    if p.rule == "place:suffix" and ((p.level or "") in w.uncertain_suffix_levels
                                     or (p.text or "").endswith(w.generic_endings)):
        if not (p.level == w.village_level and p.text in _introduced_villages(text)):
            return False
    if text.startswith(w.street_endings, p.norm_end):
        return False
    return not _in_dateline(text, p)


@lru_cache(maxsize=4)
def _introduced_villages(text: str) -> frozenset[str]:
    """The villages the page writes right after the name of their town, county or city
    (河贵乡河西村): one pass over the page, not one for each village named."""
    w = whole_words()
    return frozenset(m.group(1) for m in w.village_after.finditer(text))


def _in_dateline(text: str, p: Record) -> bool:
    """本报北京1月8日电: the place where the news was filed."""
    s, e = p.norm_start, p.norm_end
    w = whole_words()
    return text.endswith(w.dateline_before, 0, s) and bool(w.dateline_after.match(text, e))
