"""Hamlets named by an ending (names/small_places.py): where they stand, and the area they lie in."""
from __future__ import annotations

import pytest

from extractor.names import default_segmenter
from extractor.names.places import find_places
from extractor.names.words import Words


@pytest.fixture(scope="module")
def segmenter():
    return default_segmenter()


def _small(text: str, segmenter) -> list:
    return [m for m in find_places(text, Words.of(text, segmenter)) if m.kind == "small"]


def test_every_mention_once_one_stands(segmenter) -> None:
    text = "石门坎的变化\n在湖南省安化县东部的山里，记者来到石门坎。石门坎的路修好了，石门坎人都说好。"
    # (石门坎 has no listed ending: nothing stands)
    assert _small(text, segmenter) == []
    text = "柳家坪的春天\n在湖南省安化县东部的山里，记者来到柳家坪。柳家坪人都说路修好了。"
    found = _small(text, segmenter)
    assert [m.name for m in found] == ["柳家坪"] * 3
    # a hamlet named alone lies in the page's one county
    assert all(m.parent[:1] == ["安化县"] for m in found)


def test_no_county_where_the_page_names_two(segmenter) -> None:
    text = "安化县和桃江县的干部一起来到柳家坪，柳家坪人都说路修好了。"
    found = _small(text, segmenter)
    assert found and all(m.parent == [] for m in found)


def test_county_before_the_name_is_its_area(segmenter) -> None:
    found = _small("安化县黄泥坝的２０多户农民合伙办起了茶厂。", segmenter)
    assert [m.name for m in found] == ["黄泥坝"]


@pytest.mark.parametrize("text", ["部队在军营里过年。", "他们来到山寨，村民们很热情。", "大军来到曹营门前。",
                                  "这家资产经营公司去年盈利。"])
def test_common_words_never_stand(text: str, segmenter) -> None:
    assert _small(text, segmenter) == []


def test_a_hamlet_ending_in_peng_is_the_story_s_place() -> None:
    # (棚 closes hamlets' names in the hills of Hubei and Hunan: 恩施市王家棚, session 25): a story that keeps
    # returning to it gives it the figures that name no place of their own, not the county above it
    from extractor.api import extract_text
    body = ("湖北省恩施市王家棚的农民，过去人均收入不到３００元。王家棚有８６户人家，去年办起茶厂３家。"
            "王家棚的路也越修越宽。")
    got = {f.text: f.place for f in extract_text(f"山里的新路\n本报记者王某\n{body}\n", "20261120-05-001")
           if f.type in ("money", "count")}
    assert got["８６户"] == got["３家"] == "王家棚"
    # negative: a shed is no hamlet, the county keeps its figures (大棚, 工棚: common words)
    body = "湖北省恩施市的农民来到大棚里，建起大棚８６个，去年办起茶厂３家。恩施市的路也越修越宽。"
    got = {f.text: f.place for f in extract_text(f"山里的新路\n本报记者王某\n{body}\n", "20261120-05-001")
           if f.type in ("money", "count")}
    assert got["８６个"] == got["３家"] == "恩施市"
