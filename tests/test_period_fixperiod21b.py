"""Two limits on session 21's period rules: 去年 as a clause's subject after a stated year is that year's year before
only where 去年, counted from the writing, names it (extractor/period_base_clause.py); a census's standard time is the
document's time only in a bulletin of its results (extractor/document_time.reports_results)."""
from extractor.engine import page_records
from extractor.page import Page
from extractor.records import NUMERIC_TYPES

_REPORT = ("政府工作报告\n——2026年1月10日在市第十届人民代表大会第五次会议上\n一、过去五年工作回顾\n过去五年，我们砥砺前行。"
           "2021年，全市地区生产总值为5000亿元；去年全市地区生产总值突破7000亿元，年均增长6.5%。\n")
_ENV = ("某市2025年生态环境状况公报\n2025年，全市空气质量优良天数比例为92.9%，比上年提高2.5个百分点；"
        "上年优良天数331天，比例为90.4%。\n")
_NOTICE = ("关于做好第五次全国经济普查工作的通知\n各区县人民政府，市政府各部门：\n"
           "根据国务院统一部署，第五次全国经济普查标准时点为2023年12月31日，普查时期资料为2023年年度资料。现就有关事项通知如下。\n"
           "一、普查对象\n普查对象是我市境内从事第二产业和第三产业的全部法人单位。\n"
           "二、经费保障\n市财政安排普查经费2000万元，各区县按照分级负担原则落实经费。\n")


def _periods(text: str, doc: str) -> dict[str, str]:
    return {r.text: r.period for r in page_records(Page.read(text, doc), NUMERIC_TYPES)}


def test_last_year_in_a_report_counts_from_the_writing() -> None:
    got = _periods(_REPORT, "gwr2026-x")
    assert got["7000亿元"] == "2025"
    assert got["6.5%"] == "2021/2025"  # (the growth from 2021 to 去年, not 2021's alone)
    assert got["5000亿元"] == "2021"


def test_year_before_in_a_bulletin_is_the_stated_years() -> None:
    got = _periods(_ENV, "env2025")
    assert got["331天"] == "2024" and got["90.4%"] == "2024"
    assert got["92.9%"] == "2025"
    # (去年 in the bulletin of 2025 names 2024 too: the year before the stated one)
    got = _periods(_ENV.replace("上年优良天数", "去年优良天数"), "env2025")
    assert got["90.4%"] == "2024"


def test_census_notice_keeps_its_year() -> None:
    assert _periods(_NOTICE, "census-notice")["2000万元"] == "2023"


def test_census_bulletin_takes_the_standard_day() -> None:
    text = _NOTICE.replace("关于做好第五次全国经济普查工作的通知", "某市第五次全国经济普查主要数据公报")
    assert _periods(text, "census-bulletin")["2000万元"] == "2023-12-31"
