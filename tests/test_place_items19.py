"""The place opening an item of a list of places' items is the topic of that item's clauses
(extractor/place_scope.py _listed_item): after a colon opening the list, or after a semicolon where the item
before opens with a place too. The opposite shapes: an item after a semicolon whose item before names no place
first (a deed's agent, 苏联为我国设计的…), and an item opened by a part word (其中衡山镇9个…), give their later
clauses no item topic."""
from __future__ import annotations

from extractor.api import extract_text

PAGE = ("首页 > 新闻中心\n2026年赣州市招商引资重大项目集中签约活动举行\n发布时间:2026-11-19 来源:赣州市投资促进局\n"
        "共签约项目62个，总投资486.3亿元。{body}\n")


def places(body: str) -> dict[str, str | None]:
    text = PAGE.format(body=body)
    return {f.text: f.place for f in extract_text(text, "signing-page") if f.type in ("money", "count", "percent")}


def test_items_after_a_colon_are_each_their_places() -> None:
    got = places("投资额最大的3个项目：赣州经开区的锂电池项目，总投资68亿元；南康区的智能家居项目，总投资45.5亿元。")
    assert got["68亿元"] == "赣州经开区" and got["45.5亿元"] == "南康区"


def test_parallel_items_after_semicolons_are_each_their_places() -> None:
    got = places("此外，章贡区签约项目6个，总投资41.2亿元；瑞金市签约项目4个，总投资23.8亿元；龙南市签约项目5个，其中外资项目2个。")
    assert (got["41.2亿元"], got["23.8亿元"], got["2个"]) == ("章贡区", "瑞金市", "龙南市")


def test_an_item_after_one_that_names_no_place_first_is_no_list_item() -> None:
    # negative: the agent of a deed opening the second item is no topic of its later clauses
    got = places("全年施工项目964个，其中新开工271个；苏联为我国设计的156个项目中，除了17个项目已经完工以外，继续建设的103个。")
    assert got["17个"] == "赣州市" and got["103个"] == "赣州市"


def test_an_item_opened_by_a_part_word_has_no_item_topic() -> None:
    # negative: 其余27个 is not 衡山镇's
    got = places("乡镇小额工程方面：本季度完成小额工程项目43个；其中衡山镇9个、佛子岭镇7个，其余27个分布在其他乡镇。")
    assert got["27个"] == "赣州市"
