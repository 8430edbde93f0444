"""Periods of statistical bulletins and project news: shapes of session 17 (issue 13, helper period17b), each with
an example that must change and one that must not (our own sentences and numbers)."""
from __future__ import annotations

from test_period_session16 import periods

_HEAD = "某县2024年国民经济和社会发展统计公报\n"


def test_a_year_end_stock_with_no_year_before_it_is_as_of_the_years_end() -> None:
    # 年末/年底 opening the sentence or the clause of a stock: as of the year's end, as 2024年末 is
    text = _HEAD + ("年末全县户籍人口61.7万人，其中城镇人口28.4万人。全县年末金融机构各项贷款余额432.5亿元。年底共有幼儿园47所。"
                    "全年出生人口2900人，年末常住人口58.1万人。")
    assert periods(text, "some-bulletin", ("61.7万人", "28.4万人", "432.5亿元", "47所", "58.1万人")) == \
        ["../2024-12"] * 5


def test_the_flows_and_changes_beside_a_year_end_stock_keep_the_year() -> None:
    # unchanged: a change against the year before's end, a flow of the whole year, a plan for the year's end
    text = _HEAD + ("年末全县户籍人口61.7万人，比上年末减少0.3万人。年末贷款余额432.5亿元，增长6.4%。"
                    "全年出生人口2900人，年末常住人口58.1万人，全年新增就业4100人。年底将建成5G基站300座。")
    assert periods(text, "some-bulletin", ("0.3万人", "6.4%", "2900人", "4100人", "300座")) == ["2024"] * 5
    # unchanged: a year's end of the year before (比上年末, 去年年底) or with its own year (2023年底的…)
    text = _HEAD + "全县储蓄存款由2023年底的210亿元增加到246亿元。"
    assert periods(text, "some-bulletin", ("210亿元",)) == ["../2023-12"]


def test_a_projection_under_a_news_items_day_has_no_period() -> None:
    # 项目建成后，预计可新增…: when it comes true the text does not say; the signing's figures keep the day
    text = ("某区重大项目集中签约\n本报讯 2024年11月26日，某区举行重大项目集中签约仪式，共签约项目12个，总投资86亿元。"
            "项目全部投产后，预计可新增年产值41亿元，带动就业2600人。")
    assert periods(text, "some-news", ("12个", "86亿元", "41亿元", "2600人")) == \
        ["2024-11-26", "2024-11-26", None, None]


def test_a_plan_with_a_time_of_its_own_or_under_a_year_keeps_it() -> None:
    # unchanged: a projection whose time is written (预计全年…, 本月内…预计将) keeps it
    text = "某市工业运行平稳\n本报讯 2024年11月26日，某市发布数据，预计全年规模以上工业增加值增长6%。"
    assert periods(text, "some-news", ("6%",)) == ["2024"]
    # unchanged: a report's target for the year it plans (a plain year) stays that year
    text = "某省政府工作报告\n2025年的目标：全省经济总量增长5.5%上下。力争新增规模以上工业企业600家。"
    assert periods(text, "gwr2026-anhui", ("600家",)) == ["2025"]


def test_a_target_in_a_news_item_reporting_its_year_has_no_period() -> None:
    # 本报讯…；下一步力争…: the year the item reports is not when the target is met (README: plans keep a year written)
    text = "某县项目建设提速\n本报讯 今年以来，某县实施重点项目41个。下一步，该县将力争项目竣工率达到75%以上。"
    assert periods(text, "some-news", ("75%",)) == [None]
    # unchanged: what came after a plant went into production, told as done (投产后…节约…), is no projection
    text = "某厂技改见效\n本报讯 2024年，某厂新生产线顺利投产，投产后生产线运行平稳，节约维修费300多万元。"
    assert periods(text, "some-news", ("300多万元",)) == ["2024"]


def test_this_year_so_far_in_an_item_dated_late_in_the_year_is_its_months() -> None:
    # 今年以来 under an item dated 11月24日: January to November, as 1-10月 is its months
    text = "某区招商引资再提速\n本报讯 2024年11月24日，某区举行项目推介会。今年以来，该区累计引进项目37个，到位资金64亿元。"
    assert periods(text, "some-news", ("37个", "64亿元")) == ["2024-01/2024-11"] * 2
    # unchanged: in the first month of the year, on a page whose id names its day, the year stays
    text = "本报郑州１月１３日电今年以来，某县已在１８家企业中开展考核。"
    assert periods(text, "19980114-10-901", ("１８家",)) == ["1998"]


def test_a_target_after_a_time_word_of_its_sentence_keeps_that_time() -> None:
    # unchanged: 年底前，力争…: the target has a time (the year's end), so it keeps the year, not null
    text = "某县项目建设提速\n本报讯 2024年，某县实施重点项目41个。年底前，力争项目竣工率达到75%以上。"
    assert periods(text, "some-news", ("75%",)) == ["2024"]


def test_a_year_end_stock_goes_on_to_the_next_sentences_that_break_it_down() -> None:
    # 年末…户籍人口…。城镇人口…，乡村人口…: the parts of the stock, as of the same year's end (the audit sums them)
    text = _HEAD + "年末全县户籍人口61.7万人，比上年末减少0.3万人。城镇人口33.2万人，乡村人口28.5万人。城镇化率53.8%。"
    assert periods(text, "some-bulletin", ("33.2万人", "28.5万人", "53.8%", "0.3万人")) == \
        ["../2024-12", "../2024-12", "../2024-12", "2024"]
    # unchanged: a flow of the year said after it (全年出生人口…) is the year's, and so is what follows it
    text = _HEAD + "年末全县户籍人口61.7万人。全年出生人口2900人。死亡人口3100人。"
    assert periods(text, "some-bulletin", ("2900人", "3100人")) == ["2024", "2024"]
    # unchanged: a figure that describes a noun (作为一个…万人口的县) states no stock
    text = _HEAD + "年末全县户籍人口61.7万人。作为一个60多万人口的农业大县，某县粮食连年丰收。"
    assert periods(text, "some-bulletin", ("60多万人口",)) == ["2024"]


def test_an_annual_average_beside_a_year_end_stock_keeps_the_year() -> None:
    # session 18: 年平均 is the year's, in the stock's sentence or the next one (README: annual averages keep the year)
    text = _HEAD + "年末全县常住人口58.1万人，比上年末减少0.2万人；年平均常住人口58.2万人。按年平均常住人口58.25万人计算，人均生产总值52310元。"
    assert periods(text, "some-bulletin", ("58.1万人", "58.2万人", "58.25万人")) == ["../2024-12", "2024", "2024"]


def test_a_base_at_the_year_before_s_end_is_as_of_that_end() -> None:
    # session 18: 比上年末的…, like 由上年的…, is the base's own number as of the year before's end
    text = _HEAD + "年末全县常住人口58.1万人，比上年末的58.3万人减少0.2万人。"
    assert periods(text, "some-bulletin", ("58.1万人", "58.3万人", "0.2万人")) == ["../2024-12", "../2023-12", "2024"]
