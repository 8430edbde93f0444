"""A body named after its city (`某市某某食品有限公司`) in a paragraph about a town of that city (`在孝泉镇，…`) does
not lift the figures of its project to the city: the town carried on is inside the area the name holds, and the
most specific place stands (place_scope._own_place). A gap said against the whole area (`高出全市1112元`) is the
subject's, not the whole area's (data/place_scope.toml whole_not_after)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "own-page") if f.type in ("money", "count", "percent")}


def test_a_company_named_after_its_city_keeps_the_town_the_paragraph_is_about() -> None:
    text = ("在孝泉镇,项目建设提速。一季度,该镇新签约项目7个。德阳川味坊食品有限公司投资建设的冷链物流项目总投资5.2亿元,"
            "已完成投资1.34亿元。\n")
    got = places(text)
    assert got["7个"] == got["5.2亿元"] == got["1.34亿元"] == "孝泉镇"


def test_a_company_named_after_another_area_than_the_town_gives_its_own() -> None:
    # negative: a body whose name holds an area that does not enclose the town keeps that area
    text = "在孝泉镇,项目建设提速。成都川味坊食品有限公司投资建设的冷链物流项目总投资5.2亿元。\n"
    assert places(text)["5.2亿元"] == "成都市"


def test_a_gap_against_the_whole_city_is_the_districts() -> None:
    text = "旌阳区居民人均可支配收入13986元,高出全市1112元,增速比全市高0.5个百分点。\n"
    got = places(text)
    assert got["1112元"] == got["13986元"] == "旌阳区"
