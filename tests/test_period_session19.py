"""Periods on pages of genres met in session 19 (issue 13, helper period19): a gazette's running head with its
issue, school years, a yearly bulletin's look back over five years, the day of the event a news item reports.
Each shape with an example that must change and one that must not (our own sentences, places and numbers)."""
from __future__ import annotations

from pathlib import Path

from extractor.normalize import normalize
from extractor.page_folios import head_title
from extractor.period_breakdown import part_of_stood
from extractor.period_event_day import opens_background
from extractor.period_school_year import school_year_periods
from test_period_session16 import periods

# --- a gazette's running head: its issue (2026年第4期) is no year the report states -------------------------

_GAZETTE_HEAD = "某县人民代表大会常务委员会公报                    2026年第4期"
_AUDIT = ("关于某县2025年度县级预算执行和其他财政收支的审计工作报告\n"
          "——2026年6月24日在某县第十八届人民代表大会常务委员会第三十一次会议上\n\n"
          "    审计结果表明，2025年县级一般公共预算收入28.46亿元，比上年增长5.2%。\n\n"
          "— 2 —\n\n" + _GAZETTE_HEAD + "\n"
          "    二、部门预算执行审计情况\n    重点审计了4个部门，抽查所属单位21家，涉及预算资金13.62亿元。\n\n"
          "— 3 —\n\n" + _GAZETTE_HEAD + "\n"
          "    三、重点专项资金审计情况\n    审计抽查了4个乡镇，涉及资金1.36亿元、项目84个。\n")


def test_a_gazettes_running_head_with_its_issue_leaves_the_text() -> None:
    text = normalize(_AUDIT).text
    assert "2026年第4期" not in text and "—2—" not in text
    # the report's 2025 goes on: the head's 2026 was read as a year the report states
    assert periods(_AUDIT, "own-gazette", ("13.62亿元", "1.36亿元", "84个")) == ["2025", "2025", "2025"]


def test_an_issue_mark_is_taken_off_a_head_only_at_its_ends() -> None:
    assert head_title("某县人民代表大会常务委员会公报2026年第4期") == "某县人民代表大会常务委员会公报"
    assert head_title("第12期某市政府公报") == "某市政府公报"
    # unchanged: an issue inside a line is part of its words (not a head: it holds a figure)
    assert head_title("某公报第4期内容摘要") == "某公报第4期内容摘要"
    # unchanged: a head said once under one page number is kept (a repeat is what tells a running head)
    once = _AUDIT.split("— 3 —")[0]
    assert "2026年第4期" in normalize(once).text


# --- school years -----------------------------------------------------------------------------------------

_SCHOOL = ("某县2025/2026学年教育事业发展统计公报\n发布时间:2026-03-20 09:30\n"
           "2025/2026学年,全县教育事业稳步发展。\n一、学校和学生总体情况\n"
           "全县共有各级各类学校312所,在校学生118460人,比上学年的121035人减少2575人,下降2.1%。\n"
           "二、办学条件\n本学年新建学校14所,新增学位6300个。\n")


def test_a_school_year_is_the_span_of_its_two_years() -> None:
    assert periods(_SCHOOL, "own-school", ("312所", "118460人", "2575人", "2.1%", "14所")) == \
        ["2025/2026", "2025/2026", "2025/2026", "2025/2026", "2025/2026"]
    # 比上学年的121035人: the base is the school year before
    assert periods(_SCHOOL, "own-school", ("121035人",)) == ["2024/2025"]
    assert [p for _, _, p in school_year_periods("2025-2026学年度招生", 0, 12)] == ["2025/2026"]


def test_no_school_year_without_two_consecutive_years_or_one_stated() -> None:
    # unchanged: years that are not one school year (2021-2025) are no school year
    assert school_year_periods("2021-2025学年累计", 0, 10) == []
    # unchanged: 上学年 on a page that states no school year before it: no period of its own
    assert school_year_periods("在校学生比上学年减少2575人", 0, 14) == []


# --- a yearly bulletin's look back over five years --------------------------------------------------------

_WEB_HEAD = ("首页 > 政务公开 > 统计信息 > 统计公报\n2025年某市人力资源和社会保障事业发展统计公报\n"
             "发布时间:2026-05-22 10:30 来源:某市人力资源和社会保障局 【字号 大 中 小】 【打印】 【关闭】\n"
             "2025年,全市人力资源和社会保障系统坚持稳中求进工作总基调,就业局势总体稳定,社会保障体系持续完善,"
             "人才队伍建设和劳动关系协调取得新进展。\n")
_BULLETIN = (_WEB_HEAD + "一、就业和再就业\n"
             "全年城镇新增就业41.6万人,完成年度目标40万人的104.0%。城镇失业人员再就业13.8万人,就业困难人员实现就业3.52万人。\n"
             "\"十四五\"时期(2021-2025年),全市累计城镇新增就业198.7万人,年均39.7万人。\n二、社会保险\n"
             "年末全市基本养老保险参保人数1286.5万人,比上年末增加15.6万人,增长1.7%。\n"
             "城乡居民基本养老保险领取待遇人数112.6万人,全年基金支出61.2亿元,月人均待遇453元。\n")


