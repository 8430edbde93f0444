"""County short names joined in one area's name (extractor/names/joined_counties.py, the zone's first county:
extractor/place_joined_zone.py; words in data/names/joined_counties.toml): each shape with a text where the
members stand and one where they must not. Examples written for this project."""
from __future__ import annotations

from extractor.api import extract_text
from test_place_targets import places  # the place of each numeric fact of a news story, by its text


def _places(text: str) -> list[str]:
    return [f.text for f in extract_text(text, "19980108-04-099", ("place",))]


def test_a_dash_joined_zone_is_its_first_county() -> None:
    # 宁晋 and 柏乡 both lie in 邢台: the zone's figures are the first county's (no other place named)
    text = "地震之后\n本报讯 截至昨天，宁晋—柏乡地区已记录余震２１０次，其中３级以上８次。\n"
    assert {"宁晋", "柏乡"} <= set(_places(text))
    got = places(text)
    assert got["２１０次"] == "宁晋县"
    # closed by 一带, the same
    text = "地震之后\n本报讯 截至昨天，宁晋－柏乡一带已记录余震２１０次。\n"
    assert places(text)["２１０次"] == "宁晋县"
    # negative: with no area's word after them, two short forms alone stay unread
    text = "地震之后\n本报讯 截至昨天，宁晋—柏乡已记录余震２１０次。\n"
    assert "宁晋" not in _places(text)


def test_a_count_of_counties_or_a_full_name_closes_a_list() -> None:
    # 丰宁 and 围场 lie in 承德: 两县 closes the list, and each member is a county of the page
    got = _places("暖冬送温\n本报讯 丰宁和围场两县的３００多户牧民领到了救济粮。\n")
    assert {"丰宁", "围场"} <= set(got)
    got = _places("暖冬送温\n本报讯 丰宁、围场县的３００多户牧民领到了救济粮。\n")
    assert "丰宁" in got
    # negative: the members must lie in one province (丰宁 is 河北's, 南召 河南's), whatever closes them
    got = _places("暖冬送温\n本报讯 丰宁、南召两县的３００多户牧民领到了救济粮。\n")
    assert "丰宁" not in got and "南召" not in got
    # negative: a list joined by 、 is a list, not one zone: its figure is no single member's
    got = places("暖冬送温\n本报讯 丰宁、围场两县的３００多户牧民领到了救济粮。\n")
    assert got["３００多户"] != "围场县" and got["３００多户"] != "丰宁县"
