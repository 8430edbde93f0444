"""A report's main place: its own area's or the country's, never a foreign country it names in passing;
and the words of the whole country read in traditional characters as in simplified ones."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.place_words import whole_words
from extractor.traditional import simplified_view


def places(text: str, doc: str = "t") -> dict[str, object]:
    return {f.text: f.place for f in extract_text(text, doc)}


def test_country_words_read_on_the_simplified_view_of_a_traditional_page() -> None:
    found = [m.group() for m in whole_words().country.finditer(simplified_view("我國的鋼、全國的糧、國內3家、全省"))]
    assert found == ["我国", "全国", "国内"]
    # negative: 國內 only before a figure, as 国内 is (國內生産總值 is a measure)
    assert not whole_words().country.search(simplified_view("國內生産總值"))


def test_a_traditional_national_report_is_the_countrys() -> None:
    report = ("各位代表：\n印度總理來訪，印度政府同我們簽訂了協定，印度的專家參觀了工廠。"
              "全國新建工廠四十二個，我國的鋼産量增長百分之十八。")
    found = places(report)
    assert found["四十二個"] == "中国"
    assert found["百分之十八"] == "中国"


def test_a_report_is_never_about_a_foreign_country_it_names() -> None:
    report = ("各位代表：\n日本客商来访增多，同日本的贸易扩大，日本企业在本地设厂。"
              "全年新签外资项目37个，我国出口增长6%。日本的出口下降了4%。")
    found = places(report)
    assert found["37个"] == "中国"
    # negative: a clause that names the country keeps it as its own place
    assert found["4%"] == "日本"
    # negative: a news story that names the country most is about it
    story = ("日本客商来访\n本报讯 日本客商来访增多，同日本的贸易扩大，日本企业设厂。"
             "全年新签项目３７个，我国出口增长６％。")
    assert places(story, "19980102-01-099")["３７个"] == "日本"
