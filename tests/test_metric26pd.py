"""Session 26 (metricpd26): what a count of People's Daily prose counts where the count opens its clause and
what the things counted do opens with a cause (因…被…, 由于…原因): the act after the cause names the count,
not the cause (metric_cause.py, data/metric.toml [cause_before_act]). Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    ("暴雨过后，全镇有３０多人因房屋倒塌被转移到学校。", "３０多人", "转移到学校"),
    ("全市小造纸厂中，１２家因污染严重被勒令关闭。", "１２家", "勒令关闭"),
    ("昨晚的演出票早已售完，门外还有２００余名因买不到票而离去。", "２００余名", "离去"),
    ("这一年，城里的商店中，７家由于经营不善的原因关门。", "７家", "关门"),
])
def test_act_after_a_cause(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # (a noun after the classifier is what is counted, whatever the cause after it)
    ("去年该市１２家小造纸厂因污染严重被勒令停产。", "１２家", "小造纸厂"),
    ("门外还有２００余名观众因买不到票而离去。", "２００余名", "观众"),
    # (no word closes the cause: read as written, cause and act together)
    ("事故中有４人因公殉职。", "４人", "因公殉职"),
    # (因此 is no cause of the clause's own: the act after it stays with it)
    ("山路结冰，２０多人因此受伤。", "２０多人", "因此受伤"),
])
def test_no_closed_cause(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric
