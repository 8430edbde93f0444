"""A story of a body of the whole country that names no area (extractor/place_national.py): its figures are
the country's when the body is named in the titles and first sentence, or in a dispatch's first paragraph
(bench/gold/README.md, session 18: the DEV gold's majority). The opposite shapes: a body named only further
on, a foreign body written with its country's one-character form, and a body the news was had from keep the
story without a place; a story naming an area of its own is that area's."""
from __future__ import annotations

from types import SimpleNamespace

from extractor.api import extract_text
from extractor.place_national import leads_with_nation, named_as_source


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-904") if f.type in ("money", "count")}


def test_a_ministry_opening_the_story_makes_its_figures_the_countrys() -> None:
    text = ("交通部停收１２项规费\n本报北京１月９日讯记者某某报道：交通部近日发出通知，停止收取１２项规费，"
            "预计每年可为运输企业减负５亿多元。\n")
    got = places(text)
    assert got["１２项"] == "中国" and got["５亿多元"] == "中国"


def test_a_state_body_in_the_dispatchs_first_paragraph_counts_too() -> None:
    text = ("青年科学家奖励计划实施八年\n本报北京１月９日讯记者某某报道：一项青年科学家奖励计划实施８年来成效明显。"
            "今天，国家科委在京召开座谈会总结经验。\n据介绍，８年来该计划共奖励７２０人，奖金总额达３４００万元。\n")
    got = places(text)
    assert got["７２０人"] == "中国" and got["３４００万元"] == "中国"


def test_a_body_named_only_further_on_is_no_topic() -> None:
    # negative: the ministry is named in the third paragraph only, as one who helped
    text = ("一部字典的诞生\n本报讯记者某某报道：一部收字３万个的字典近日出版，这是几位退休教师多年心血的结晶。\n"
            "编者们历时六年完成书稿，走访了许多学校和图书馆，查阅了大量资料，反复校对了每一个字的读音和释义。\n"
            "字典出版过程中得到了文化部的支持，有关专家也提出了不少修改意见，使书稿质量得到进一步提高。\n")
    assert places(text)["３万个"] is None


def _bodies(text: str, *names: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(norm_start=text.index(n), norm_end=text.index(n) + len(n)) for n in names]


def test_the_rule_reads_a_national_body_in_the_opening() -> None:
    text = "水利部：今冬将修渠３００条"
    assert leads_with_nation(text, _bodies(text, "水利部"), [], 0, len(text))


def test_a_foreign_body_by_its_countrys_one_character_form_is_not_chinas() -> None:
    # negative: 美能源部 is the United States' ministry (the page writes 美国 elsewhere), not China's
    text = "美能源部：汽油需求将增"
    assert not leads_with_nation(text, _bodies(text, "美能源部"), [], 0, len(text))


def test_a_body_the_news_was_had_from_is_the_source_not_the_topic() -> None:
    # negative: the bureau is the reporter's source; the figures are those of the place it reports on
    text = ("余震渐弱\n本报北京１月９日讯记者某某从国家地震局获悉：截至今天，震区共发生余震２１０次。\n")
    assert places(text)["２１０次"] is None


def test_a_story_naming_its_own_area_is_that_areas() -> None:
    # negative: the ministry opens the story, the province it names is where the figures are
    text = ("农业部在湖南推广良种\n本报长沙１月９日电记者某某报道：农业部今年在湖南省推广水稻良种，"
            "全省已建成良种基地６０个。\n")
    assert places(text)["６０个"] == "湖南省"


def test_a_body_whose_support_a_deed_had_is_a_helper_not_the_topic() -> None:
    # negative: the ministry lent its support; the book is no ministry's deed
    text = ("一部画册出版\n本报北京１月９日讯记者某某报道：一部收录４００幅摄影作品的画册近日出版。"
            "画册在文化部支持下编辑完成。\n")
    assert places(text)["４００幅"] is None


def test_a_source_body_casts_no_vote_against_the_areas_the_story_names() -> None:
    # the bureau the news was had from is no topic: the struck county it reports on is (session 29)
    text = ("灾区余震减少\n本报北京１月９日讯记者某某从国家气象局获悉：截至今天，怀来县共发生余震４２次，"
            "另有房屋倒塌约２千间。\n")
    got = places(text)
    assert got["４２次"] not in ("中国", None) and got["２千间"] not in ("中国", None)


def test_a_body_that_acts_is_not_read_as_a_source() -> None:
    # negative: the bureau opens its clause as the actor (it issues the notice); 据/从/在 before it make it a source
    text = "记者某某报道：国家气象局今天发出通知，从国家统计局获悉的数字"
    assert not named_as_source(text, 0, text.index("国家气象局"))
    assert named_as_source(text, 0, text.index("国家统计局"))


def test_a_source_body_whose_sentence_names_no_area_still_votes() -> None:
    # negative: the bureau's news names no area; a firm of one city praised further on does not make it that city's
    text = ("进口商品抽检合格率提高\n本报讯记者某某从国家商检局获悉，经过一年整治，５类进口商品抽检合格率达９１％。"
            "受到表扬的有天津某某商场。\n")
    assert places(text)["５类"] == "中国"
