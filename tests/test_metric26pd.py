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


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a classifier alone after an act counts the noun it bound last before in the paragraph
    ("出版社印了一套《乡村医生手册》，县卫生局拿出经费订购了５００套，发到各村。", "５００套", "乡村医生手册"),
    ("老王的果园原有２００多棵苹果树，一场冰雹后只剩下８０棵了。", "８０棵", "苹果树"),
    ("第一批运来的３００顶帐篷已经搭好，还有６００顶正在装车。", "６００顶", "帐篷"),
])
def test_noun_a_classifier_bound_before(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # (a level reached or a total: the clause's own subject names what is counted)
    ("全县有１２个乡镇，通公路的乡镇增加到１０个。", "１０个", "通公路的乡镇"),
    # (the clause names the thing itself before the verb)
    ("这种鸟过去常见，如今湿地里的白鹭只剩下３０多只。", "３０多只", "白鹭"),
    # (the earlier count's words after the classifier are a predicate, no noun: nothing is taken from it)
    ("一年后３户全部搬进新房，她又帮扶了１０户。", "１０户", "帮扶"),
])
def test_no_noun_taken_from_before(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a sum paid is named by what it gets, not by who paid (metric_paid_for.py)
    ("在这个集市上，摊主先要交纳８０元，才能领取一张营业执照。", "８０元", "营业执照"),
    ("他花了２５元买了一套旧课本。", "２５元", "旧课本"),
    ("每户交上３０元钱，就能用上自来水。", "３０元钱", "自来水"),
])
def test_what_a_sum_paid_gets(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # (a sale's volume: 成交 only ends with 交)
    ("当天股市成交１２０亿港元，买入的多是蓝筹股。", "１２０亿港元", "成交"),
    # (purchase and amount describe the noun after 的: left to the readers of a described noun)
    ("村里花５万元购买的抽水机已经运到。", "５万元", "花"),
    # (an exchange is no purchase: the phrase stays)
    ("老人掏出９００元，换了１００美元。", "９００元", "掏出"),
])
def test_no_thing_got(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a place or a time alone before a count of people is scope: what they do names the count
    ("去年湖南省５万人参加了农民夜校。", "５万人", "参加了农民夜校"),
    ("今年云南２０万人喝上了干净水。", "２０万人", "喝上了干净水"),
])
def test_people_after_scope_alone(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # (a body before the count is who is counted, not scope: read as before)
    ("这家工厂３００人参加了夜校。", "３００人", "这家工厂"),
])
def test_people_after_a_body(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")
