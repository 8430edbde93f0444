"""The level an article speaks of itself at (extractor/place_own_level.py): of two areas named equally
often, one inside the other, the article's own is the one its whole-area words (全省, 省政府 / 全市,
市政府) name most; the inner one wins, as before, where those words do not favour the outer."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.place_own_level import level_words, speaks_as


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "ownlevel") if f.type in ("money", "count", "percent")}


_REPORT = ("政府工作报告\n——2026年1月21日在{prov}第十四届人民代表大会第五次会议上\n代省长　张三\n各位代表：\n"
           "受省人民政府委托，我向大会作报告。这一年，全省上下共同努力。\n"
           "全省地区生产总值36580.4亿元，增长5.3%。{city}经济总量突破8000亿元。\n"
           "其中，第一产业增加值2860.5亿元，增长3.8%。规上工业企业达到18640户。\n"
           "全省一般公共预算收入3286.5亿元。\n")


def test_a_report_to_a_provinces_congress_is_the_provinces_though_it_names_a_city_once() -> None:
    got = places(_REPORT.format(prov="江西省", city="南昌市"))
    assert got["36580.4亿元"] == "江西省" and got["18640户"] == "江西省" and got["2860.5亿元"] == "江西省"
    assert got["3.8%"] == "江西省"  # (the session-start code: 南昌市, named once, inside the province)
    assert got["8000亿元"] == "南昌市"  # the city's own clause keeps the city


def test_a_city_story_under_its_province_keeps_the_city() -> None:
    # negative: 湖南省长沙市…, the story speaks of 全市: the most specific area, as before
    got = places("湖南省长沙市去年新增就业12.5万人。全市城镇居民人均可支配收入68520元。全市新建学校30所。\n")
    assert got["12.5万人"] == "长沙市" and got["30所"] == "长沙市"


def test_a_factory_story_that_says_shengli_once_keeps_its_city() -> None:
    # negative: 山西省太原市 named once each, 省里 once: the city, the most specific, as before
    got = places("汾河机械厂走出困境\n山西省太原市汾河机械厂去年实现利润180万元。省里帮助企业分流职工300人。\n")
    assert got["180万元"] == "太原市"


def test_level_words_count_the_words_of_an_areas_level() -> None:
    text = "全省经济增长。省政府部署。全省就业稳定。全市就业稳定。"
    assert level_words(text, 0, len(text), "江西省") == 3 and level_words(text, 0, len(text), "南昌市") == 1
    assert speaks_as(text, 0, len(text), "江西省", "南昌市")
    assert not speaks_as(text, 0, len(text), "南昌市", "江西省")
    assert not speaks_as("省里拨款。", 0, 5, "山西省", "太原市")  # one 省里 in a factory's story: no voice
    assert not speaks_as("", 0, 0, "江西省", "南昌市")  # no words: no preference
