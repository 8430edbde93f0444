"""A run of months written after a relative year (今年1至11月, 去年一至十一月) is one time, as 2025年1至11月 is:
the sentences after it go on with the run (extractor/lead_times.py refined_lead). Own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text

PAGE = "某报  2024年12月21日\n\n某县项目建设\n\n本报讯 {lead}，某县新开工项目26个，完成投资41.5亿元。工业项目完成投资27.3亿元，占总投资的65.8%。\n"


def _periods(lead: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(PAGE.format(lead=lead))
            if f.type in ("money", "count", "percent")}


def test_a_run_of_months_after_this_year_goes_on_to_the_next_sentences():
    p = _periods("今年1至11月")
    assert p["26个"] == p["41.5亿元"] == "2024-01/2024-11"
    assert p["27.3亿元"] == p["65.8%"] == "2024-01/2024-11"  # (2024 before session 18)


def test_it_reads_as_the_same_run_written_with_its_year():
    assert _periods("今年1至11月") == _periods("2024年1至11月")


def test_a_part_of_the_year_named_by_a_word_stays_its_own_sentence_s():
    p = _periods("今年前三季度")
    assert p["26个"] == "2024-01/2024-09" and p["27.3亿元"] == "2024"


def test_a_single_month_after_the_year_word_is_still_its_sentence_s_act_only():
    p = _periods("今年4月")
    assert p["26个"] == "2024-04" and p["27.3亿元"] == "2024"