def test_a_bulletins_five_years_are_their_sections_only() -> None:
    assert periods(_BULLETIN, "own-hrss", ("198.7万人", "39.7万人", "1286.5万人", "61.2亿元")) == \
        ["2021/2025", "2021/2025", "../2025-12", "2025"]


def test_a_reports_five_year_review_goes_on_under_its_sub_headings() -> None:
    # unchanged: a section that opens on the five years keeps them under its （二） headings
    text = ("2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n各位代表：\n"
            "一、“十四五”时期工作回顾\n2025年,全省生产总值增长5.1%。过去五年,全省生产总值年均增长5.5%。\n"
            "（二）坚持创新驱动。五年累计新增高新技术企业3200家,研发投入年均增长9.1%。\n")
    assert periods(text, "own-report", ("3200家", "9.1%")) == ["2021/2025", "2021/2025"]


# --- the day of the event a news item reports -------------------------------------------------------------

_SIGNING = ("首页 > 新闻中心 > 要闻\n2026年某市招商引资重大项目集中签约活动举行 签约项目62个总投资486.3亿元\n\n"
            "发布时间:2026-11-19 09:46 来源:某市投资促进局 【字号 大 中 小】 打印 关闭\n\n"
            "11月18日上午,2026年某市招商引资重大项目集中签约活动在某开发区举行。活动采取\"主会场+分会场\"方式,"
            "共签约项目62个,总投资486.3亿元,平均每个项目投资7.84亿元。\n\n"
            "从产业分布看,制造业项目38个,投资312.6亿元,占总投资的64.3%;现代服务业项目15个,投资108.4亿元。\n\n"
            "2021年以来,全市累计签约亿元以上项目1386个,累计到位资金5824亿元。\n责任编辑:某某\n相关新闻\n"
            "1-10月全市招商引资到位资金1268.4亿元\n发布时间:2026-11-20 16:05 来源:某市商务局\n"
            "记者从市商务局获悉,1-10月,全市招商引资实际到位资金1268.4亿元,比上年同期的1168亿元增长8.6%。\n")


def test_the_day_of_an_event_goes_on_into_its_items_next_paragraphs() -> None:
    assert periods(_SIGNING, "own-signing", ("7.84亿元", "38个", "312.6亿元", "64.3%")) == \
        ["2026-11-18", "2026-11-18", "2026-11-18", "2026-11-18"]
    # a time of its own ends it
    assert periods(_SIGNING, "own-signing", ("1386个",)) == ["2021/.."]


def test_a_day_without_an_event_is_its_own_paragraphs() -> None:
    # unchanged: 7月1日起 a standard changes (no event held): the next paragraph keeps the year
    text = (_WEB_HEAD + "五、工资收入和劳动关系\n7月1日起,全市月最低工资标准由2320元调整为2420元,提高100元,增幅4.3%。\n"
            "全年各级劳动人事争议调解仲裁机构共处理争议案件4.62万件,比上年增长3.8%,其中调解组织受理2.38万件。\n")
    assert periods(text, "own-wage", ("4.62万件",)) == ["2025"]


def test_a_paragraph_of_what_someone_told_is_the_events_background() -> None:
    # unchanged: 据介绍，… after the event's paragraph tells what stands (the month of the dispatch), not that day's
    # (an own page of session 18: 10月16日，…合作社召开年度分红大会… / 据介绍，合作社覆盖的3个村…)
    text = (Path(__file__).resolve().parent.parent / "bench" / "gold" / "own-blind18" / "village-news.txt").read_text(
        encoding="utf-8")
    assert periods(text, "village-news", ("186.3万元", "328户", "37户")) == ["2025-10-16", "2025-10", "2025-10"]
    assert opens_background("据介绍，合作社覆盖的3个村", 0) and not opens_background("从产业分布看，制造业项目38个", 0)


# --- a breakdown of the months under review, and the year's target under them -----------------------------

def test_a_breakdown_by_parts_of_the_months_that_stood_leaves_them_standing() -> None:
    assert part_of_stood("其中，前三季度到位1131.9亿元", 0, "2026-01/2026-09", "2026-01/2026-10")
    # unchanged: no 其中 (a quarter named in passing is its sentence's), a part outside the months, the months themselves
    assert not part_of_stood("前三季度到位1131.9亿元", 0, "2026-01/2026-09", "2026-01/2026-10")
    assert not part_of_stood("其中，11月到位98亿元", 0, "2026-11/2026-11", "2026-01/2026-10")
    assert not part_of_stood("其中，1-10月到位", 0, "2026-01/2026-10", "2026-01/2026-10")
    text = ("2026年1-10月,全市招商引资实际到位资金1268.4亿元,比上年同期的1168亿元增长8.6%。其中,前三季度到位1131.9亿元,"
            "10月当月到位136.5亿元,环比增长4.3%。省外资金986.2亿元,占到位资金的77.8%。")
    assert periods(text, "own-breakdown", ("1131.9亿元", "986.2亿元", "77.8%")) == \
        ["2026-01/2026-09", "2026-01/2026-10", "2026-01/2026-10"]


