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


_REVIEW = "统计信息\n2025年1-3季度某州市属企业运行情况\n来源: 某州市国资委\n\n"


def test_a_flow_under_an_as_of_opener_is_the_years_months_to_it() -> None:
    # 截至9月底，…实现税收收入…，同比增长…: a flow and its rate, the year's months; the stocks before it as of the month
    text = _REVIEW + ("一、主体\n截至9月底,全市纳税人总数达52.30万户;高新技术企业1840家,实现税收收入96.20亿元,"
                      "同比增长6.3%。")
    assert periods(text, "some-report", ("52.30万户", "1840家", "96.20亿元", "6.3%")) == \
        ["../2025-09", "../2025-09", "2025-01/2025-09", "2025-01/2025-09"]
    # a flow named by its noun in a later sentence of the paragraph (现金净流量), its change and rate too; the stock
    # before it and its change since the year's start stay as of the month
    text = _REVIEW + ("二、资产\n截至9月末,市属企业资产总额2.36万亿元,较年初增长3.8%。经营活动现金净流量312.40亿元,"
                      "同比增加21.50亿元,增长7.4%。")
    assert periods(text, "some-report", ("2.36万亿元", "3.8%", "312.40亿元", "21.50亿元", "7.4%")) == \
        ["../2025-09", "../2025-09", "2025-01/2025-09", "2025-01/2025-09", "2025-01/2025-09"]


def test_a_state_reached_or_a_balance_under_an_as_of_stays_as_of_it() -> None:
    # unchanged: 已招收 (a state reached, adverbs between too) and the share of the plan said of it; a balance; a total
    # so far (累计发放)
    text = _REVIEW + ("三、民生\n全年计划招收高校毕业生1.5万人,截至9月末已招收1.22万人,完成计划的81.3%。截至9月末,"
                      "已全面完成5件;在建工程投资累计达486.20亿元;累计发放助学贷款3.60亿元。")
    assert periods(text, "some-report", ("1.22万人", "81.3%", "5件", "486.20亿元", "3.60亿元")) == \
        ["../2025-09", "../2025-09", "../2025-09", "../2025-09", "../2025-09"]
    # unchanged: in a news story an as-of tells a level reached, flows too (DEV 19980105-01-001)
    text = "本报讯截至去年11月末，某市千户企业实现工业总产值958.82亿元，实现利润总额72.07亿元。"
    assert periods(text, "19980105-01-009", ("958.82亿元",)) == ["../1997-11"]


def test_a_flow_under_a_months_end_title_is_the_years_months_to_it() -> None:
    # 2025年6月末…情况 / …实现利润…: a flow named with no time of its own, the year's months, its rate too
    text = _AS_OF + "一、存款\n6月末,全市存款余额3362.70亿元。\n二、效益\n全市银行业金融机构实现净利润42.60亿元,同比增长5.1%。"
    assert periods(text, "some-release", ("42.60亿元", "5.1%")) == ["2025-01/2025-06", "2025-01/2025-06"]
    # unchanged: a stock and its rate under it, as of the month
    text = _AS_OF + "二、贷款\n分部门看,住户贷款余额1284.60亿元,同比增长4.2%。"
    assert periods(text, "some-release", ("1284.60亿元", "4.2%")) == ["../2025-06", "../2025-06"]


def test_two_year_ends_joined_as_a_range_are_the_years_between() -> None:
    # 2021年末至2025年末，…年均增长…: the years from the first's end to the last's, as 2021-2025年 reads
    text = _AS_OF + "五、回顾\n2020年末至2024年末,全市各项贷款余额年均增长11.8%。"
    assert periods(text, "some-release", ("11.8%",)) == ["2020/2024"]
    # unchanged: a stock at each year's end, its base and the level reached (由…的…增加到…的…)
    text = _AS_OF + "五、回顾\n全市各项贷款余额由2020年末的820.50亿元增加到2024年末的1280.60亿元。"
    assert periods(text, "some-release", ("1280.60亿元",)) != ["2020/2024"]


def test_a_plan_for_the_whole_year_under_a_months_end_is_the_years() -> None:
    # 下一步…力争全年新增贷款…: the year planned, not the months under review
    text = _AS_OF + "六、下一步\n下一步,将引导金融机构保持信贷总量合理增长,力争全年新增贷款620亿元以上。"
    assert periods(text, "some-release", ("620亿元",)) == ["2025"]
    # unchanged: the months' own flow under the same title (1-6月…累计发放)
    text = _AS_OF + "六、普惠\n1-6月,全市累计发放普惠小微贷款468.50亿元。"
    assert periods(text, "some-release", ("468.50亿元",)) == ["2025-01/2025-06"]


_TITLED = "统计数据 > 金融运行\n2026年9月末某市金融运行情况\n发布时间:2026-10-20\n\n"


def _date_periods(text: str, doc: str, quotes: tuple[str, ...]) -> list[str]:
    """The period of each quoted date record of the text (the first of each quote)."""
    from extractor.engine import page_records
    from extractor.page import Page
    found: dict[str, str] = {}
    for r in page_records(Page.read(text, doc), ("date",)):
        found.setdefault(r.text, r.period)
    return [found[q] for q in quotes]


def test_a_date_under_a_months_end_title_keeps_its_own_reading() -> None:
    # 1-9月 and 9月份 under 2026年9月末…情况: the months they name, not as of the month's end (a date is no stock)
    text = _TITLED + "二、贷款\n1-9月,全市新增贷款860亿元。住户贷款余额500亿元。9月份,全市新增贷款95亿元。"
    assert _date_periods(text, "some-release", ("1-9月", "9月")) == ["2026-01/2026-09", "2026-09"]
    # unchanged: the figures beside them keep their readings (the flow its months, the stock as of the month)
    assert periods(text, "some-release", ("860亿元", "500亿元", "95亿元")) == \
        ["2026-01/2026-09", "../2026-09", "2026-09"]


def test_a_total_so_far_under_an_as_of_stays_as_of_it() -> None:
    # one undertaking's flow (since it began), one set against a total of its own, one marked 共: as of the month
    text = _REVIEW + ("四、投资\n截至9月底,该项目完成投资12.40亿元,占总投资的61.5%。截至9月底,市产业引导基金完成投资"
                      "23个项目。截至9月底,全市共发放各类补贴资金3.60亿元。")
    assert periods(text, "some-report", ("12.40亿元", "61.5%", "23个", "3.60亿元")) == \
        ["../2025-09", "../2025-09", "../2025-09", "../2025-09"]
    # unchanged: an area's flows (全市重点项目, 全市实现), a share of an area's (占全市的), a 共 inside a word
    # (公共预算收入): the year's months
    text = _REVIEW + ("四、投资\n截至9月底,全市重点项目完成投资86.50亿元,占全市固定资产投资的41.2%。截至9月底,全市实现"
                      "一般公共预算收入52.30亿元。")
    assert periods(text, "some-report", ("86.50亿元", "41.2%", "52.30亿元")) == \
        ["2025-01/2025-09", "2025-01/2025-09", "2025-01/2025-09"]


def test_two_year_ends_joined_as_a_range_in_plain_prose_are_the_years_between() -> None:
    # 至2024年末 read alone looks like a target; after 2020年末 it ends the span (a page with no title of an as-of)
    text = "某市金融业发展回顾\n\n2020年末至2024年末，全市各项贷款余额年均增长11.8%。"
    assert periods(text, "some-report", ("11.8%",)) == ["2020/2024"]
    # unchanged: a year's end set against another (2024年末比2020年末: 末 then a base, no range) is no span
    text = "某市金融业发展回顾\n\n2024年末比2020年末，全市各项贷款余额增长58.6%。"
    assert periods(text, "some-report", ("58.6%",)) == ["2024"]
