"""People counted by their nationality (extractor/place_demonyms.py): N名英国人 is the country's, where
jieba keeps the word whole; people named by a country they left, and a count with no such word after it,
keep the other rules' answer."""
from __future__ import annotations


def _places(text: str, doc: str) -> dict:
    from extractor.api import extract_text
    return {f.text: f.place for f in extract_text(text, doc) if f.type == "count"}


def test_people_counted_by_nationality_are_their_countrys() -> None:
    text = "考察团抵达\n本报讯 这个考察团由７名法国人、３名德国人和２名加拿大人组成，昨天抵达某市。"
    places = _places(text, "19980110-06-901")
    assert places["７名"] == "法国"
    assert places["３名"] == "德国"
    assert places["２名"] == "加拿大"


def test_emigrants_and_counts_without_a_nationality_keep_their_place() -> None:
    text = "边境消息\n本报讯 希腊警方昨天在边境拘留了６名阿富汗人难民，另有４名船员被送回港口。"
    places = _places(text, "19980110-06-902")
    assert places["６名"] != "阿富汗"  # the country they left: where they are, not there
    assert places["４名"] != "阿富汗"
