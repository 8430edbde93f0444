"""A comparison base that also opens compound nouns (预算 in 预算外资金, 计划 in 计划生育) names the base only
when it stands alone: data/metric.toml [comparison] bases_alone, metric_subject._is_base."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize(("sentence", "text", "metric"), [
    # the subject opens with 预算 but is a measure of its own (one clause of a 1980s report, own words)
    ("全省税收减少之际，预算外资金反而较快上升，由二〇一五年的三百一十亿元增加到二〇一九年的五百四十亿元，"
     "四年间增长百分之七十四点二。", "百分之七十四点二", "预算外资金"),
    ("在收入下降的同时，预算外收入由上年的2.1亿元增加到2.6亿元，两年间增长23.8%。", "23.8%", "预算外收入"),
])
def test_compound_noun_is_no_base(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


def test_base_alone_is_still_a_base() -> None:
    # 比计划增长: 计划 alone is the base compared with, never the thing measured
    got = metric_of("全年粮食产量达到612万吨，比计划增长3.5%。", "3.5%") or ""
    assert not got.startswith("计划")
