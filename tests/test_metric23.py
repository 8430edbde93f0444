"""Session 23 (metric23): what a number measures on real text. Words joined by 、 inside one phrase are
read together (metric_coordinated.py); a bare plan fulfilled (`完成计划的108.7%`) names the subject's
plan as 完成年度计划 does; a 分别 list of items each a noun at length, or with a share word said of
them all after the last (`…所占的比重分别为`), gives each number its own item (metric_lists.py); rows after a
colon whose clause is only a reckoning (`报名人数，大致估算为：识字班三千人`), or a measure with no 为, or a time in
each row (`每月普通职工三百元`) measure what is named before the colon (metric_named_rows.py)."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # -- words joined by 、 (metric_coordinated.py)
    # two verbs, two verb nouns, a numeral and a word opening with one: one phrase
    ("全省共停建、缓建办公楼建设项目189个，停止施工。", "189个", "停建、缓建办公楼建设项目"),
    ("1997年查处严重官僚主义失职、渎职案件395件。", "395件", "查处严重官僚主义失职、渎职案件"),
    ("全省取消各类检查、评比、达标活动417次，节约资金361万元。", "417次", "取消各类检查、评比、达标活动"),
    ("获二、三等奖的作者共13人。", "13人", "获二、三等奖的作者"),
    # -- clauses joined by 、: no joining
    # a clause before the mark (a change, a number, a scope word opening the phrase after it): no joining
    ("城乡面貌持续改善、农民人均纯收入增长6%。", "6%", "农民人均纯收入增长"),
    ("出口增长10%、进口增长5%。", "5%", "进口增长"),
    ("做好六稳、六保工作、城镇新增就业5万人。", "5万人", "城镇新增就业"),
    ("深化改革、扩大开放、全市生产总值增长6%。", "6%", "生产总值增长"),
    # -- a bare plan fulfilled
    ("钢产量4347万吨，完成计划的108.7%；原煤7.7亿吨，完成计划的105.8%。", "108.7%", "钢产量完成计划"),
    ("其中，人工造林138.5万亩，完成计划的101.8%。", "101.8%", "人工造林完成计划"),
    # (a plan with its modifier, as before)
    ("粮食总产量3680亿斤，完成年度计划的102%。", "102%", "粮食总产量完成年度计划"),
    # -- 分别 items each a noun
    ("人工造林、飞播造林、封山育林、退化林修复分别占营造林总面积的28.5%、8.6%、36.3%、26.6%。", "28.5%", "人工造林"),
    ("人工造林、飞播造林、封山育林、退化林修复分别占营造林总面积的28.5%、8.6%、36.3%、26.6%。", "26.6%", "退化林修复"),
    ("基础研究、应用研究和试验发展经费所占比重分别为7.0%、10.2%和82.8%。", "7.0%", "基础研究"),
    ("基础研究、应用研究和试验发展经费所占比重分别为7.0%、10.2%和82.8%。", "82.8%", "试验发展经费"),
    # -- rows after a colon (metric_named_rows.py)
    # rows of a name and a figure after a colon (metric_named_rows.py): a clause of only a reckoning before the
    # colon leaves the measure to the clause before it; a measure right before the colon needs no 为; a time of
    # each row is no part of its name
    ("各乡夜校的报名人数，大致估算为：识字班三千人，算术班两千人，农技班五千人。", "五千人", "农技班报名人数"),
    ("交通补助发放标准：每月普通职工三百元，科长四百元，处长五百元。", "三百元", "普通职工交通补助发放标准"),
    ("伙食补贴标准为：车间主任每月二百六十元，班组长二百元，学徒一百元。", "二百六十元", "车间主任伙食补贴标准"),
])
def test_metric23(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


def test_respective_items_sharing_a_head() -> None:
    # a head noun only the last item holds is every item's; times before are scope, never the measure
    assert metric_of("集成电路、工业机器人产量分别增长12.5%、8.6%。", "12.5%") == "集成电路产量增长"
    timed = metric_of("分季度看，一季度、上半年、前三季度和全年地区生产总值分别增长5.3%、5.6%、5.7%和5.8%。", "5.3%")
    assert timed and timed.endswith("地区生产总值增长") and not timed.startswith("一季度")


def test_no_rows_after_a_colon() -> None:
    # a clause naming a kind of list, not a measure, leaves each row its own measure; one naming no measure either
    assert metric_of("其主要工程量为：土石方开挖3625万立方米，土石方填筑1594万立方米。", "1594万立方米", ("quantity",)) == "土石方填筑"
    assert metric_of("补助资金来源为：省级资金260万元，县级配套资金90万元。", "90万元") == "县级配套资金"
    # a clause ending in a measure before the colon, with no 为, is no measure's name (a noun phrase is)
    assert metric_of("店里的货架上都标出了新旧两种价格：一包盐旧价8元，新价6元。", "6元") == "新价"
