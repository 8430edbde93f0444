"""Session 23 (metric23c): what a number measures, third round. A clause of only a span of years said by its
length (`五年`, `3年`, `四年间`), an average (`平均每年`) and a change in percent names no subject: the span is
the time and the grower is the subject before (metric_elided.py, data/metric.toml [elided] averages); a count
after a bare span names its own thing. A rate per head (`每人增加40元`) and a cut
(`比上年压缩`) are words of change ([change] before, bases, words), and a base year in Chinese numerals
(`比一九八○年的三百八十一亿美元增长`) is a base (metric_compared_clause.py). A 分别 list whose first item, written
at length, and last item each end as a measure (`用水量、能耗、二氧化碳排放量`) names one measure an item
(metric_lists._measures_at_ends). Money put into an item said inline (`二是改造城镇老旧小区1526个,投入36.2亿元`)
or into the act of the clause right before (`改造老旧小区126个,投入4.52亿元`) is that item's or act's
(metric_item_lines.py); a bare 投资 or 安排资金 with no such item before stays as written."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a bare span of years and a change in percent: the subject before
    ("国民收入达到六千六百五十亿元，按可比价格计算，五年平均每年增长百分之九点七。", "百分之九点七", "国民收入"),
    ("国民收入平均每年增长百分之七点五，五年增长百分之四十四。", "百分之四十四", "国民收入"),
    ("税收收入达到860亿元，3年增长42.5%。", "42.5%", "税收收入"),
    ("出口总额由一九七六年的二百四十亿元增加到一九八○年的三百六十亿元，四年间增长百分之五十。",
     "百分之五十", "出口总额"),
    # -- a rate per year or per head before a change names nothing measured: the figure's before
    ("城乡居民基本医保财政补助标准由每人每年380元提高到420元，每人增加40元。", "40元", "城乡居民基本医保财政补助标准增加"),
    # -- a change word of cutting after a base (比上年压缩): the figure compared
    ("基本建设投资安排一千零九十六亿元，比上年压缩七十八亿元。", "七十八亿元", "基本建设投资安排压缩"),
    # -- a base year in Chinese numerals with its level: the figure compared, not the level
    ("一九八五年进出口总额达到六百九十六亿美元，比一九八○年的三百八十一亿美元增长百分之八十二点七。",
     "百分之八十二点七", "进出口总额增长"),
    # (a figure in a bracket before the comparison is an aside, not the figure compared)
    ("一九五八年国家预算收入三百八十七亿六千万元，完成预算的百分之一百一十二点三（预算数为三百四十五亿二千万元），"
     "比一九五七年的三百一十亿四千万元增长百分之二十四点九。", "三百一十亿四千万元", "国家预算收入"),
    # (近 said: read as before)
    ("全市研发经费投入强度达到2.8%，近两年提升0.4个百分点。", "0.4个百分点", "研发经费投入强度"),
])
def test_subject_before(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a count after a bare span names its own thing, not the subject before
    ("全厂职工干劲很大，一年增加一万台钢琴。", "一万台", "钢琴"),
    # -- a per-year change with a noun of its own
    ("全厂职工干劲很大，每年增加钢琴一万台。", "一万台", "钢琴"),
    # -- a span with a noun of its own before the change is no bare span
    ("全县工业产值达到十二亿元，五年粮食产量增长百分之二十。", "百分之二十", "粮食产量"),
])
def test_own_subject(sentence: str, text: str, metric: str) -> None:
    assert metric in (metric_of(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- first and last items each a measure: one item a number, whatever the lengths between
    ("全省工业用水量、能耗、二氧化硫排放量分别下降12%、9%、11%。", "9%", "能耗下降"),
    ("全省工业用水量、能耗、二氧化硫排放量分别下降12%、9%、11%。", "12%", "工业用水量下降"),
    ("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降1%、2%、3%、4%。", "2%", "氨氮下降"),
    ("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降1%、2%、3%、4%。", "4%", "氮氧化物排放量下降"),
    # (a modifier list before one measure, or a bare first item: the measure is every item's)
    ("工业、农业、服务业产值分别增长1%、2%、3%。", "1%", "工业产值增长"),
    ("出口、进口总额分别增长1%、2%。", "1%", "出口总额增长"),
])
def test_list_of_measures(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


_ITEMS = "累计投入资金192.1亿元。一是改造城市老旧供热管网2860公里,投入28.6亿元;二是改造城镇老旧小区1526个,投入36.2亿元;" \
         "六是困难群众救助,投入38.6亿元。"


@pytest.mark.parametrize("sentence,text,metric", [
    # -- an inline item's money put in: the item's (its figure or none)
    (_ITEMS, "28.6亿元", "改造城市老旧供热管网投入"),
    (_ITEMS, "36.2亿元", "改造城镇老旧小区投入"),
    (_ITEMS, "38.6亿元", "困难群众救助投入"),
    # -- the act of the clause right before
    ("改造老旧小区126个,投入4.52亿元,惠及居民3.86万户。", "4.52亿元", "改造老旧小区投入"),
    # (no item nor act's count before: the words as written)
    (_ITEMS, "192.1亿元", "投入资金"),
    ("在河北26个贫困县定点扶贫，投资1.55亿元。", "1.55亿元", "投资"),
    ("坚持民生优先，安排资金58亿元，办好20项民生实事。", "58亿元", "资金"),
])
def test_money_put_in(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    ("多种经营迅速发展，农村乡镇企业总产值达到二千七百二十八亿元，比上年增长百分之四十九点五。", "百分之四十九点五", "农村乡镇企业总产值增长"),
    ("城镇乡村人口达到120万人。", "120万人", "城镇乡村人口"),
    # (a town's name before the common noun is still its scope)
    ("东风镇乡镇企业总产值达到12亿元。", "12亿元", "乡镇企业总产值"),
])
def test_town_word_in_noun(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric
