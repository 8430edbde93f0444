"""Aid sent to a disaster area takes the area the article names as struck (extractor/place_disaster.py;
bench/gold/README.md, session 23): each shape with a sentence where it decides and one where it must not."""
from __future__ import annotations

from test_place_targets import places  # the place of each numeric fact of a news story, by its text


def test_aid_sent_to_the_struck_area_is_that_area_s() -> None:
    text = ("京津救灾物资运往灾区\n本报天津１月１１日电 天津市委、市政府向张家口地区尚义县和张北县灾区人民发去慰问电。"
            "天津组建了赴灾区慰问团，将天津支援灾区的８０万元人民币和棉大衣，连夜运往灾区。\n")
    got = places(text)
    assert got["８０万元人民币"] == "张家口市"  # the two struck counties lie in it
    # negative: the same sum with no struck area named (no place before 灾区) keeps the giver's
    text = ("救灾物资运往灾区\n本报天津１月１１日电 天津组建了赴灾区慰问团，将天津支援灾区的８０万元人民币"
            "和棉大衣，连夜运往灾区。\n")
    assert places(text)["８０万元人民币"] == "天津市"


def test_aid_named_in_the_clause_is_the_struck_area_s() -> None:
    text = ("日本向我震区捐款\n本报东京１月１３日电 日本政府今天决定向我国遭受地震灾害的河北省张家口地区提供紧急援助。"
            "援助包括３０万美元援款和一批救灾物资。\n")
    assert places(text)["３０万美元"] == "张家口市"
    # negative: a count of people sent to the area is not aid, nor a sum the struck received
    text = ("救灾\n本报张北１月１１日电 张北—尚义灾区人民积极投入抗震救灾。灾民共接到捐款２３０．６万元。"
            "县直医疗单位抽调４０余名医疗人员深入灾区抢救伤员。\n")
    got = places(text)
    assert got["２３０．６万元"] != "张家口市"
    assert got["４０余名"] != "张家口市"


def test_struck_areas_apart_give_no_one_area() -> None:
    text = ("捐款\n本报讯 江西洪水灾区和湖南洪水灾区的群众正在重建家园。广州市向灾区捐款２０万元。\n")
    assert places(text)["２０万元"] == "广州市"  # the giver's, as before
