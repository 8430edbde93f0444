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
    text = ("交警新举措\n本报讯 湖北省武汉交警出台新规。为了方便群众，武汉公安交管局还投入１３０名警力。\n")
    assert numeric_places(text)["１３０名"] == "武汉市"
    # negative: the county written in full is still the place
    text = ("修路\n本报讯 湖北省荆州市公安县今年新修公路３条。\n")
    assert numeric_places(text)["３条"] == "公安县"
