"""Session 23 (metric23b): what a number measures, second round. A difference said as more or less of an act
(`比上年同期多开工24个`, `比上年少发827亿元`) measures the figure before it whose measure names that act
(metric_compared_clause.py); a firm or a case counted per visit (`2418家次`, `1.32万件次`) is one unit, as 人次,
so the 次 is not read as the noun counted (data/classifiers.txt); a 分别 list over times or places with a
whole-area word (`四季度全省`) or words around its run (`规模以上工业企业一季度、…和全年研发费用`) measures those words
(metric_scope_items.py); a place's figure under a bare frame (`快递业务收入方面，南昌市完成52.6亿元`) measures
the frame (metric_context.place_frame)."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # -- more or less of the act of the figure before (metric_compared_clause.py)
    ("全市已开工改造老旧小区152个，完成年度任务的81.7%，比上年同期多开工24个，增长18.8%。", "24个", "开工改造老旧小区"),
    ("全市已开工改造老旧小区152个，完成年度任务的81.7%，比上年同期多开工24个，增长18.8%。", "18.8%", "开工改造老旧小区"),
    ("全年国家银行各项贷款增加9340亿元，货币发行597亿元，比上年少发827亿元。", "827亿元", "货币发行"),
    ("全年收回不良贷款27.4亿元，比上年多收回6.2亿元。", "6.2亿元", "收回不良贷款"),
    # -- a count per visit is one unit
    ("全年开展执法检查3264次，检查企业2418家次，立案查处186件。", "2418家次", "检查企业"),
    ("办理残疾人来信来访1.32万件次。", "1.32万件次", "来信来访"),
    # -- a 分别 list over times or places with a whole-area word (四季度全省) or words around the run
    ("一季度、二季度、三季度、四季度全省分别接待游客1.86亿人次、1.98亿人次、2.34亿人次和1.94亿人次。", "1.86亿人次", "接待游客"),
    ("一季度、二季度、三季度、四季度全省分别接待游客1.86亿人次、1.98亿人次、2.34亿人次和1.94亿人次。", "1.94亿人次", "接待游客"),
    ("规模以上工业企业一季度、上半年、前三季度和全年研发费用分别为186.27亿元、431.58亿元、688.94亿元和986.35亿元。",
     "186.27亿元", "研发费用"),
    ("一季度、上半年、前三季度和全年全市地区生产总值分别增长5.2%、5.4%、5.5%和5.6%。", "5.4%", "地区生产总值"),
    # (places run before a measure: a place's name is not cut as a time and a place are, 澧县地区 is no scope pair)
    ("武陵区、鼎城区、澧县地区生产总值分别为812.6亿元、563.2亿元、541.8亿元。", "563.2亿元", "地区生产总值"),
    # -- a 分别 list of changes after a 分别 list of levels whose items share one noun: that clause's noun, not
    # the subject of a clause before it
    ("社会消费品零售总额1862.4亿元，增长6.6%；城镇、农村居民人均可支配收入分别达到48620元和24380元，分别增长5.1%、6.7%。",
     "5.1%", "人均可支配收入"),
    # -- places with only the act of the figure before after 分别: that figure's measure
    ("分地区看，赣州市完成交通投资186.3亿元，占全省的16.5%；南昌市、九江市分别完成172.8亿元、121.4亿元。", "172.8亿元", "交通投资"),
    # -- a place's figure (a bare verb at most) under a bare frame opening the sentence: the frame's measure
    ("快递业务收入方面，南昌市完成52.6亿元，赣州市完成31.2亿元。", "52.6亿元", "快递业务收入"),
    ("快递业务收入方面，南昌市完成52.6亿元，赣州市完成31.2亿元。", "31.2亿元", "快递业务收入"),
])
def test_measured(sentence: str, text: str, metric: str):
    got = metric_of(sentence, text)
    assert got is not None and metric in got, got


@pytest.mark.parametrize("sentence,text,wrong", [
    # the verb after 多/少 is not the act of the figure before: no reading of that figure
    ("全市接待游客120万人次，比上年少来3万人次。", "3万人次", "接待游客"),
    # a difference after a base level in another unit's clause is not tied to a share between
    ("全市完成年度任务的81.7%，比上年同期多开工24个。", "24个", "完成年度任务"),
    # items that are things, not times: each its own (the run's words are not shared over them)
    ("钢材、水泥和平板玻璃产量分别增长5%、6%和7%。", "5%", "平板玻璃"),
    ("社会消费品零售总额1862.4亿元，增长6.6%；城镇、农村居民人均可支配收入分别达到48620元和24380元，分别增长5.1%、6.7%。",
     "5.1%", "社会消费品零售总额"),
    # a verb after 分别 that is not the act of the figure before: not that figure's measure
    ("赣州市完成交通投资186.3亿元；南昌市、九江市分别接待游客172万人、121万人。", "172万人", "交通投资"),
    # a figure naming its own measure under the frame keeps it; a part after 其中 is named by its place
    ("快递业务收入方面，南昌市快递业务量8.36亿件。", "8.36亿件", "快递业务收入"),
    ("普查经费方面，全市各级财政共安排普查经费8642万元，其中市本级1260万元。", "1260万元", "普查经费"),
])
def test_not_measured(sentence: str, text: str, wrong: str):
    got = metric_of(sentence, text)
    assert got is None or wrong not in got, got



def test_scope_items_data():
    from extractor.metric_scope_items import scope_item, scope_run_measure
    assert scope_item("四季度全省") and scope_item("全市") and not scope_item("研发费用")
    assert scope_run_measure(["规模以上工业企业一季度", "上半年", "全年研发费用"]) == "规模以上工业企业研发费用"
    assert scope_run_measure(["钢材", "水泥", "平板玻璃产量"]) is None
    assert scope_run_measure(["一季度", "上半年", "全年"]) is None  # (no measure after the last)
