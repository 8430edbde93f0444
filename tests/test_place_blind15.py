"""The place of numeric facts in shapes met in the session-15 blind DEV notes (bench/gold/README.md,
"DEV facts gold, blind, session 15"): each rule with a sentence where it decides and one where it must not."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str, doc: str = "19980106-04-099") -> dict[str, str | None]:
    """The place of each numeric fact of a text, by its text (a People's Daily id: a news story)."""
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_a_story_of_one_village_named_more_than_its_county_is_the_village_s() -> None:
    text = ("山里人家\n李四\n她家住在湖南桑植县柳树坪村。\n"
            "柳树坪村在半山腰上，全村只有十来户人家。她家养了２头牛，种了４亩玉米。\n")
    found = places(text)
    assert found["十来户"] == "柳树坪村"
    assert found["２头"] == "柳树坪村"
    # negative: a village named once in a county's story is a detail, the county stays the place
    text = ("山里人家\n李四\n湖南桑植县今年新修公路，桑植县在柳树坪村开了现场会。\n"
            "全县共修路３０公里，投入资金２００万元。\n")
    assert places(text)["２００万元"] == "桑植县"


def test_a_story_of_two_towns_is_no_one_town_s() -> None:
    text = ("进棚过冬\n本报记者王五\n记者来到重灾区张北县单晶河乡。单晶河乡的灾民都住进了帐篷。"
            "进驻单晶河乡和海流图乡的部队已搭帐篷３００顶。\n")
    assert places(text)["３００顶"] != "单晶河乡"


def test_china_opening_a_newspaper_s_name_is_a_body_not_the_story_s_area() -> None:
    text = ("照片背后\n李四\n她住在四川宣汉县落耳坡村。村里只有七八户人家。"
            "我请同行的中国妇女报摄影记者拍下了照片。\n")
    assert places(text)["七八户"] == "落耳坡村"
    # negative: 中国 said as the country is still the article's scope
    text = ("照片背后\n李四\n中国的邮政网点已有８万个，中国的邮路总长又有增加。\n")
    assert places(text)["８万个"] == "中国"
