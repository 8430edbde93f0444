"""Session 25 (metricpd25): what a count of People's Daily prose counts where the words before the number are
an act (采用, 举办, 拥有) and the noun after the classifier is the thing. Every classifier of a thing binds the
noun right after it ([noun_after] units; the rest are listed in unbound_units, and this file keeps the two lists
covering data/classifiers.txt); a count then nouns closed by one predicate said in a manner or a trait, then 的,
counts the noun after 的 (metric_gapped.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractor.lexicon import table, word_list
from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a classifier the list lacked before: the noun after it, not the act before the number
    ("工程队采用１２根６０米长的钢缆固定了塔身。", "１２根", "钢缆"),
    ("该校已有６届毕业生回到家乡工作。", "６届", "毕业生"),
    ("来自五个国家的９对舞者参加了比赛。", "９对", "舞者"),
    ("这部２４集电视剧已在省台播出。", "２４集", "电视剧"),
    ("山洞里有三道石门。", "三道", "石门"),
    ("展厅里悬挂着二十多面锦旗。", "二十多面", "锦旗"),
])
def test_noun_after_any_classifier(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a verb that takes no object after the noun: what the counted do, no part of the noun
    ("这次比赛共有３０支球队参加。", "３０支", "球队"),
    ("公园里２万株郁金香盛开。", "２万株", "郁金香"),
    ("全县有２０个部门参展。", "２０个", "部门"),
])
def test_noun_before_an_intransitive_verb(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # (a verb that takes an object stays with the noun: the event the count's verb names)
    ("今年完成５００所学校校舍改造。", "５００所", "学校校舍改造"),
])
def test_noun_before_a_transitive_verb_stays(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- no noun after the classifier: the words before still name it
    ("这个协会至今已召开了５届。", "５届", "召开"),
    # (a milestone after the count is no thing counted)
    ("全市电话交换机总容量突破６０万门大关。", "６０万门", "电话交换机总容量"),
])
def test_nothing_after_the_classifier(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- nouns closed by a predicate said in a manner, or by a trait: the noun after 的 is counted
    ("全县有四个政府重点扶持的龙头企业。", "四个", "龙头企业"),
    ("市场上有５种口味不同的月饼。", "５种", "月饼"),
    # (one character after 的 names too little: the description stays with it)
    ("南方八个经济较发达的县，每年拿出资金支援山区。", "八个", "经济较发达的县"),
])
def test_gapped_description(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a bare verb after a noun the classifier counts: those counted do it, they are counted
    ("这部影片已在全国三十多个城市上映的消息传来。", "三十多个", "城市"),
    # (a classifier of one kind of thing counts the noun before the verb: 辆 counts cars, not their exhaust)
    ("这相当于５０万辆汽车排出的废气。", "５０万辆", "汽车"),
    # (a verb of making up a whole: the members are counted)
    ("３０多位歌手组成的合唱团登台演出。", "３０多位", "歌手"),
    # (a verb with its object before 的: the noun before it is counted)
    ("８个村采取轮流值班的办法。", "８个", "村"),
    # (an adverb that spreads the act over many doers: the doers are counted, not what they did)
    ("这种工艺已被４０多个国家普遍采用的规范所吸收。", "４０多个", "国家"),
    ("５个城市相继举办的灯会吸引了大批游客。", "５个", "城市"),
    ("１２个省份纷纷出台的扶持政策已见成效。", "１２个", "省份"),
])
def test_not_gapped(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a description holding numbers before 的, a noun of people after it: the people counted (metric_agree.py)
    ("学校引进了１５名年龄在３５岁以下的青年教师。", "１５名", "青年教师"),
    ("２０位在５个乡镇工作过的技术人员回到了县里。", "２０位", "技术人员"),
    # (the description names people the classifier counts itself: they are counted)
    ("５名农民在１０亩试验田里种出的小麦获了奖。", "５名", "农民"),
    # (架 counts aircraft: the aircraft after 的, not the task before it)
    ("市里调来３架执行森林巡护任务的直升机。", "３架", "直升机"),
])
def test_agreeing_noun_past_numbers(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


def test_every_classifier_binds_a_noun_or_is_listed_unbound() -> None:
    """A classifier added to data/classifiers.txt must be placed: counted with the noun after it, an event
    counted, or listed as binding none (so that no classifier falls back to the act before the number unsaid)."""
    t = table("metric.toml")["noun_after"]
    placed = set(t["units"]) | set(t["event_units"]) | set(t["unbound_units"])
    simplified = {"個": "个", "項": "项", "種": "种", "條": "条", "處": "处", "場": "场", "筆": "笔", "戶": "户",
                  "張": "张", "臺": "台", "輛": "辆", "間": "间", "頭": "头", "隻": "只", "冊": "册", "屆": "届",
                  "組": "组", "類": "类", "顆": "颗"}
    classifiers = set(word_list("classifiers.txt")) | set(word_list("classifiers_written.txt"))
    assert not {c for c in classifiers if simplified.get(c, c) not in placed}
