"""Traditional characters read through data/traditional.txt (extractor/metric_script.py)."""
from __future__ import annotations

from extractor.lexicon import word_list
from extractor.metric_script import as_printed, simplified


def test_the_table_maps_one_character_to_one_and_never_to_itself():
    pairs = word_list("traditional.txt")
    assert len(pairs) > 400
    assert all(len(p) == 2 and p[0] != p[1] for p in pairs)
    assert len({p[0] for p in pairs}) == len(pairs)  # no character listed twice


def test_a_simplified_page_is_returned_as_it_is():
    text = "全省新增城镇就业52万人。"
    assert simplified(text) is text


def test_a_traditional_page_keeps_its_length():
    text = "全省新增城鎮就業五十二萬人。"
    view = simplified(text)
    assert view == "全省新增城镇就业五十二万人。" and len(view) == len(text)


def test_the_phrase_is_given_back_as_printed():
    text = "去年鄉村小學的敎員比前年增加了百分之十四。"
    view = simplified(text)
    assert as_printed("乡村小学的教员", view, text, 15, 20) == "鄉村小學的敎員"
    # a phrase joined from two places takes each character back as the page prints it
    assert as_printed("小学教员", view, text, 15, 20) == "小學敎員"
    assert as_printed(None, view, text, 15, 20) is None
