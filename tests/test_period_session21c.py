"""Session 21 (period21c): three period errors that recur: 全年 after a look back over years, the year before as
the subject of its own clause, and a run of months with a figure right after it. Own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text) if f.type in ("money", "count", "percent", "quantity")}


_HEAD = "某市2024年水利公报\n某市水利局 2025年4月\n"


def test_the_whole_year_after_a_look_back_is_the_year_spoken_of():
    # (extractor/lead_times.py over_years) a span of years names no one year: 全年 keeps the bulletin's
    p = _periods(_HEAD + "2024年，全市水利投资18.2亿元。“十四五”以来，全市累计完成水利投资72.5亿元，年均18.1亿元。"
                 "全年新建小型水库7座，完成投资3.3亿元。\n")
    assert p["72.5亿元"] == "2020/2024" or "/" in (p["72.5亿元"] or "")
    assert p["7座"] == "2024" and p["3.3亿元"] == "2024"  # (was 2020/2021: the span's first year)


def test_the_whole_year_after_a_single_year_still_takes_that_year():
    # negative: a year of its own stated before 全年 stays 全年's (1982年…全年…)
    p = _periods(_HEAD + "2023年，全市新建水库5座。全年完成投资2.8亿元。\n")
    assert p["2.8亿元"] == "2023"


def test_the_year_before_as_a_clause_subject_dates_its_levels_then_the_year_returns():
    # (extractor/period_base_clause.py opens_year_before_subject) …；上年供水量…，人均…，全年…
    p = _periods(_HEAD + "2024年，全市供水总量8.6亿立方米，比上年增加0.3亿立方米；上年供水总量8.3亿立方米，"
                 "占水资源总量的41.5%，全年新增供水能力12万吨。其中，城镇供水5.1亿立方米。\n")
    assert p["8.3亿立方米"] == "2023" and p["41.5%"] == "2023"
    assert p["12万吨"] == "2024" and p["8.6亿立方米"] == "2024" and p["5.1亿立方米"] == "2024"


def test_a_change_after_the_year_before_s_clause_is_the_year_spoken_of():
    # negative: …，上年接待…，增长9.6%: the growth compares the year spoken of with that base
    p = _periods(_HEAD + "2024年，全市接待游客1826.4万人次，上年接待1666.4万人次，增长9.6%。\n")
    assert p["1666.4万人次"] == "2023" and p["9.6%"] == "2024" and p["1826.4万人次"] == "2024"


def test_the_year_before_s_end_is_no_subject_clause():
    # negative: …，上年末… is a time of its own, read as before (a year-end stock)
    p = _periods(_HEAD + "2024年末，全市水库蓄水12.5亿立方米，比上年末增加0.6亿立方米。\n")
    assert p["12.5亿立方米"] == "../2024-12"


def test_a_run_of_months_with_a_figure_right_after_it_is_the_run():
    # (extractor/rules/date.py _NO_DAY_AFTER) 其中1—9月401家次: January to September, not the month September
    p = _periods(_HEAD + "2024年，全市水利执法有力。全年检查取水户528家次，其中1—9月401家次；12月检查63家。\n")
    assert p["401家次"] == "2024-01/2024-09" and p["63家"] == "2024-12"  # (家次 one classifier: data/classifiers.txt)


def test_a_month_run_followed_by_a_day_is_no_run():
    # negative: 1—9月4日 is not January to September; the day stays read as before
    facts = [f for f in extract_text(_HEAD + "6—9月4日至10日开展检查12次。\n") if f.type == "date"]
    assert not any(f.text == "6—9月" for f in facts)
