"""A page printed in traditional characters is read in its simplified view (extractor/page.py):
the same facts, places and periods as its simplified twin, the page's own words in what a record
quotes (its text, metric phrase and sentence), the gazetteer's names for its places."""
from __future__ import annotations

from extractor.engine import page_records
from extractor.page import Page
from extractor.traditional import simplified_view

_TYPES = ["money", "count", "percent", "place", "org", "date"]
# (my own sentences, in the shape of an older national report)
_PRINTED = ("一九五五年，全國工業總産值達到三百八十萬萬元，比上年增長了百分之九。"
            "瀋陽的機器廠新建廠房十二座；內蒙古自治區的牧民增加了三萬人。")


def _read(text: str) -> list:
    return page_records(Page.read(text, "t"), _TYPES)


def test_the_view_keeps_every_offset() -> None:
    page = Page.read(_PRINTED, "t")
    assert page.printed != page.text and len(page.printed) == len(page.text)
    assert page.text == simplified_view(page.printed)


def test_a_page_with_no_traditional_character_is_its_own_view() -> None:
    page = Page.read("全省新增城镇就业52万人。", "t")
    assert page.printed is page.text


def test_a_traditional_page_gives_its_simplified_twins_facts() -> None:
    printed, twin = _read(_PRINTED), _read(simplified_view(_PRINTED))
    assert len(printed) == len(twin) and len(printed) >= 6
    for p, s in zip(printed, twin):
        assert (p.type, p.start, p.end, p.place, p.period) == (s.type, s.start, s.end, s.place, s.period)
        assert p.text == _PRINTED[p.start:p.end]  # quoted as printed
        if p.metric or s.metric:
            # (a phrase may join two stretches of the sentence: each character as the page prints it)
            assert simplified_view(p.metric) == s.metric and set(p.metric) <= set(_PRINTED)
        assert p.sentence and p.sentence in _PRINTED


def test_places_are_named_as_the_gazetteer_names_them() -> None:
    records = _read(_PRINTED)
    places = {r.value for r in records if r.type == "place"}
    assert {"沈阳", "内蒙古自治区"} <= places or {"沈阳市", "内蒙古自治区"} <= places
    assert "蒙古" not in places
    facts = {r.text: r for r in records if r.type in ("count", "percent")}
    assert facts["三萬人"].place == "内蒙古自治区"
    assert facts["百分之九"].period == "1955"


def test_the_view_is_the_table_s_translation_of_any_text() -> None:
    """simplified_view looks for a character of the table before it translates the text: the same
    view as the translation of every text, and the very text object where none stands in it."""
    from extractor.traditional import to_simplified
    table = to_simplified()
    keys = "".join(sorted(map(chr, table)))[::7]
    samples = ["", "全省新增城镇就业52万人。", _PRINTED, keys, "ＡＢ12，" + keys[:3] + "万元\n" + keys[-2:]]
    for text in samples:
        view = simplified_view(text)
        translated = text.translate(table)
        assert view == translated
        assert (view is text) == (translated == text)
