"""Aid sent to a disaster area takes the area the article names as struck (extractor/place_disaster.py;
bench/gold/README.md, session 23): each shape with a sentence where it decides and one where it must not."""
from __future__ import annotations

from test_place_targets import places  # the place of each numeric fact of a news story, by its text


def test_aid_sent_to_the_struck_area_is_that_area_s() -> None:
    text = ("物资运往灾区\n本报天津１月１１日电 天津市委、市政府向张家口市康保县和沽源县灾区群众发去慰问信。"
            "当天，天津组织慰问团赶赴灾区，把本市支援灾区的８０万元人民币和一批棉被连夜运往灾区。\n")
    got = places(text)
    assert got["８０万元人民币"] == "张家口市"  # the two struck counties lie in it
    # negative: the same sum with no struck area named (no place before 灾区) keeps the giver's
    text = ("物资运往灾区\n本报天津１月１１日电 当天，天津组织慰问团赶赴灾区，把本市支援灾区的８０万元人民币"
            "和一批棉被连夜运往灾区。\n")
    assert places(text)["８０万元人民币"] == "天津市"


def test_aid_named_in_the_clause_is_the_struck_area_s() -> None:
    text = ("友邦援助\n本报东京１月２０日电 日本外务省宣布向遭受雪灾的内蒙古锡林郭勒盟提供紧急援助。"
            "援助包括２０万美元援款和一批救灾物资。\n")
    assert places(text)["２０万美元"] == "锡林郭勒盟"
    # negative: a count of people sent to the area is not aid, nor a sum the struck received
    text = ("救灾\n本报康保１月１１日电 康保—沽源灾区群众正在重建家园。灾民已接到捐款１２０万元。"
            "县医院派出３０余名医生深入灾区救治伤员。\n")
    got = places(text)
    assert got["１２０万元"] != "张家口市"
    assert got["３０余名"] != "张家口市"


def test_struck_areas_apart_give_no_one_area() -> None:
    text = ("捐款\n本报讯 江西洪水灾区和湖南洪水灾区的群众正在重建家园。广州市向灾区捐款２０万元。\n")
    assert places(text)["２０万元"] == "广州市"  # the giver's, as before


def test_aid_word_without_the_disaster_is_no_aid_to_it() -> None:
    # an aid word alone (援助) in a sentence that names no disaster is other aid, not aid to the struck area
    # named earlier in the article (review23b)
    text = ("援建\n本报北京１月１８日电 河北张家口地震灾区的重建正在进行。另据悉，某国政府向我国提供无偿援助"
            "３０亿日元，用于天津市污水处理项目。\n")
    assert places(text)["３０亿日元"] != "张家口市"


def test_a_struck_area_named_as_the_subject_of_being_struck() -> None:
    # 某地区遭受地震灾害后 / 发生地震后: the places right before the words of being struck name the struck area
    text = ("八方支援\n本报西宁１月９日电 青海省称多县遭受雪灾后，西宁市向灾区捐款６０万元。\n")
    assert places(text)["６０万元"] == "称多县"
    text = ("八方支援\n本报成都１月９日电 四川省甘孜州发生地震后，成都市连夜向灾区捐赠救灾款４５万元。\n")
    assert places(text)["４５万元"] == "甘孜州"
    # negative: a place before 发生 with no disaster after it is no struck area: the giver's sum stays
    text = ("八方支援\n本报成都１月９日电 四川省甘孜州发生了很大变化。成都市今天向希望工程捐款４５万元。\n")
    assert places(text)["４５万元"] == "成都市"


def test_goods_carried_to_the_struck_area_are_its_people_sent_are_not() -> None:
    text = ("八方支援\n本报西宁１月９日电 青海省称多县遭受雪灾后，西宁市已向灾区运送棉衣３５００件。\n")
    assert places(text)["３５００件"] == "称多县"
    # negative: people sent to the area are counted where the general rules put them
    text = ("八方支援\n本报西宁１月９日电 青海省称多县遭受雪灾后，西宁市已向灾区运送医护人员４５名。\n")
    assert places(text)["４５名"] != "称多县"
