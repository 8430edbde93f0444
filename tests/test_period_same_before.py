"""A base named as the same months a year before under a month or a part of a year (extractor/period_same_before.py):
own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text) if f.type in ("money", "count", "percent")}


def test_the_same_month_a_year_before_is_that_month_of_the_year_before():
    p = _periods("2025年9月某县农产品价格简况\n9月份，鲜牛奶平均零售价为每升9.60元，上年同期为9.20元。\n")
    assert p["9.60元"] == "2025-09" and p["9.20元"] == "2024-09"


def test_the_same_quarter_a_year_before_after_a_comparative_word():
    p = _periods("某县2025年二季度招商简报\n二季度，全县引进项目26个，比上年同期的21个增加5个。\n")
    assert p["21个"] == "2024-04/2024-06" and p["26个"] == "2025-04/2025-06"


def test_a_year_before_with_no_same_period_word_is_the_year():
    # 上年为… (not 同期) under a month: the whole year before, as read before
    p = _periods("2025年9月某县农产品价格简况\n9月份，鲜牛奶平均零售价为每升9.60元，上年为9.10元。\n")
    assert p["9.10元"] == "2024"


def test_the_same_period_under_a_whole_year_stays_the_year():
    p = _periods("2025年某县统计公报\n全年税收收入8.6亿元，上年同期为8.1亿元，增长6.2%。\n")
    assert p["8.1亿元"] == "2024"


def test_a_starting_level_of_the_same_months_a_year_before_leads_nothing():
    # 由去年同期的每升8.15元降至… is a starting level, like 由去年的…: the sentences after it keep the month
    # (去年 led them as the year before, read so before session 18)
    p = _periods("2025年9月某县农产品价格简况\n9月份，柴油价格下降4.2%。柴油零售价由去年同期的每升8.15元降至"
                 "7.81元。汽油价格下降3.5%。\n")
    assert p["8.15元"] == "2024-09" and p["7.81元"] == "2025-09" and p["3.5%"] == "2025-09"



def test_a_same_months_word_with_no_level_after_it_is_no_starting_level():
    # 由去年同期开始 names no level: its sentence still dates from it, as before (not the month under review)
    p = _periods("2025年9月某县农产品价格简况\n9月份，柴油价格下降4.2%。由去年同期开始，全县新增加油站12个。\n")
    assert p["12个"] != "2025-09"


def test_the_same_time_a_year_before_under_an_as_of_a_month_is_that_as_of():
    # 截至10月底，…进度99.6%，比上年同期的98.2%快…: as of October's end a year before, not the year before
    p = _periods("某县2026年秋粮收购情况\n截至10月底，全县秋粮收获进度99.6%，比上年同期的98.2%快1.4个百分点。\n")
    assert p["99.6%"] == "../2026-10" and p["98.2%"] == "../2025-10"
    # unchanged: a base of the year before with no same-period word (比上年的…) under an as-of is the year
    p = _periods("某县2026年秋粮收购情况\n截至10月底，全县秋粮收获进度99.6%，比上年的98.2%快1.4个百分点。\n")
    assert p["98.2%"] == "2025"
