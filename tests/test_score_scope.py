"""bench/score_scope.py: the matching rules of metric and place (the scorer reads ../shared only
when run; these rules need nothing)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import score_scope  # noqa: E402


def test_metric_contains_the_hint_or_falls_short_by_two_characters_at_most() -> None:
    assert score_scope.metric_right("地区生产总值", "地区生产总值增长")
    assert score_scope.metric_right("城镇新增就业", "新增就业")
    assert not score_scope.metric_right("城镇新增就业人数", "新增就业")
    assert not score_scope.metric_right("地区生产总值", None)
    assert not score_scope.metric_right("粮食产量", "产量增长")
    # the gold quotes the page's width, the extractor writes NFKC text
    assert score_scope.metric_right("ＧＤＰ", "GDP增长")
    assert not score_scope.metric_right("ＧＤＰ", "GNP增长")


def test_place_keys_drop_the_administrative_word() -> None:
    key = score_scope.place_key
    assert key("安徽省") == key("安徽")
    assert key("广西壮族自治区") == key("广西")
    assert key("新疆维吾尔自治区") == key("新疆")
    assert key("全国") == key("中国")
    assert key(None) is None
    assert key("合肥市") != key("安徽省")


def test_spans_are_found_by_quote_and_occurrence() -> None:
    flat = score_scope.Flat("增长 5% ，又增长\n5%")
    assert flat.span("5%", 1) == (3, 5)
    assert flat.span("5%", 2) == (11, 13)
