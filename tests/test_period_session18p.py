"""Periods of a release on part of a year and of a fund notice (session 18, issue 13, helper held18p): each shape
with an example that must change and one that must not (our own sentences, places and numbers)."""
from __future__ import annotations

from test_period_session16 import periods

_RELEASE = "统计数据 > 分析\n2025年上半年某州市经济运行简况\n来源:某州市统计局\n\n"


def test_a_part_of_a_year_a_release_title_names_is_the_span_of_its_untimed_figures() -> None:
    # 上半年 in the title: figures after a passing quarter (二季度…) go back to the half year, not to the bare year
    text = _RELEASE + ("上半年,全市生产总值1288.40亿元,同比增长4.9%。分季度看,一季度611.20亿元,增长4.5%;"
                       "二季度677.20亿元,增长5.3%。分产业看,第一产业增加值98.31亿元,增长3.6%。"
                       "农业生产平稳。全市粮食播种面积稳定,规模以上工业增加值增长7.2%。")
    assert periods(text, "some-release", ("1288.40亿元", "611.20亿元", "677.20亿元", "98.31亿元", "7.2%")) == \
        ["2025-01/2025-06", "2025-01/2025-03", "2025-04/2025-06", "2025-01/2025-06", "2025-01/2025-06"]


def test_a_part_of_a_year_opening_a_body_with_no_such_title_is_its_sentences_only() -> None:
    # unchanged: a story (its title names no part of a year) whose body names 一季度: the next sentences keep the year
    text = ("某县经济稳步回升\n\n2025年一季度,某县生产总值增长5.1%。分产业看,第一产业增加值12.40亿元,增长3.2%。"
            "全县固定资产投资增长6.8%。")
    assert periods(text, "some-news", ("5.1%", "12.40亿元", "6.8%")) == ["2025-01/2025-03", "2025", "2025"]
    # unchanged: a news headline's part of a year with its own figure is the headline's: the story keeps the year
    text = ("某县一食品企业2025年前三季度产值增长9.6%\n\n本报讯 今年以来,某县一食品企业扩大生产。企业现有员工312名,"
            "年人均收入4.1万元。")
    assert periods(text, "some-news", ("312名", "4.1万元")) == ["2025", "2025"]
    # unchanged: a title naming a whole year (a bulletin) keeps the year for its figures
    text = ("某县2025年国民经济和社会发展统计公报\n\n全年全县生产总值186.30亿元,比上年增长5.4%。"
            "一季度增长4.8%。第一产业增加值31.25亿元。")
    assert periods(text, "some-bulletin", ("186.30亿元", "31.25亿元")) == ["2025", "2025"]


_NOTICE = "某县财政局关于下达2025年第一批农田水利建设资金1 860万元的通知\n\n各乡（镇）人民政府：\n\n"


def test_a_year_among_the_grounds_an_amount_is_shared_by_is_no_period() -> None:
    # 按…上年度考核结果等因素测算: the data a share is reckoned from; the allocations keep the batch's year
    text = _NOTICE + ("现将2025年第一批农田水利建设资金1 860万元下达给你们。各乡（镇）分配额按耕地面积、"
                      "灌区人口和上年度考核结果等因素测算，分配情况如下：\n\n城关镇 420万元\n河口乡 365万元\n\n"
                      "本批资金带动受益农户3 210户。")
    assert periods(text, "some-notice", ("420万元", "365万元", "3 210户")) == ["2025", "2025", "2025"]
    text = _NOTICE + ("现将2025年第一批农田水利建设资金1 860万元下达给你们。根据2024年度绩效评价结果分配，"
                      "城关镇420万元，河口乡365万元。")
    assert periods(text, "some-notice", ("420万元",)) == ["2025"]


