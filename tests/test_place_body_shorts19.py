"""A county's short name opening a body's name (place_orgs.org_places shorts): where the page names the county
by its short name alone as a place (下设桐城、潜山、怀宁3个分中心, kept by its city's context), a body's name
opening with it (桐城分中心9.86亿元) is that county's body and its figures the county's; left alone: a short name
the page never names alone (the body's city's figures, as before), and a body whose name writes the unit whole."""
from __future__ import annotations

from extractor.api import extract_text

PAGE = ("首页 > 信息公开\n安庆市住房公积金2025年年度报告\n发布时间:2026-03-30 来源:安庆市住房公积金管理中心\n"
        "安庆市住房公积金管理中心为市政府直属事业单位{units}。\n"
        "全市缴存额分中心情况为:市本级52.34亿元;桐城分中心9.86亿元;潜山分中心6.72亿元;怀宁分中心7.15亿元。\n")


def places(units: str) -> dict[str, str | None]:
    """Each money fact's place, by its text, on the page written with units."""
    return {f.text: f.place for f in extract_text(PAGE.format(units=units), "own-page") if f.type == "money"}


def test_a_body_opened_by_a_county_named_alone_is_the_countys() -> None:
    got = places(",下设桐城、潜山、怀宁3个分中心")
    assert (got["9.86亿元"], got["6.72亿元"], got["7.15亿元"]) == ("桐城市", "潜山市", "怀宁县")
    assert got["52.34亿元"] == "安庆市"


def test_a_short_name_never_named_alone_stays_the_citys() -> None:
    # negative: no place 桐城 of its own on the page: the body's short name is not read as the county
    got = places("")
    assert got["9.86亿元"] == got["6.72亿元"] == "安庆市"
