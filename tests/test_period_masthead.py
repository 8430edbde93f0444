"""A news page saved under a file name that names no day, its masthead printed at its start
(extractor/page_dates.py): read as a page whose id names that day. Own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page
from extractor.page_dates import masthead

STORY = ("某市新建公园开放\n\n本报讯（记者 某某）12月26日，某市滨河公园正式开放，当天接待游客1.2万人次。"
         "目前，全市已建成各类公园86个，今年新增绿地面积120公顷。\n")
HEAD = "某市日报  2024年12月28日  第3版  要闻\n\n"


def _periods(text: str, doc: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_the_masthead_names_the_day_of_issue() -> None:
    assert masthead(HEAD + STORY, "my-page")[0] == "20241228-masthead"
    assert masthead("某市晚报 2024年3月5日 星期二\n" + STORY, "my-page")[0] == "20240305-masthead"


def test_a_saved_page_reads_as_the_archive_s_page_of_that_day() -> None:
    saved = _periods(HEAD + STORY, "my-page")
    archived = _periods(STORY, "20241228-03-001")
    assert saved == archived
    assert saved["86个"] == "2024-12"  # 目前: the month of issue (before session 18: ../2024, as of the year)


def test_no_masthead_without_a_page_word_or_past_the_first_lines() -> None:
    # a report's head names the day it was given, not a newspaper's page
    assert masthead("某县政府工作报告\n——2024年1月22日在某县人民代表大会上\n" + STORY, "my-page") == (None, 0)
    # a date past the page's first lines (page_dates.toml head_lines) is a story's
    assert masthead("某市日报\n\n要闻\n\n" + "某市新闻\n\n" * 8 + "某市日报 2024年12月28日 第3版\n" + STORY, "my-page") == (None, 0)
    # an id naming the day wins over anything printed
    assert masthead(HEAD + STORY, "20241228-03-001") == (None, 0)


def test_the_masthead_s_own_date_is_no_date_of_the_story() -> None:
    page = Page.read(HEAD + STORY, "my-page")
    assert page.text[:page.masthead_end] == "某市日报2024年12月28日第3版要闻"  # (normalized: the spaces gone)
    # the story's day (12月26日) is still read, in the masthead's year
    assert _periods(HEAD + STORY, "my-page")["1.2万人次"] == "2024-12-26"


def test_a_day_of_the_month_before_the_issue_is_of_the_year_before_under_a_masthead_too() -> None:
    # the masthead runs into the story's first sentence: its year is no year written in that sentence
    story = "某国首批进口的６０多台农机１２月３０日在某港通过验收，开始投入使用。\n"
    saved = _periods("某市日报  2025年1月1日  第3版\n" + story, "my-page")
    assert saved == _periods(story, "20250101-03-016")
    assert saved["６０多台"] == "2024-12-30"  # (2025-12-30 before session 18's fix)