def test_a_year_of_a_ground_not_closed_by_a_sharing_word_stays_a_period() -> None:
    # unchanged: 根据2024年统计数据 with no sharing word after it in its clause: the figures are of that year
    text = _NOTICE + "根据2024年统计数据，全县有效灌溉面积达到38.6万亩，受益农户3 210户。"
    assert periods(text, "some-notice", ("3 210户",)) == ["2024"]
    # unchanged: a base year of a comparison in a notice keeps its own number's year
    text = _NOTICE + "全县灌溉水利用系数比上年提高2.1个百分点，受益农户比上年的2 980户增加230户。"
    assert periods(text, "some-notice", ("2 980户", "230户")) == ["2024", "2025"]


def test_a_stock_as_of_a_months_end_opening_its_sentence_in_a_release_is_as_of_that_month() -> None:
    # 6月末，…余额…: as of the month's end, as 年末 is as of the year's; the stock's change keeps its period
    text = _RELEASE + ("上半年,全市生产总值1288.40亿元。6月末,全市金融机构各项存款余额3362.70亿元,同比增长5.6%;"
                       "全市规模以上工业企业874家,亏损面为12.3%。")
    assert periods(text, "some-release", ("3362.70亿元", "874家", "12.3%", "5.6%")) == \
        ["../2025-06", "../2025-06", "../2025-06", "2025-01/2025-06"]
    # (where no span of the year's first months to that month stood before it, a rate of the stock is as of the
    # month, the stock against the same month's end a year before: session 21, own-blind20 bank-credit's gold)
    text = "某州市2025年金融运行简况\n\n6月末,全市金融机构各项存款余额3362.70亿元,同比增长5.6%。"
    assert periods(text, "some-release", ("3362.70亿元", "5.6%")) == ["../2025-06", "../2025-06"]


def test_a_months_end_in_a_news_story_or_after_an_as_of_word_is_left_as_read() -> None:
    # unchanged: a dated news page's month's end opening a sentence is a scene (an event), its month
    text = "本报某市１月９日电去年１１月底，某区举行换届选举，３００多名居民参加投票。"
    assert periods(text, "19980110-03-001", ("３００多名",)) == ["1997-11"]
    # unchanged: 截至9月末 is read as of the month already; a month named without 末 stays the month
    text = _RELEASE + "截至6月末,全市民用汽车保有量96.40万辆。6月份,全市规模以上工业增加值增长7.1%。"
    assert periods(text, "some-release", ("96.40万辆", "7.1%")) == ["../2025-06", "2025-06"]


def test_a_change_of_pace_after_a_base_is_the_compared_figures() -> None:
    # 增速比一季度加快0.6个百分点, 支出规模比上年扩大3500亿元: the compared figure's period, not the base's
    text = _RELEASE + "上半年,全市生产总值增长5.2%,增速比一季度加快0.6个百分点。固定资产投资降幅比一季度收窄1.4个百分点。"
    assert periods(text, "some-release", ("0.6个百分点", "1.4个百分点")) == ["2025-01/2025-06"] * 2
    text = "某省政府工作报告\n2025年，全省一般公共预算支出规模比上年扩大3500亿元。"
    assert periods(text, "some-report", ("3500亿元",)) == ["2025"]
    # unchanged: the base's own number after 比 (比上年的286亿元) is still the year before's
    text = "某省政府工作报告\n2025年，全省一般公共预算支出比上年的286亿元扩大了一成。"
    assert periods(text, "some-report", ("286亿元",)) == ["2024"]


def test_the_years_plan_named_under_a_part_of_a_year_is_the_years() -> None:
    # 完成年度预算(…)的…, 年度目标任务为…: the plan is the year's; what was done against it keeps the span
    text = _RELEASE + ("上半年,全市一般公共预算收入86.12亿元,完成年度预算(171.50亿元)的50.2%。"
                       "全市城镇新增就业2.31万人,年度目标任务为4.20万人。")
    assert periods(text, "some-release", ("86.12亿元", "171.50亿元", "50.2%", "2.31万人", "4.20万人")) == \
        ["2025-01/2025-06", "2025", "2025-01/2025-06", "2025-01/2025-06", "2025"]


