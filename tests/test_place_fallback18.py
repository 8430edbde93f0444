"""The order in which a numeric fact's place is read (docs/reading.md, Scope): the fact's own clause, its
sentence's topic, the topic carried on from the sentences before it in its paragraph (never across a
paragraph), a whole-area word's area (全市 in a dispatch from a city naming no other: the dateline's city),
the article's main place (its titles' place, a national body's story naming no area: 中国), and null where
the story names no area (a dateline alone names none). Each step with the shape that passes it to the next."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-905") if f.type in ("money", "count")}


def test_1_the_clauses_own_place_before_the_sentences_topic() -> None:
    got = places("某县发展特色农业\n本报讯记者某某报道：去年，岳阳县新建果园３０个，其中华容县的农户新建茶园１２个。\n")
    assert got["３０个"] == "岳阳县" and got["１２个"] == "华容县"


def test_2_the_sentences_topic_for_its_later_clauses() -> None:
    got = places("湖南发展特色农业\n本报长沙１月９日电记者某某报道：平江县去年新建果园３０个，带动农户１２００户。\n")
    assert got["１２００户"] == "平江县"


def test_3_the_topic_carried_on_in_its_paragraph() -> None:
    got = places("湖南发展特色农业\n本报长沙１月９日电记者某某报道：湖南省今年加大扶持力度。\n"
                 "平江县去年新建果园３０个。全县新增茶园１２个，带动农户１２００户。\n")
    assert got["１２个"] == "平江县" and got["１２００户"] == "平江县"


def test_3_no_topic_is_carried_across_a_paragraph() -> None:
    # negative: the county opens a paragraph of its own; the next paragraph's figures are the story's
    got = places("湖南发展特色农业\n本报长沙１月９日电记者某某报道：湖南省今年加大扶持力度，全省新建果园４０个。\n"
                 "平江县今年也加大了扶持力度。\n新建茶园１２个，带动农户１２００户。\n")
    assert got["１２个"] == "湖南省"


def test_4_the_titles_place_is_the_articles_main_place() -> None:
    got = places("平江县果农增收\n本报讯记者某某报道：去年新建果园３０个，带动农户１２００户增收。\n")
    assert got["３０个"] == "平江县"


def test_5_a_whole_area_word_names_the_datelines_city() -> None:
    got = places("果农增收有门路\n本报长沙１月９日电记者某某报道：去年全市新建果园３０个，带动农户１２００户增收。\n")
    assert got["３０个"] == "长沙市"


def test_6_a_dateline_alone_names_no_area() -> None:
    # negative: the same story with no whole-area word: where it was filed is not what it is about
    got = places("果农增收有门路\n本报长沙１月９日电记者某某报道：去年新建果园３０个，带动农户１２００户增收。\n")
    assert got["３０个"] is None


def test_6_a_national_bodys_story_naming_no_area_is_the_countrys() -> None:
    got = places("农业部推广果树良种\n本报北京１月９日讯记者某某报道：农业部今年推广果树良种，新建良种苗圃３０个。\n")
    assert got["３０个"] == "中国"
