"""Periods on pages of genres met in session 19, second round (issue 13, helper period19c): a notice dated by its own
line (公告发布日期). Each shape with an example that must change and one that must not (our own sentences, places and
numbers)."""
from __future__ import annotations

from extractor.period_notice_date import goes_on, notice_dates
from test_period_session16 import periods

# --- a notice dated by its own line: the month it was published ------------------------------------------------

_NOTICE = ("某县公共资源交易中心\n某县学校食堂设备采购项目\n中标结果公告\n项目编号:ABC-2026-0311\n"
           "一、项目基本情况\n预算金额:412.00万元\n采购人:某县教育局\n公告发布日期:2026年4月8日\n"
           "二、中标信息\n中标金额:386.50万元,节约资金25.50万元。\n"
           "三、评审情况\n本项目共有7家供应商递交投标文件。\n"
           "— 1 —\n某县卫生院设备采购项目\n成交结果公告\n成交金额:96.00万元,采购设备6台。\n"
           "某县2026年第一季度公共资源交易情况\n2026年第一季度,全县完成交易项目58个。\n")


def test_a_notices_figures_take_the_month_its_own_line_dates_it() -> None:
    # the figures before the date in its block, the award's next paragraphs, the next notice that states no time
    assert periods(_NOTICE, "own-notice", ("412.00万元", "386.50万元", "7家", "96.00万元", "6台")) == \
        ["2026-04"] * 5
    # unchanged: a time a later sentence states is its own, and the notices' month stops there
    assert periods(_NOTICE, "own-notice", ("58个",)) == ["2026-01/2026-03"]


def test_a_web_pages_release_line_is_no_notices_date() -> None:
    # unchanged: 发布时间 is a site's furniture above a bulletin, which reviews what its title names
    text = ("某县2025年国民经济和社会发展统计公报\n发布时间:2026-03-20 09:30\n"
            "全县共有各级各类学校312所。\n二、农业\n全年粮食产量16.2万吨。\n")
    assert notice_dates(text) == {}
    # unchanged: a day said in a notice's sentence, not on its label, is that sentence's (the day bids were opened)
    text = "某项目中标结果公告\n2026年3月12日,某项目开标,共有5家供应商投标。\n公告日期:2026年4月8日\n"
    assert periods(text, "own-notice", ("5家",)) == ["2026-03-12"]


def test_notice_dates_read_written_and_dashed_days_after_a_label() -> None:
    text = "公告日期：2026-09-26。公示日期 2025年12月3日。发布时间:2026-10-01"
    assert sorted(notice_dates(text).values()) == ["2025-12", "2026-09"]
    # unchanged: a day without a notice's label, or a month out of range
    assert notice_dates("2026年9月26日,某中心发布公告。公告日期:2026年13月2日") == {}


def test_a_notices_month_goes_on_only_over_its_year_or_nothing() -> None:
    assert goes_on("2026-09", None) and goes_on("2026-09", "2026")
    # unchanged: a paragraph carrying a time of its own (a quarter, another year) keeps it
    assert not goes_on("2026-09", "2026-07/2026-09") and not goes_on("2026-09", "2025") and not goes_on(None, None)


# --- a school year's bulletin: 全年 turns one section to the year's flows ---------------------------------------

_SCHOOL = ("某县2025/2026学年教育事业发展统计公报\n"
           "2025/2026学年,全县教育事业稳步发展。\n一、学校和学生\n全县共有各级各类学校312所。\n"
           "二、学生资助\n全年共资助家庭经济困难学生2.86万人次,发放资助资金4268万元。\n"
           "三、乡镇教育\n5个中心镇在校学生合计28460人,乡镇寄宿制学校41所。\n")


def test_a_whole_years_section_gives_its_year_back_to_the_school_year_at_the_next_section() -> None:
    # the year's flows in their section; the next section of the first rank: the school year again
    assert periods(_SCHOOL, "own-school", ("2.86万人次", "4268万元", "28460人", "41所")) == \
        ["2025", "2025", "2025/2026", "2025/2026"]
    # unchanged: a year's report turns to nothing (全年 is its year), and the next section keeps that year
    report = _SCHOOL.replace("2025/2026学年", "2025年")
    # (在校学生, a stock in a bulletin of the year's results: as of that year's end, extractor/period_bulletin_stock.py)
    assert periods(report, "own-school", ("2.86万人次", "41所", "28460人")) == ["2025", "2025", "../2025-12"]


def test_whole_year_aside_only_under_a_span_other_than_a_look_back() -> None:
    from extractor.period_look_back import whole_year_aside
    assert whole_year_aside("全年", "2025", "2025/2026") and whole_year_aside("全年", "2026", "2026-07/2026-09")
    # unchanged: the year itself, a look back's five years, a year said by its number
    assert not whole_year_aside("全年", "2025", "2025") and not whole_year_aside("全年", "2025", "2021/2025")
    assert not whole_year_aside("2025年", "2025", "2025/2026")


# --- a day a yearly text's level takes effect from (7月1日起) ----------------------------------------------------

_WAGE = ("2025年某市人力资源和社会保障事业发展统计公报\n五、工资收入\n"
         "7月1日起,全市月最低工资标准由2100元调整为2200元,提高100元。年末全市社会保障卡持卡人数86.4万人。\n")


def test_a_level_from_a_day_holds_from_its_month_and_the_one_it_replaced_before() -> None:
    assert periods(_WAGE, "own-wage", ("2100元", "2200元", "100元")) == \
        ["2025-01/2025-06", "2025-07/2025-12", "2025-07/2025-12"]
    # the next sentence goes on with the year reported on (年末: as of its end), not the day
    assert periods(_WAGE, "own-wage", ("86.4万人",)) == ["../2025-12"]


