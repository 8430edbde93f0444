"""A trip's ends (extractor/place_trips.py): where a journey runs from and to is not the area a story is about
(bench/gold/README.md: a route's ends are not the area of the route's figures; 前往/去 name where someone is
bound), so main_places.py does not count them for the article's main place. Examples in own words and numbers."""
from __future__ import annotations

from types import SimpleNamespace

from extractor.api import extract_text
from extractor.place_trips import trip_ends


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-904") if f.type in ("money", "count")}


def _at(text: str, *names: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(norm_start=text.index(n), norm_end=text.index(n) + len(n)) for n in names]


def test_a_trip_from_one_city_to_another_names_no_area_of_the_story() -> None:
    text = ("火车上的小偷\n上月，我由保定坐火车去太原。\n车厢里一名男子丢了钱包，里面有现金３００元。"
            "随后又有两名旅客说丢了手机，共值２千元。\n")
    got = places(text)
    assert got["３００元"] is None and got["２千元"] is None


def test_the_rule_reads_both_ends_and_a_place_bound_for() -> None:
    text = "他自保定开往太原，又前往大同"
    assert trip_ends(text, _at(text, "保定", "太原", "大同")) == {text.index(n) for n in ("保定", "太原", "大同")}


def test_a_place_after_from_with_no_trip_is_kept() -> None:
    # negative: 从某县获悉 / 来自某市: no word of travel with a place after it, no trip
    text = "记者从保定获悉，来自太原的客商"
    assert trip_ends(text, _at(text, "保定", "太原")) == set()


def test_a_story_set_in_a_city_it_names_again_keeps_that_city() -> None:
    # negative: the city the visitors came to is named again as the scene: the story's area
    text = ("太原迎来春运高峰\n记者从保定乘车来太原采访。太原火车站今天发送旅客３万人次，"
            "太原市今年共增开临时客车２０趟。\n")
    assert places(text)["２０趟"] == "太原市"
