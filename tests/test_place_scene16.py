"""The venue's city in a dispatch (bench/gold/README.md, extractor/place_scene.py): a story filed from a city at
home that names no area for its figures but sets its scene there (a venue, 首都 in a dispatch from Beijing, 在此,
在这里) is that city's; 中国 or 全国 inside a venue's or a body's name is no word of the whole country. The
opposite shapes keep the country: a national body's national figures, a national meeting's totals."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-902") if f.type in ("money", "count")}


def test_an_exhibition_at_a_venue_named_with_china_is_the_dateline_citys() -> None:
    text = ("某某等观看山水画展\n本报北京１月８日讯记者某某报道：今天，中国美术馆以６个展厅展出了３００余件山水画作品。"
            "全国人大常委会副委员长某某、全国政协副主席某某以及首都各界人士出席了开幕式。\n")
    got = places(text)
    assert got["６个"] == "北京市"
    assert got["３００余件"] == "北京市"


def test_a_ceremony_held_here_is_the_dateline_citys() -> None:
    text = ("某某医学基金颁奖\n本报上海１月９日电今天上午，首届某某医学基金颁奖仪式在这里举行，"
            "某某等５名医学专家获奖。\n")
    assert places(text)["５名"] == "上海市"


def test_a_dispatch_naming_no_scene_keeps_no_area() -> None:
    # negative: the dateline alone names no area (an oilfield's output in a dispatch from the capital)
    text = ("某油田产量创新高\n本报北京１月８日讯记者某某报道：某油田去年生产原油１２００万吨，"
            "新打油井３００口。\n")
    assert places(text)["３００口"] is None


def test_a_national_bodys_national_figure_stays_the_countrys() -> None:
    # negative: 全国妇联 is a body's name, but 全国共有 speaks of the whole country
    text = ("妇女工作成绩显著\n本报北京１月８日讯记者某某报道：全国妇联今天在此宣布，"
            "全国共有女企业家８０００余名。\n")
    assert places(text)["８０００余名"] == "中国"


def test_a_national_meeting_in_the_capital_stays_the_countrys() -> None:
    # negative: a meeting held in the capital that reports the whole trade's figures
    text = ("全国某工业工作会议在京召开\n新华社北京１月９日电全国某工业工作会议今天在北京召开。"
            "会议指出，去年全行业共有６万职工转岗。\n")
    assert places(text)["６万职工"] == "中国"


def test_this_region_is_no_scene_word() -> None:
    # negative: 本地区 names the region by its level, not the scene the dispatch stands in
    text = ("某油田产量创新高\n本报北京１月８日讯记者某某报道：本地区某油田去年新打油井３００口。\n")
    assert places(text)["３００口"] is None
