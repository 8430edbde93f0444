"""Session 22, third round (metric22c): a metric names a thing. After a count the counted noun ends before a
function word read after it (a preposition, an adverb, a localizer closing a scope, a time word, 之一:
metric_after.noun_before_function); a phrase with no noun at all (a verb, an adverb, a modal alone) names
nothing measured: the noun the unit is, the noun after N的, or a subject read back that names a thing does
(metric_nounless.py)."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # a preposition after the counted noun opens its predicate
    ("第一期1.2万名学员于1949年8月毕业。", "1.2万名", "学员"),
    ("今年共有790个保健食品通过卫生部审批。", "790个", "保健食品"),
    ("司机把2个客人从旅馆送到机场。", "2个", "客人"),
    # an adverb of one character
    ("全县6个灾民新村正抓紧兴建。", "6个", "灾民新村"),
    ("去年召开的两次部长会议均未达成协议。", "两次", "部长会议"),
    # a localizer that closes a scope, 之一
    ("从全国8000家医药企业中遴选出优秀企业。", "8000家", "医药企业"),
    ("该镇是全省18个贫困乡镇之一。", "18个", "贫困乡镇"),
    # a time word
    ("6个在野党今天正式向国会申报结成新党。", "6个", "在野党"),
    # a phrase with no noun: the unit that is a noun, a subject read back that names a thing
    ("这次评选共有8部委评出。", "8部委", "部委"),
    ("国有企业亏损面扩大，均在30%以上。", "30%", "国有企业亏损面"),
])
def test_metric_names_a_thing(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # a two-character word jieba tags an adverb inside a name is no end (专精特新)
    ("全市有87家专精特新“小巨人”企业。", "87家", "专精特新“小巨人”企业"),
    # 青年 is tagged a time word: no time word by its tag
    ("全县300名农村青年志愿者参加了活动。", "300名", "农村青年志愿者"),
    # an act of handing an amount over keeps its act
    ("并将500元钱交到他手中。", "500元钱", "交到"),
    # a verb of content names the act done (the gold's hint: 需要, 死亡); a word jieba mis-tags a numeral
    ("制造一台钢琴，需要800多个零部件。", "800多个", "零部件"),
    ("改革的重点在于调动省、市和县三个层次，尤其是县的积极性。", "三个", "层次"),
    # a subject read back that only sets the scene is no thing: the phrase stays
    ("经过大鸣大放，到去年十一月已经提高到99%。", "99%", "到去年十一月已经提高"),
    # a noun of a compound after the count with no function word stays whole
    ("新建5个经济合作项目。", "5个", "经济合作项目"),
])
def test_metric_kept(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


def test_rest_of_a_total_kept() -> None:
    # 其余 names the rest of the total before it (a pronoun of a part is no phrase naming nothing)
    assert metric_of("全县今年完成固定资产投资9亿元，工业投资3.72亿元，其余5.28亿元用于城市建设。", "5.28亿元") == "其余"
