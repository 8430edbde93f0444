"""Stocks and flows under a release's as-of (session 21, issue 13, helper stockflow21): a title naming a month's end
(2026年9月末…金融运行情况) dates its stocks as of that day; a change since the year's start is the year's months to
that month; a rate or a comparison of the stock with a year before is as of the month. Each shape with an example
that must change and one that must not (our own sentences, places and numbers)."""
from __future__ import annotations

from test_period_session16 import periods

_AS_OF = "统计数据 > 金融运行\n2025年6月末某州市金融运行情况\n发布时间:2025-07-20\n\n"
_SPAN = "统计数据 > 分析\n2025年上半年某州市经济运行简况\n来源:某州市统计局\n\n"


def test_a_stock_under_a_title_naming_a_months_end_is_as_of_it() -> None:
    # 分部门看，住户贷款余额… under 2025年6月末…情况: no time in its paragraph, the title's as-of
    text = _AS_OF + "一、存款\n6月末,全市存款余额3362.70亿元。\n二、贷款\n分部门看,住户贷款余额1284.60亿元,占各项贷款的43.1%。"
    assert periods(text, "some-release", ("1284.60亿元", "43.1%")) == ["../2025-06", "../2025-06"]
    # unchanged: a title naming a part of the year (上半年) is a span, its stocks with no time keep it
    text = _SPAN + "一、存款\n分部门看,住户贷款余额1284.60亿元。"
    assert periods(text, "some-release", ("1284.60亿元",)) == ["2025-01/2025-06"]


def test_a_month_said_in_a_paragraph_under_an_as_of_title_stays_that_months() -> None:
    # unchanged: 6月，…利率…。…利率…: the month said in the paragraph goes on, no as-of
    text = _AS_OF + "四、利率\n6月,全市新发放企业贷款加权平均利率为3.42%。新发放个人住房贷款加权平均利率为3.05%。"
    assert periods(text, "some-release", ("3.42%", "3.05%")) == ["2025-06", "2025-06"]
    # unchanged: 1-6月 said in its own sentence: the span
    text = _AS_OF + "四、普惠\n1-6月,全市累计发放普惠小微贷款468.50亿元。"
    assert periods(text, "some-release", ("468.50亿元",)) == ["2025-01/2025-06"]


def test_a_change_since_the_years_start_is_the_years_months_to_the_as_of() -> None:
    # 比年初增加…: January to June; a rate of the stock (同比增长) as of the month
    text = _AS_OF + "一、存款\n6月末,全市存款余额3362.70亿元,比年初增加212.30亿元,同比增长5.6%。"
    assert periods(text, "some-release", ("3362.70亿元", "212.30亿元", "5.6%")) == \
        ["../2025-06", "2025-01/2025-06", "../2025-06"]
    # and a share of what was added (占全市新增贷款的) the same months
    text = _AS_OF + "二、贷款\n分机构看,地方法人银行贷款余额862.50亿元,比年初增加76.30亿元,占全市新增贷款的25.1%。"
    assert periods(text, "some-release", ("862.50亿元", "76.30亿元", "25.1%")) == \
        ["../2025-06", "2025-01/2025-06", "2025-01/2025-06"]
    # unchanged: the base's own number (比年初的542件) is no change
    text = _AS_OF + "二、贷款\n6月末,全市不良贷款12.40亿元,比年初的11.80亿元增加0.60亿元。"
    assert periods(text, "some-release", ("12.40亿元",)) == ["../2025-06"]


def test_a_stock_compared_with_a_year_before_is_as_of_both_months_ends() -> None:
    # 比上年同期的312.4亿元增加74.5亿元 said of a stock: the base as of the June before, the change as of this June
    text = _AS_OF + "三、重点领域\n科技型企业贷款余额386.90亿元,比上年同期的312.40亿元增加74.50亿元。"
    assert periods(text, "some-release", ("386.90亿元", "312.40亿元", "74.50亿元")) == \
        ["../2025-06", "../2024-06", "../2025-06"]
    # unchanged: a flow compared with a year before (前三季度…增加额比上年同期的…) keeps the span of its own time
    text = _AS_OF + "二、贷款\n上半年贷款增加额比上年同期的615.20亿元多增86.20亿元。"
    assert periods(text, "some-release", ("615.20亿元", "86.20亿元")) == ["2024-01/2024-06", "2025-01/2025-06"]


def test_under_a_span_under_review_a_stocks_change_keeps_the_span() -> None:
    # unchanged: 上半年 titles the release: 6月末's stock as of the month, its 同比 the half year (as before)
    text = _SPAN + "上半年,全市生产总值1288.40亿元。6月末,全市金融机构各项存款余额3362.70亿元,同比增长5.6%。"
    assert periods(text, "some-release", ("3362.70亿元", "5.6%")) == ["../2025-06", "2025-01/2025-06"]
