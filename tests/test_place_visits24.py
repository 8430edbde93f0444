"""Where a story's people go or live (session 24, issue 13): a place right after a word of going to, entering or
living in it (来某县, 深入某乡, 家住某市某区, 列车行至某段) is the scene of the figures after it — the later clauses of
its sentence's item and the paragraph's next sentences — until a sentence names a place outside it
(extractor/place_visits.py, data/place_visits.toml); not a word of another sense ending so (以来, 达到), not 前往 or
去 (where someone is bound), and 到 alone only after a person's word (a trip's 跑到 scene stays in its item)."""
from __future__ import annotations

import pytest

from extractor.api import extract_text

STORY = "{title}\n本报记者李某\n{body}\n"
DOC = "20261121-05-004"  # (a dated id: a news story)
INDENT = "　　"


def places(body: str, title: str = "基层见闻") -> dict[str, str | None]:
    """Each money and count fact's place, by its text, on the story written with body."""
    return {f.text: f.place for f in extract_text(STORY.format(title=title, body=body), DOC)
            if f.type in ("money", "count", "percent")}


def test_a_visit_sets_the_scene_of_the_next_sentences() -> None:
    got = places(f"{INDENT}湖北省宜昌市农行的领导上月初专程来秭归检查工作。他们三天走了７个村，帮助解决难题１２个。")
    assert got["７个"] == got["１２个"] == "秭归县"


def test_a_visit_in_an_earlier_clause_is_the_scene_of_its_item() -> None:
    got = places(f"{INDENT}宜昌市的干部深入兴山县古夫镇看望困难户，见老人卧病在床，当场拿出３００元。")
    assert got["３００元"] == "古夫镇"


def test_a_residence_is_the_scene_until_the_larger_area_is_named_again() -> None:
    got = places(f"{INDENT}家住绵阳市游仙区的个体户王某买下一辆旧车。随后，王某修车花了２４００元。"
                 f"当晚，王某把车开进绵阳市一家旅馆，交了５元停车费。")
    assert got["２４００元"] == "游仙区"
    assert got["５元"] == "绵阳市"  # (back in the city: the scene ends)


@pytest.mark.parametrize("body, fact", [
    # the semicolon closes the item of the visit: the figure of the next item keeps the city
    ("宜昌市的干部深入兴山县古夫镇看望困难户；干部们另拨款５０万元修路。", "５０万元"),
    # 以来 and 十年来 are time, not a visit: the county after them is the sentence's subject
    ("宜昌市改革以来秭归面貌大变。干部们新修公路１２０公里，解决难题３０个。", "３０个"),
    ("宜昌市农行的干部说，十年来秭归面貌大变。干部们去年解决难题３０个。", "３０个"),
])
def test_negative_no_visit_keeps_the_story_place(body: str, fact: str) -> None:
    assert places(INDENT + body)[fact] == "宜昌市"


@pytest.mark.parametrize("body, fact, elsewhere", [
    # 前往 says where the guests are bound, not where the next sentence happens
    ("代表团一行９人今天离开武汉市前往长沙市。此前，代表团参观了５家工厂。", "５家", "长沙市"),
    # a trip (跑到某镇找来帮手, 赶赴某市揽下订单) is its item's scene only: what follows is back where the story is
    ("在宜昌市夷陵区的工地上，司机不服管理，跑到小溪塔街道找来１０多名帮手。随后，５名歹徒闯进工棚打人。", "５名",
     "小溪塔街道"),
    ("宜昌市一家厂的厂长得知武汉市有企业要定制铝桶，立即赶赴武汉市，揽下了订单１２００只。厂里的技工日夜奋战，"
     "两个月后发出合格铝桶８００只。", "８００只", "武汉市"),
])
def test_negative_a_place_bound_for_or_a_trip_is_no_later_scene(body: str, fact: str, elsewhere: str) -> None:
    assert places(INDENT + body)[fact] != elsewhere


def test_a_trip_is_the_scene_of_its_own_item() -> None:
    got = places(f"{INDENT}宜昌市一家厂的厂长立即赶赴武汉市，揽下了订单１２００只。")
    assert got["１２００只"] == "武汉市"


def test_negative_a_visit_to_a_national_body_is_no_scene_of_the_country() -> None:
    # 来到中国某协会: the body named by the nation, not the country; the unnamed firm's offer has no area
    got = places(f"{INDENT}一次，某地一家公司的经理来到中国包装协会要求入会，他说公司愿向协会赞助２０万元。")
    assert got["２０万元"] is None


def test_negative_a_residence_is_no_scene_of_others_figures() -> None:
    # the victim lives in 游仙区; the next sentence is of the gang, whose figures are not the victim's district's
    got = places(f"{INDENT}据绵阳市公安局介绍，报案人家住绵阳市游仙区。经查，这伙骗子先后在８个县作案，骗得现金４０万元。")
    assert got["４０万元"] != "游仙区"
    assert got["８个"] != "游仙区"


def test_a_residence_is_the_scene_of_the_residents_next_sentence() -> None:
    got = places(f"{INDENT}宜昌市的下岗工人老刘家住宜昌市伍家岗区。去年，老刘开了一家小店，纯收入１．２万元。")
    assert got["１．２万元"] == "伍家岗区"


@pytest.mark.parametrize("body, fact, elsewhere", [
    # a verb that ends in 长 before 到 (延长到, 增长到) is no title: the route's end is no scene
    ("宜昌市的公路将延长到兴山县，总投资８亿元。", "８亿元", "兴山县"),
    # 来 after a stretch of time is the time since, not a visit (月来, 天来, 周来), nor 说来 (a view)
    ("宜昌市农行的干部说，几个月来秭归面貌大变。干部们解决难题３０个。", "３０个", "秭归县"),
    ("宜昌市农行的干部说，这些天来秭归面貌大变。干部们解决难题３０个。", "３０个", "秭归县"),
    ("宜昌市农行的干部说，数周来秭归面貌大变。干部们解决难题３０个。", "３０个", "秭归县"),
    ("宜昌市农行的干部说，说来秭归也怪。干部们解决难题３０个。", "３０个", "秭归县"),
])
def test_negative_words_of_another_sense_are_no_visit(body: str, fact: str, elsewhere: str) -> None:
    assert places(INDENT + body)[fact] != elsewhere


def test_a_title_before_to_is_a_visit() -> None:
    # 县长 before 到: a person's visit, the scene of what follows
    got = places(f"{INDENT}宜昌市的副市长到秭归检查工作。他们两天走了５个村。")
    assert got["５个"] == "秭归县"


def test_a_residence_is_the_scene_of_the_next_sentence_naming_the_resident_by_surname() -> None:
    got = places(f"{INDENT}家住宜昌市伍家岗区的菜农赵大成去年买下一辆三轮车。买车后，赵又花了８００元修车。")
    assert got["８００元"] == "伍家岗区"
