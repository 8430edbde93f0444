"""A newspaper page's masthead (extractor/place_masthead.py): the area in the paper's name says where it is
printed, not what the first story is about. The opposite shapes: a first line ending in 报 with no issue's
date or page number is a title, and its area is the story's."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.place_masthead import masthead_end


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "own-page") if f.type in ("money", "count")}


def test_a_zones_story_under_its_citys_paper_is_the_zones() -> None:
    text = ("汉中日报  2026年1月8日  第3版  经济\n\n高新区新开工项目12个\n\n"
            "本报讯（记者 某某）1月6日，汉中高新区举行新年重点项目集中开工活动，新开工项目12个，总投资86.5亿元。\n\n"
            "据介绍，这批项目涵盖装备制造、生物医药和现代物流等领域，建成后预计年产值可达百亿元以上。\n")
    got = places(text)
    assert got["12个"] == "汉中高新区" and got["86.5亿元"] == "汉中高新区"


def test_a_county_story_under_its_citys_paper_is_the_countys() -> None:
    text = ("汉中日报  2026年1月8日  第3版  县区\n\n新建蔬菜大棚300座\n\n"
            "本报讯（记者 某某）去年以来，城固县新建蔬菜大棚300座，带动农户1200户增收，户均增收超过八千元。\n\n"
            "大棚里种植的黄瓜、番茄和辣椒等蔬菜，除供应本地市场外，还销往周边多个省份的批发市场。\n")
    got = places(text)
    assert got["300座"] == "城固县" and got["1200户"] == "城固县"


def test_a_title_ending_in_a_report_word_is_no_masthead() -> None:
    # negative: 通报 closes a title, not a paper's name; the title's area is the story's
    text = "汉中市一季度安全生产情况通报\n\n一季度，全市共检查企业560家，整改隐患1320处。\n"
    assert masthead_end(text) == 0
    assert places(text)["560家"] == "汉中市"


def test_a_papers_name_without_an_issues_mark_is_a_title() -> None:
    # negative: a first line naming a paper with no date or page number is read as the page's title
    assert masthead_end("汉中日报社举办读者开放日\n\n正文") == 0
    assert masthead_end("汉中日报  2026年1月8日\n\n正文") > 0
