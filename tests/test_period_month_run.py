"""A month and its run from January in one text (extractor/period_month_run.py): own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text) if f.type in ("money", "count", "percent")}


def test_a_monthly_release_goes_back_to_its_month_after_the_run_to_it():
    p = _periods("2025年8月某县物价简况\n    8月份，全县居民消费价格同比上涨0.7%。\n"
                 "    1-8月平均，全县居民消费价格上涨0.5%。\n"
                 "    从同比看，七大类价格4类上涨、3类下降。\n    在监测的210种商品中，上涨的有96种。\n")
    assert p["0.5%"] == "2025-01/2025-08"
    assert p["4类"] == "2025-08" and p["96种"] == "2025-08"  # (the run before session 18)


def test_a_year_to_date_story_goes_back_to_its_run_after_the_month():
    p = _periods("某县前8月农业稳中有升\n2025-09-13 08:10:02  来源：某日报\n"
                 "    本报某县9月12日讯 1-8月，某县农业增加值同比增长4.1%。分月看，8月份增长4.6%。\n"
                 "    效益方面，全县农业企业实现营业收入36.2亿元，利润总额2.4亿元。\n")
    assert p["4.1%"] == "2025-01/2025-08" and p["4.6%"] == "2025-08"
    assert p["36.2亿元"] == "2025-01/2025-08" and p["2.4亿元"] == "2025-01/2025-08"  # (the bare year before)


def test_a_month_with_no_run_to_it_is_its_paragraph_s_as_before():
    # no run from January named: a month goes on as its year to the next paragraphs, as read before
    p = _periods("2025年某县物价简况\n    8月份，全县居民消费价格同比上涨0.7%。\n    从同比看，七大类价格4类上涨。\n")
    assert p["4类"] == "2025"


def test_a_run_named_by_a_word_is_not_paired():
    # 上半年 is a part named by a word: the month after it leaves the next paragraph the year, as read before
    p = _periods("2025年某县物价简况\n    上半年，全县居民消费价格上涨0.4%。6月份上涨0.6%。\n    从同比看，七大类价格4类上涨。\n")
    assert p["4类"] == "2025"
