"""Session 24 (metricpd24): what a number of People's Daily news prose measures, where news names it
differently from reports. Money spent by a verb that names the act, then what it paid for right after the
amount (`某村投资２０万元修建了学校`: the act and the purpose, metric_money.taken_for / [money_taken] acts).
Money a clause only says was paid or received (`店主只付给８００元`) is of the money the story named before it
in the paragraph (`酬金说好是２０００元`: 付给酬金, metric_paid_before.py)."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a verb of spending, then a purpose right after the amount: the act and the purpose
    ("去年，这个村集体投资２０万元修建了一所小学。", "２０万元", "投资修建了一所小学"),
    ("乡里垫支５０００元兴修水渠、平整土地。", "５０００元", "垫支兴修水渠"),
    ("几位老人捐资３万元支持家乡办学。", "３万元", "捐资支持家乡办学"),
    ("两年来，该厂又投资８００多万元更新生产线４条。", "８００多万元", "投资更新生产线"),
    # (a purpose with its aspect is the clause's predicate, whatever 的 describes in its object)
    ("该村投资９０万元修建了一座三层楼的敬老院。", "９０万元", "投资修建了一座三层楼"),
])
def test_spent_on(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- no purpose right after the amount: the act as before
    ("去年，这个村集体投资２０万元，修建了一所小学。", "２０万元", "投资"),
    # (a noun of money after the amount names it)
    ("全县投资２０万元专项资金。", "２０万元", "专项资金"),
    # (a place after the amount is no purpose)
    ("学校投资２０万元在操场边盖了一座图书馆。", "２０万元", "投资"),
    # (amount and purpose before 的 describe the noun after it: the act alone)
    ("港商出资８亿元修建的大桥昨天通车。", "８亿元", "出资"),
    ("村里借款１２万元购置农机的报告已送到乡里。", "１２万元", "借款"),
])
def test_spent_without_purpose(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- paid or received only: the verb with the money named before in the paragraph
    ("他们４人替一家单位粉刷楼房，酬金说好是２０００元，完工后对方只付给８００元。", "８００元", "付给酬金"),
    ("学费标准每学期三百元，按此计算，一个孩子读完小学要交三千六百元。", "三千六百元", "交学费"),
    ("停车费不论时间长短，每辆车只收２元。", "２元", "收停车费"),
    ("大家一直盼着领到奖金。老板年底却只付我们５００元。", "５００元", "付奖金"),
])
def test_paid_of_money_before(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- no noun of money before: the clause as before
    ("见她生病在床，他当场掏出２００元。", "２００元", "掏出"),
    # (a word that only ends in a paying character names income: not paid)
    ("通过清理无主账户，政府增收５００万元。", "５００万元", "增收"),
    # (a noun of money after the amount names it, whatever was said before)
    ("工钱还没结清，他又交了５元停车费。", "５元", "停车费"),
    # (a noun of the money itself that ends with a paying verb: no act of paying)
    ("今年省对市县的转移支付超过９００亿元。", "９００亿元", "转移支付"),
    # (a noun opening with the verb names the act: 交款 is no money named)
    ("交款时店员说：“那就交５０元吧。”", "５０元", "交"),
    # (the money noun in another paragraph is no part of this one)
    ("工钱说好是两千元。\n后来店主只付给八百元。", "八百元", "付给"),
    # (a noun written right beside an amount of its own is that amount's, whichever sentence holds it)
    ("去年全镇财政收入达３．５亿元，其中契税３０００万元。今年镇里规定，村民就医每次只交８元。", "８元", "只交"),
    ("镇里规定村民每次只交８元门诊费，住院每天只付１５元。", "１５元", "只付"),
    # (a sentence before that gives its noun a figure states a fact of its own, no money paid out of it)
    ("这家公司员工月均薪金８００元。公司另为每名员工支付２０００元。", "２０００元", "支付"),
])
def test_paid_stays(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a count, then a size with its number and 的: the thing after 的 is counted
    ("船厂去年交付４艘价值２亿美元的油轮。", "４艘", "油轮"),
    ("省里将架设１２条全长８００公里的输电线路。", "１２条", "输电线路"),
    # -- a count of times, then a description and 的: the event after it
    ("工商部门开展了３次大规模的搜查，查处了一批假冒商品。", "３次", "搜查"),
])
def test_counted_after_description(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a size word with no number after it is no size (价值分析报告 is a noun of its own)
    ("他们送来５份价值分析报告。", "５份", "价值分析报告"),
    # (a count of times with the event right after it: as before)
    ("今年这一带出现了４次强降雨。", "４次", "强降雨"),
    # (a verb before 的 is the event counted, what follows 的 is of it)
    ("他多次收受５次馈赠的礼品。", "５次", "馈赠"),
    ("老人讲起自己三次进京的经历。", "三次", "进京"),
])
def test_counted_as_before(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a count closing a list of examples: the description before 的有 (with the noun after the count)
    ("入冬以来，受冻害较重的有甲县、乙县、丙县等８个县、３１个乡。", "８个", "受冻害较重的县"),
    ("入冬以来，受冻害较重的有甲县、乙县、丙县等８个县、３１个乡。", "３１个", "受冻害较重的乡"),
    # -- or the subject before 包括
    ("这次抽查的农资包括化肥、农药、种子和农膜等４０多种。", "４０多种", "这次抽查的农资"),
    # -- a count of people closing the list: the people the description names
    ("获奖的有王红、刘明等１２人。", "１２人", "获奖的人"),
    # -- and a share of the count after it, of the same set
    ("读者最爱读的有小说、散文、传记等１２类，占所列类别的４０％。", "４０％", "读者最爱读"),
])
def test_listed_examples(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a plain 有 after a time or place names no set: as before
    ("今年有北京、上海等５个城市参加评选。", "５个", "城市"),
    # -- one example only is no list
    ("受冻害较重的有甲县等３个县。", "３个", "县"),
    # -- after 包括, a count with a noun of its own, other than the subject's, counts that noun
    ("这批工厂包括造纸、化工、印染等９个门类。", "９个", "门类"),
])
def test_examples_not_read(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")