def test_a_quarters_end_stock_and_its_base_a_year_before_are_as_of_their_months_ends() -> None:
    # …同比增长2.4%;二季度末生猪存栏…比上年同期末的…: as of June's end, the base as of the June before; the change
    # keeps the half year under review
    text = _RELEASE + ("上半年,全市生猪出栏96.3万头,同比增长2.4%;二季度末生猪存栏87.10万头,"
                       "比上年同期末的84.60万头增长3.0%。")
    assert periods(text, "some-release", ("96.3万头", "87.10万头", "84.60万头", "3.0%")) == \
        ["2025-01/2025-06", "../2025-06", "../2024-06", "2025-01/2025-06"]
    # unchanged: a quarter's flow (二季度…增长) is the quarter's, not as of its end
    text = _RELEASE + "上半年,全市生产总值1288.40亿元。二季度全市生产总值677.20亿元,增长5.3%。"
    assert periods(text, "some-release", ("677.20亿元",)) == ["2025-04/2025-06"]


def test_a_day_as_a_deadline_dates_its_sentences_figure_as_of_that_day() -> None:
    # 2025年12月31日前…达到85%以上: as of that day, as a month's end before 前 is
    text = _NOTICE + "各乡（镇）要在收到资金后20日内分解资金，2025年12月31日前项目开工率达到85%以上。"
    assert periods(text, "some-notice", ("85%",)) == ["../2025-12-31"]
    # unchanged: a day with 前后 (around it) is the day
    text = _NOTICE + "2025年10月1日前后，全县集中开工项目16个。"
    assert periods(text, "some-notice", ("16个",)) == ["2025-10-01"]


def test_a_day_before_which_a_condition_holds_is_no_deadline() -> None:
    # unchanged: 2024年6月30日前参加工作的…: a condition of who is paid, not a deadline met: the day
    text = _NOTICE + "凡2024年6月30日前参加工作满两年的，一次发给补助的40%。"
    assert periods(text, "some-notice", ("40%",)) == ["2024-06-30"]


def test_a_month_end_stock_goes_on_to_a_later_sentence_of_its_paragraph_that_states_no_time() -> None:
    # 6月末，…存款余额…。各项贷款余额…: the loans as of the same month's end; their change keeps its period
    text = _RELEASE + "存贷款平稳增长。6月末,全市存款余额3362.70亿元,同比增长5.6%。各项贷款余额2975.40亿元,同比增长6.1%。"
    assert periods(text, "some-release", ("2975.40亿元", "6.1%")) == ["../2025-06", "../2025-06"]
    # unchanged: a later sentence with a time of its own (6月份…) keeps it
    text = _RELEASE + "存贷款平稳增长。6月末,全市存款余额3362.70亿元。6月份新增贷款41.20亿元。"
    assert periods(text, "some-release", ("41.20亿元",)) == ["2025-06"]


def test_a_deadline_is_its_own_sentences_and_is_not_carried_on() -> None:
    # 2026年3月31日前…达到100%, then a rule of payment: the deadline is not the period of the next sentence
    text = _NOTICE + ("现将2025年第一批农田水利建设资金1 860万元下达给你们。2026年3月31日前支出进度达到100%。"
                      "项目完工后拨付资金的60%。")
    assert periods(text, "some-notice", ("100%", "60%")) == ["../2026-03-31", "2025"]


def test_the_share_of_the_years_plan_done_keeps_the_span() -> None:
    # unchanged: 完成年度预算的…% right after the plan's name is the share done in the months under review
    text = _RELEASE + "上半年,全市一般公共预算收入86.12亿元,完成年度预算的50.2%。"
    assert periods(text, "some-release", ("50.2%",)) == ["2025-01/2025-06"]
