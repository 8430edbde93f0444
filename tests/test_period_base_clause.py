"""A clause that only states a comparison's base (extractor/period_base_clause.py): own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text) if f.type in ("money", "count", "percent")}


def test_the_growth_after_a_base_clause_keeps_the_sentence_year():
    p = _periods("2025年某县统计公报\n全年接待游客912.5万人次，上年为860.2万人次，增长6.1%。\n")
    assert p["912.5万人次"] == "2025" and p["860.2万人次"] == "2024"
    assert p["6.1%"] == "2025"  # (not the base's year)


def test_the_same_period_a_year_before_is_a_base_clause_too():
    p = _periods("2025年某县统计公报\n全年税收收入8.6亿元，上年同期为8.1亿元，增长6.2%。\n")
    assert p["8.1亿元"] == "2024" and p["6.2%"] == "2025"


def test_a_year_before_opening_a_statement_of_its_own_still_dates_what_follows():
    # 上年 with no 为/是 after it opens a sentence about that year: the clauses after it are that year's
    p = _periods("2025年某县统计公报\n上年，全县新建学校4所，投资1.2亿元。\n")
    assert p["4所"] == "2024" and p["1.2亿元"] == "2024"


def test_a_base_clause_counts_from_the_year_under_review_not_from_the_writing():
    # a bulletin dated in the year after the one it reviews, under a file name that says no year: 上年 is the
    # year before the one reviewed (2024), not the year before the writing (2025, read so before session 18)
    p = _periods("某县2025年统计公报\n某县统计局 2026年3月\n2025年，全县生产总值98.6亿元，增长5.1%。"
                 "全年接待游客912.5万人次，上年为860.2万人次，增长6.1%。"
                 "农民人均收入由上年的15120元增加到16030元。\n")
    assert p["860.2万人次"] == "2024" and p["15120元"] == "2024"
    assert p["912.5万人次"] == "2025" and p["6.1%"] == "2025" and p["16030元"] == "2025"


def test_a_base_clause_with_nothing_under_review_keeps_the_writing_s_year_before():
    # nothing before the sentence names a year: 上年 counts from the writing, as before
    p = _periods("某县统计局 2026年3月\n全年接待游客912.5万人次，上年为860.2万人次，增长6.1%。\n")
    assert p["860.2万人次"] == "2025"


def test_a_base_clause_in_a_sentence_with_no_time_of_its_own_leads_nothing():
    # the year stated in an earlier sentence goes on past …，上年同期为…, to the sentences after it and to a
    # month named later (read as the base's year, 2024, before session 18)
    p = _periods("某镇2025年经济运行简报\n2025年，全镇经济平稳运行。"
                 "招商引资到位资金4.2亿元，上年同期为3.7亿元，增长13.5%。"
                 "新签约项目18个。其中5月签约6个。\n")
    assert p["3.7亿元"] == "2024"
    assert p["4.2亿元"] == "2025" and p["13.5%"] == "2025" and p["18个"] == "2025"
    assert p["6个"] == "2025-05"


def test_a_base_year_opening_a_statement_still_carries():
    # 上年 set off by a comma opens a sentence about that year: the next sentence goes on with it
    p = _periods("某镇2025年经济运行简报\n2025年，全镇经济平稳运行。上年，全镇新签约项目15个。其中3月签约4个。\n")
    assert p["15个"] == "2024" and p["4个"] == "2024-03"
