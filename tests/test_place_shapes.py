"""The place of numeric facts in shapes met in the session-11 blind DEV notes (bench/gold/README.md,
"DEV gold, session 11 (place, blind)"): each rule with a sentence where it decides and one where it must not."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page
from extractor.pipeline import page_records


def places(text: str, doc: str = "19980106-04-099") -> dict[str, str | None]:
    """The place of each numeric fact of a text, by its text (a People's Daily id: a news story)."""
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_the_place_opening_the_clause_after_a_purpose_is_the_topic() -> None:
    text = ("雪灾区道路畅通\n本报兰州１月５日电 今冬甘肃省多次降雪，牧区受灾较重。"
            "为尽快把饲草送到牧民手中，甘南州目前正组织力量抢修道路，全州出动铲车３０多台。"
            "仅在南部三县就出动民工１５００多人次。\n")
    assert places(text)["１５００多人次"] == "甘南州"
    # negative: a place the purpose itself names is no topic when no place opens the clause after it
    text = ("书画展\n本报讯 为纪念扬州画院建院三十年，该院挑选了２００多幅作品展出。"
            "展期共１０天。\n")
    assert places(text)["２００多幅"] == "扬州市"


def test_a_country_people_left_is_not_the_place_of_their_count() -> None:
    text = ("边境遣返\n新华社雅典１月９日电 希腊警方９日将２３名阿尔巴尼亚移民遣送出境。\n")
    assert places(text)["２３名"] == "希腊"
    # negative: a country before other people (its students, its firms) is still the area counted
    text = ("访问团\n新华社雅典１月９日电 希腊警方９日接待了２３名阿尔巴尼亚学生。\n")
    assert places(text)["２３名"] == "阿尔巴尼亚"


def test_a_place_after_learn_names_a_model_not_the_area() -> None:
    text = ("学先进见实效\n本报讯 辽宁省营口交警在获得交警学济南三项奖励之后，又拆除违章岗亭１５个。\n")
    assert places(text)["三项"] == "营口市"
    # negative: a place after a word ending in 学 (大学, 留学) is not read as a model
    text = ("新生入学\n本报讯 今年营口考入大学济南校区的学生有１２０人。\n")
    assert places(text)["１２０人"] == "济南市"


def numeric_places(text: str, doc: str = "19980106-04-099") -> dict[str, str | None]:
    """As places(), on a numeric run with no segmenter (places found by the division data alone)."""
    page = Page.read(text, doc)
    return {r["text"]: r["place"] for r in page_records(page, ["count"], None, scope=True)}


def test_police_is_not_the_short_name_of_a_county() -> None:
    # 公安 (names/short_stop.txt) before a body's word is the police, not 公安县 of the same province
    text = ("交警新举措\n本报讯 湖北省武汉交警出台新规。为方便市民出行，武汉公安交管局抽调１３０名警力。\n")
    assert numeric_places(text)["１３０名"] == "武汉市"
    # negative: the county written in full is still the place
    text = ("修路\n本报讯 湖北省荆州市公安县今年新修公路３条。\n")
    assert numeric_places(text)["３条"] == "公安县"


def test_a_foreign_division_read_whole_by_the_tagger_is_an_area() -> None:
    text = ("暴风雪\n本报渥太华１月９日电 加拿大东部遭暴风雪。包括首都在内的安大略省１９个城市停电。\n")
    assert places(text)["１９个"] == "安大略省"
    # negative: a set of provinces with a numeral (东北三省) or a word of comparison glued on (比建省) is none
    text = ("报告\n各位代表：过去一年，东北三省新建物流园区８个。\n")
    assert places(text, "gwr-national-2099")["８个"] != "东北三省"


def test_a_place_included_as_one_of_a_set_is_not_its_area() -> None:
    text = ("暴风雪\n本报渥太华１月９日电 加拿大政府宣布，包括首都渥太华在内的安大略省１９个城市进入紧急状态，"
            "并调动２５００名军人抢险。\n")
    assert places(text)["２５００名"] != "渥太华"  # (the province or the country: not the example)
    text = ("多国部队\n新华社开罗１月９日电 在科威特境内，以美国为首的多国部队又增派了２艘军舰。\n")
    assert places(text)["２艘"] == "科威特"
    # negative: a place not closed by 在内 or heading a set is the area
    text = ("暴风雪\n本报渥太华１月９日电 首都渥太华的１９个街区停电。\n")
    assert places(text)["１９个"] == "渥太华"



def test_a_pair_of_places_of_one_level_is_neither_ones_area() -> None:
    text = ("新年义举\n新华社罗马１月１日电 意大利米兰和罗马的３０个社区为老人送去年饭。\n")
    assert places(text)["３０个"] == "意大利"
    # negative: a smaller unit written after its area is no pair (意大利米兰: 米兰)
    text = ("新年义举\n新华社罗马１月１日电 意大利米兰的３０个社区为老人送去年饭。\n")
    assert places(text)["３０个"] == "米兰"


def test_a_capital_named_in_an_example_is_not_beijing() -> None:
    # 首都 stands for 北京 only where no place names the capital, even one set aside as an example
    text = ("暴风雪\n本报渥太华１月９日电 加拿大政府宣布，包括首都渥太华在内的１９个城市停电。\n")
    assert numeric_places(text)["１９个"] != "北京市"
    # negative: 首都 alone in a Chinese story is Beijing
    text = ("献血\n本报讯 今年首都已有１９个单位组织职工献血。\n")
    assert numeric_places(text)["１９个"] == "北京市"