def test_the_years_target_named_under_a_part_of_a_year_is_no_time_of_the_share_done() -> None:
    text = "2026年1-10月,全市招商引资实际到位资金1268.4亿元,增长8.6%,完成全年目标的84.6%。"
    assert periods(text, "own-target", ("84.6%",)) == ["2026-01/2026-10"]
    # unchanged: what the year plans (全年计划实施…) is the year's
    text = "2026年1-10月,全市下达农村公路建设资金14.2亿元。全年计划实施农村公路项目236个,目前已完工214个。"
    assert periods(text, "own-target", ("236个",)) == ["2026"]


# --- quarters run or listed against as many figures ---------------------------------------------------------

def test_quarters_run_against_as_many_figures_are_each_figures_own() -> None:
    text = "2025年，全镇完成投资2.74亿元。分季度看，一至四季度分别完成投资0.52亿元、0.71亿元、0.83亿元和0.68亿元。"
    assert periods(text, "own-quarters", ("0.52亿元", "0.71亿元", "0.83亿元", "0.68亿元")) == \
        ["2025-01/2025-03", "2025-04/2025-06", "2025-07/2025-09", "2025-10/2025-12"]
    text = "2025年，全镇完成投资2.74亿元。一、二、三季度分别完成投资0.52亿元、0.71亿元和0.83亿元。"
    assert periods(text, "own-quarters", ("0.52亿元", "0.71亿元", "0.83亿元")) == \
        ["2025-01/2025-03", "2025-04/2025-06", "2025-07/2025-09"]


def test_quarters_not_matched_by_as_many_figures_keep_their_reading() -> None:
    # unchanged: one total of the quarters (一至三季度共完成…) is not a list of each quarter's
    text = "2025年，全镇完成投资2.74亿元。一至三季度共完成投资2.06亿元。"
    assert periods(text, "own-quarters", ("2.06亿元",)) == ["2025-01/2025-09"]
    # more figures than quarters: not paired; each keeps the run's span (extractor/period_runs.py; its last quarter,
    # 二季度, before the run was read whole)
    text = "2025年，全镇完成投资2.74亿元。一至二季度分别完成投资0.52亿元、0.71亿元和0.83亿元。"
    assert periods(text, "own-quarters", ("0.52亿元", "0.71亿元")) == ["2025-01/2025-06", "2025-01/2025-06"]


# --- a count of the event a dispatch reports is not what stands at the writing -----------------------------

_FAIR = "本报某地１月９日电（记者某某）１月８日，某市迎春招聘会在市会展中心举行。记者从现场了解到，"


def test_a_count_of_this_event_is_of_its_day() -> None:
    # 本次招聘会共有…: what the event had (its day), not a level standing when the dispatch was filed
    text = _FAIR + "本次招聘会共有３２６家企业参会，提供岗位８４５０个。"
    assert periods(text, "19980110-02-001", ("３２６家", "８４５０个")) == ["1998-01-08", "1998-01-08"]


def test_a_level_standing_at_the_writing_stays_of_the_month() -> None:
    # unchanged: 全市共有… names no event: what stands at the writing (the month of the dispatch)
    text = _FAIR + "全市共有人力资源服务机构２１家。"
    assert periods(text, "19980110-02-001", ("２１家",)) == ["1998-01"]


# --- a run of days against as many figures (lead, session 19) ------------------------------------------------

def test_days_run_against_as_many_figures_are_each_figures_own_day() -> None:
    text = ("国庆假期（10月1日至4日），某市共接待游客86.0万人次。从每日情况看，1日至4日全市分别接待游客"
            "18.5、25.2、22.1、20.2万人次。")
    assert periods(text, "2026-10-06", ("18.5", "25.2", "22.1", "20.2万人次")) == \
        ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]


def test_days_run_not_matched_by_as_many_figures_keeps_the_span() -> None:
    # unchanged: one total of the days (1日至4日共接待…) is the span's
    text = "国庆假期（10月1日至4日），某市共接待游客86.0万人次。1日至4日全市共接待过夜游客31.2万人次。"
    assert periods(text, "2026-10-06", ("31.2万人次",)) == ["2026-10-01/2026-10-04"]
    # unchanged: fewer figures than days: not paired
    text = ("国庆假期（10月1日至4日），某市共接待游客86.0万人次。1日至4日全市分别接待游客"
            "18.5、25.2万人次。")
    assert periods(text, "2026-10-06", ("18.5", "25.2万人次")) == ["2026-10-01/2026-10-04"] * 2