def test_a_day_without_from_or_on_a_news_page_is_read_as_before() -> None:
    # unchanged: a day an event was held (no 起) is that day
    held = _WAGE.replace("7月1日起,全市月最低工资标准由2100元调整为2200元,提高100元。",
                         "7月1日,全市举办招聘会,提供岗位2200个。")
    assert periods(held, "own-wage", ("2200个",)) == ["2025-07-01"]
    from extractor.period_from_day import months_from_day
    text = "7月1日起,标准由2100元调整为2200元。"
    assert months_from_day(text, 0, text.index("2200元"), text.index("2200元") + 5, "2025-07-01") == "2025-07/2025-12"
    # unchanged: a period that is not the day opening the sentence (a later sentence's, another month's)
    assert months_from_day(text, 0, 13, 18, "2025") == "2025"
    assert months_from_day(text, 0, 13, 18, "2025-08-01") == "2025-08-01"


# --- a year so far counted to the as-of month its paragraph stated ---------------------------------------------

_SO_FAR = ("某市就业形势总体稳定\n　　本报讯(记者 某某)近日,记者从某市人社局获悉,截至10月底,某市今年累计新增城镇就业"
           "3.26万人,完成全年目标任务3万人的108.7%。今年以来,全市累计发放创业担保贷款4.12亿元。\n")


def test_a_year_so_far_runs_to_the_as_of_month_its_paragraph_stated() -> None:
    assert periods(_SO_FAR, "20251113-so-far", ("3.26万人", "108.7%", "4.12亿元")) == \
        ["2025-01/2025-10"] * 3
    # unchanged: the whole year's target said after the cumulative is the year's
    assert periods(_SO_FAR, "20251113-so-far", ("3万人",)) == ["2025"]


def test_a_year_so_far_without_an_as_of_month_is_read_as_before() -> None:
    # unchanged: no as-of month in the paragraph: 今年以来 runs to the month of the news (the page's day)
    text = _SO_FAR.replace("截至10月底,", "")
    assert periods(text, "20251113-so-far", ("4.12亿元",)) == ["2025-01/2025-11"]
    from extractor.period_so_far import completed
    rate = "完成全年目标任务3万人的108.7%"
    assert completed(rate, rate.index("全年"), rate.index("108.7%"))
    assert not completed(rate, rate.index("全年"), rate.index("3万人"))


# --- a yearly text's balance sheet and balances: stocks as of the year's end -----------------------------------

_AUDIT = ("关于某县2025年度县级预算执行和其他财政收支的审计工作报告\n"
          "——2026年6月24日在某县第十八届人民代表大会常务委员会第三十一次会议上\n"
          "    审计结果表明，2025年县级一般公共预算收入28.46亿元。\n"
          "    （四）国有资产管理。审计县属国有企业3家，资产总额86.4亿元、负债总额51.2亿元，资产负债率59.3%。"
          "全年资产总额增长8.2%。\n"
          "    （五）社会保险基金。全年三项基金总收入42.6亿元。年末三项基金累计结余37.5亿元。\n")


def test_a_balance_sheets_figures_and_a_balance_are_as_of_the_years_end() -> None:
    assert periods(_AUDIT, "own-audit", ("86.4亿元", "51.2亿元", "59.3%", "37.5亿元")) == ["../2025-12"] * 4
    # unchanged: the count audited, the change of a stock and the year's flow keep the year
    assert periods(_AUDIT, "own-audit", ("3家", "8.2%", "42.6亿元")) == ["2025"] * 3


def test_a_balance_sheet_word_only_right_before_its_figure() -> None:
    from extractor.period_year_end import balance_sheet_stock
    text = "资产总额为86.4亿元"
    assert balance_sheet_stock(text, 0, text.index("86.4"), "2025") == "../2025-12"
    # unchanged: a change of it, a time of its own, a figure far from the word
    text = "资产总额增长8.2%"
    assert balance_sheet_stock(text, 0, text.index("8.2"), "2025") == "2025"
    assert balance_sheet_stock("资产总额86.4亿元", 0, 4, "2025-06") == "2025-06"


# --- a base set in brackets with its own figure -------------------------------------------------------------

def test_a_bracketed_bases_month_is_the_brackets_only() -> None:
    text = ("某市2026年10月份居民消费价格变动情况\n"
            "    10月份,全市居民消费价格同比上涨0.6%,涨幅比上月(9月份上涨0.4%)扩大0.2个百分点;环比下降0.1%。\n")
    assert periods(text, "own-cpi", ("0.4%", "0.2个百分点", "0.1%")) == ["2026-09", "2026-10", "2026-10"]


def test_a_bracket_glossing_a_time_with_no_figure_is_no_base() -> None:
    from extractor.period_base_clause import bracketed_base
    text = "涨幅比上月(9月份上涨0.4%)扩大0.2个百分点"
    assert bracketed_base(text, text.index("9月份"), text.index("9月份") + 3, text.index("0.2个"))
    # unchanged: a gloss of the span (no figure inside), a fact inside the bracket itself
    text = "“十四五”时期(2021-2025年),全市累计新增就业198.7万人"
    assert not bracketed_base(text, text.index("2021"), text.index("年)") + 1, text.index("198.7"))
    text = "(9月份上涨0.4%)"
    assert not bracketed_base(text, 1, 4, text.index("0.4"))
