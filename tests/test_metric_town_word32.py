"""A town's name read at a metric's start is cut off only where the words are cut (metric_subject_scope._word_ends):
`新建乡村公路` opens no town 新建乡 (乡 opens the word 乡村), so the metric is the whole phrase, not the fragment
`村公路`; a place that ends a word is still taken off (`株洲经开区投入资金` → 投入资金, `高台县新增…` → 新增…)."""
from __future__ import annotations

import pytest

from extractor.metric import read_metric


def metric(text: str) -> str | None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] == "."):
        end += 1
    return read_metric(text, start, end)


@pytest.mark.parametrize("text, expected", [
    ("今年，全镇新建乡村公路42公里。", "新建乡村公路"),
    ("全年改造乡村道路18公里。", "改造乡村道路"),
])
def test_a_town_name_inside_a_word_is_not_cut_off(text: str, expected: str) -> None:
    assert metric(text) == expected


@pytest.mark.parametrize("text, expected", [
    # negative: a place that ends a word still opens no metric
    ("望城经开区投入资金2亿元。", "投入资金"),
    ("高台县新增高效节水灌溉面积1.8万亩。", "新增高效节水灌溉面积"),
])
def test_a_place_that_ends_a_word_is_still_taken_off(text: str, expected: str) -> None:
    assert metric(text) == expected
