"""Where a page names its own area only through the units inside it (area_words): `我市` opening a sentence, with no
place before it, is the city that the counties named after it in its paragraph all lie in, for its later clauses
too (place_sentences.own_area_opening_word); `全市` after a list of places (`甲县、乙县、丙市`) is the city they lie
in, not the county-level city listed last. A table's `合计` row is the area its rows' places lie in
(place_table_total.py); a story naming three units of one city equally is that city's (main_places._shared_parent).
A news story's `其中` sentence right after a sentence's own months (`今年1至3月，…。其中，某镇…`) counts a part of
those months' figure (period_breakdown.opens_on_part)."""
from __future__ import annotations

from extractor.api import extract_text


def scope(text: str, field: str) -> dict[str, str | None]:
    return {f.text: getattr(f, field) for f in extract_text(text, "own-page") if f.type in ("money", "count", "percent")}


def test_my_city_is_the_city_of_the_counties_named_after_it() -> None:
    text = ("今年以来,我市规上工业增加值完成326.5亿元,增长7.2%。其中,枣阳市完成84.1亿元,增长9.3%;"
            "老河口市完成41.6亿元,增长6.4%。\n")
    got = scope(text, "place")
    assert got["326.5亿元"] == got["7.2%"] == "襄阳市"
    assert got["84.1亿元"] == "枣阳市" and got["41.6亿元"] == "老河口市"


def test_my_city_with_its_name_before_or_counties_of_two_cities_after_is_read_as_before() -> None:
    # negative: a city named before 我市 is that city (the paragraph's counties do not override it)
    named = "宜昌市召开一季度经济分析会。今年以来,我市完成投资412.8亿元,增长6.6%。其中,枝江市完成投资52.3亿元。\n"
    assert scope(named, "place")["412.8亿元"] == "宜昌市"
    # negative: counties of two cities after it name no one area for 我市
    mixed = "今年以来,我市签约项目48个。其中,谷城县签约9个,秭归县签约7个。\n"
    assert scope(mixed, "place")["48个"] not in ("襄阳市", "宜昌市")


def test_the_whole_city_after_a_list_of_its_units_is_their_city() -> None:
    text = ("一季度项目观摩活动举行\n发布时间:2026-04-12 09:30\n"
            "观摩团先后来到谷城县、南漳县、宜城市,实地察看在建项目。全市一季度新开工项目86个,完成投资142.3亿元。\n")
    got = scope(text, "place")
    assert got["86个"] == got["142.3亿元"] == "襄阳市"


def test_the_whole_city_after_one_county_level_city_alone_is_that_city() -> None:
    # negative: 宜城市 named alone (no list) is the city 全市 takes up
    text = "宜城市召开项目建设推进会。会上通报,全市一季度新开工项目21个,完成投资18.4亿元。\n"
    got = scope(text, "place")
    assert got["21个"] == got["18.4亿元"] == "宜城市"


NEWS = ("某区一季度项目建设提速\n来源:某某日报 2026-04-12\n"
        "今年1至3月,全区新开工项目26个,完成投资48.6亿元,同比增长12.3%。{second}双沟镇新开工项目5个,完成投资6.2亿元。\n")


def test_a_part_sentence_after_a_sentences_own_months_counts_those_months() -> None:
    got = scope(NEWS.format(second="其中,"), "period")
    assert got["48.6亿元"] == got["5个"] == got["6.2亿元"] == "2026-01/2026-03"


def test_a_sentence_not_opened_by_a_part_word_keeps_the_year_in_a_news_story() -> None:
    # negative: a news story's run of months is its sentence's only; the next sentence, no part of it, keeps the year
    got = scope(NEWS.format(second=""), "period")
    assert got["48.6亿元"] == "2026-01/2026-03" and got["5个"] == got["6.2亿元"] == "2026"


TABLE = "2025年各县财政收入情况\n单位:万元\n地区 一般公共预算收入 比上年增长(%)\n{rows}合计 346030 4.6\n"


def test_a_tables_total_row_is_the_area_its_rows_lie_in() -> None:
    rows = "谷城县 186420 5.2\n南漳县 98360 3.8\n保康县 61250 4.1\n"
    got = scope(TABLE.format(rows=rows), "place")
    assert got["186420"] == "谷城县" and got["61250"] == "保康县"
    assert got["346030"] == got["4.6"] == "襄阳市"


def test_a_total_row_under_rows_of_two_cities_is_the_province_and_under_one_row_is_no_table() -> None:
    # rows of counties of two cities: the area enclosing both (the province), never one row's city
    two = scope(TABLE.format(rows="谷城县 186420 5.2\n秭归县 98360 3.8\n"), "place")
    assert two["346030"] == "湖北省"
    # negative: one row is no table
    one = scope(TABLE.format(rows="谷城县 186420 5.2\n"), "place")
    assert one["346030"] == "谷城县"


STORY = ("新一批省级龙头企业名单公布\n来源:某某网 2026-03-02\n近日,新一批省级龙头企业名单公布,{lead}12家企业入选。"
         "其中,{units}。目前,省级龙头企业总数达到186家。\n")


def test_a_story_naming_three_units_of_one_city_equally_is_that_citys() -> None:
    # main_places._shared_parent: 枣阳市, 谷城县, 老河口市 each once: the story is 襄阳市's, not the first unit's
    got = scope(STORY.format(lead="", units="枣阳市3家,谷城县2家,老河口市2家"), "place")
    assert got["12家"] == got["186家"] == "襄阳市"
    assert got["3家"] == "枣阳市"


def test_a_story_most_about_one_unit_or_naming_two_is_read_as_before() -> None:
    # negative: one county named more often than the others is the story's area
    most = scope(STORY.format(lead="谷城县", units="谷城县3家,枣阳市2家,老河口市2家"), "place")
    assert most["12家"] == most["186家"] == "谷城县"
    # negative: two units named alike (a pair) keep the first, as the DEV gold reads such a pair
    pair = scope(STORY.format(lead="", units="枣阳市3家,谷城县2家"), "place")
    assert pair["186家"] == "枣阳市"
