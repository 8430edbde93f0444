"""Places the gazetteer lacked or the names finder misread (session 17). A district of a big city merged since the 1990s (宣武区, now part of 西城区; 芳村区, now 荔湾区) is a place
as its text names it, and the area of the figures told of it (extractor/data/names/renames_1990s.tsv, its
last lines; bench/gold/README.md: the area named for the number, as named in the text). A polar land a story is set in (南极) is a region, as the oceans are
(extractor/data/names/regions.txt, its last lines)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str, kind: str = "count") -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980111-05-901") if f.type == kind}


def test_a_merged_district_is_the_figures_place() -> None:
    text = "社区扫雪\n本报北京１月１０日讯昨天在崇文区一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "崇文区"
    text = "旧区改造\n本报上海１月９日讯闸北区今年将改造旧房１２万平方米，安置居民３０００户。\n"
    assert places(text)["３０００户"] == "闸北区"


def test_a_district_of_today_keeps_its_own_name() -> None:
    # negative: a district never merged is read as before, by its own name
    text = "社区扫雪\n本报北京１月１０日讯昨天在西城区一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "西城区"
    # negative: the city alone, with no district named, stays the city's
    text = "社区扫雪\n本报北京１月１０日讯昨天在北京一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "北京市"


def test_a_polar_land_a_story_is_set_in_is_its_place() -> None:
    text = ("极地十年\n本报讯记者张三报道：测绘专家李四十年间六赴南极。他在南极度过了三个冬天，"
            "建成观测点４处。在南极，他和队友一起经历过８次暴风雪。\n")
    assert places(text)["４处"] == "南极"
    assert places(text)["８次"] == "南极"


def test_a_polar_word_inside_another_word_is_no_place() -> None:
    # negative: 南极星 (a star's name), 北极熊 (an animal) name no polar land
    text = "动物园新馆\n本报讯某市动物园新馆迎来３只北极熊，馆内还展出南极星图片２０幅。\n"
    assert places(text)["３只"] != "北极"
    assert places(text)["２０幅"] != "南极"


def _town(text: str, name: str):
    return next(f for f in extract_text(text, "19980111-05-901") if f.type == "place" and f.text == name)


def test_a_town_written_after_its_county_is_that_countys() -> None:
    # the data knows a 城关镇 only under a county of another province: the text's county is its parent
    town = _town("城关新貌\n本报讯浙江省玉环县城关镇去年新建道路３条。\n", "城关镇")
    assert town.parent[0] == "玉环市" and "浙江省" in town.parent
    town = _town("集镇新貌\n本报讯山东省东平县大安山乡去年新修水渠５条。\n", "大安山乡")
    assert town.parent[:2] == ["东平县", "泰安市"]


def test_a_town_the_data_holds_under_its_written_county_keeps_its_unit() -> None:
    # negative: a town the data knows under the county written before it keeps that unit
    town = _town("集镇新貌\n本报讯北京市房山区大安山乡去年新修水渠５条。\n", "大安山乡")
    assert town.parent[:2] == ["房山区", "北京市"]


def test_a_village_after_a_town_the_data_lacks_begins_after_the_towns_level() -> None:
    # 下西坡乡 is no town the data holds: the village's name does not run back across its 乡
    text = "山村变化\n本报讯临县下西坡乡红岩村去年全村１２０户都通了电。\n"
    assert places(text)["１２０户"] == "红岩村"
    assert "乡红岩村" not in {f.text for f in extract_text(text, "19980111-05-901") if f.type == "place"}


def test_a_word_of_levels_is_no_village() -> None:
    # negative: 县包乡、乡包村 (each level answers for the one below) names no village, nor 乡村示范村 one
    for text in ("结对帮扶\n本报讯该县实行县包乡、乡包村，共派出干部３００名。\n",
                 "村容整治\n本报讯全省今年建成美丽乡村示范村５０个。\n"):
        assert not [f.text for f in extract_text(text, "19980111-05-901") if f.type == "place" and f.text.endswith("村")]


def test_a_hamlet_after_its_county_may_open_with_a_direction() -> None:
    # 前 is cut off as a word of its own (a direction), yet opens the hamlet's name written after its county
    text = "养殖致富\n本报讯临县前杨庄是远近闻名的养殖村，全村１８０户。\n"
    assert places(text)["１８０户"] == "前杨庄"


def test_a_direction_after_no_county_opens_no_hamlet() -> None:
    # negative: 县前 here is the county seat's front, no county's name before it: no hamlet 前坝
    text = "防汛工作\n本报讯该县前坝上堆放沙袋５００个。\n"
    assert "前坝" not in {f.text for f in extract_text(text, "19980111-05-901") if f.type == "place"}


def test_a_town_glued_to_the_next_word_stands_after_its_county() -> None:
    # jieba writes 镇易 as one word: the town the data lacks is read where its county stands right before it
    assert places("车祸赔偿\n本报讯攸县洞井镇易某骑车撞伤行人，被判赔偿３万元。\n", "money")["３万元"] == "洞井镇"
    # and the village after a town so read does not run back into it (桃溪镇|泽村, not 桃溪镇泽村)
    text = "扶贫\n本报讯武义县桃溪镇泽村村民集资２万元修路。\n"
    assert "桃溪镇泽村" not in {f.text for f in extract_text(text, "19980111-05-901") if f.type == "place"}


def test_a_glued_town_ending_after_no_county_is_no_town() -> None:
    # negative: 集镇易地 after 该县 (no county's name) reads no town
    text = "集镇建设\n本报讯该县集镇易地搬迁农户３００户。\n"
    assert not [f for f in extract_text(text, "19980111-05-901") if f.type == "place"]
