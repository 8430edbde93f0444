"""The date a page prints in its furniture (extractor/page_dates.py): the examples of
extractor/data/page_dates_examples.toml both ways, and a page whose id names no date read in the
issue's year as one whose id does."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractor.api import extract_text
from extractor.issue_date import issue_date, issue_year
from extractor.page import Page
from extractor.page_dates import page_date

EXAMPLES = Path(__file__).resolve().parent.parent / "extractor" / "data" / "page_dates_examples.toml"
CASES = tomllib.loads(EXAMPLES.read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_examples(case: dict) -> None:
    got = page_date("\n".join(case["lines"]))
    assert got.day == (tuple(case["day"]) if case["day"] else None)
    assert got.given == (case["given"] or None)


NEWS = """河口晚报数字报
2024年3月5日 星期二
第05版：城乡

北山县新建村道18公里
本报讯（记者 王某）今年以来，北山县新建村道18公里，投入资金2100万元。明年全县计划新建村道20公里，力争到2026年实现村村通硬化路。

南溪县一合作社分红52万元
本报讯（记者 李某）3月2日，南溪县一家种植专业合作社召开分红大会，140户社员共领到分红52万元。目前有社员140户。
"""


def _periods(text: str, doc: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count")}


def test_a_file_of_its_own_reads_its_issue_day() -> None:
    # a day written without a year is the issue's month's, as on a page whose id names the day
    # (read from the page's years alone, 3月2日 fell in the year after the plan's 明年 and 目前 in no month)
    assert _periods(NEWS, "own-news-page")["52万元"] == "2024-03-02"
    assert _periods(NEWS, "own-news-page")["140户"] == "2024-03"
    assert _periods(NEWS, "own-news-page") == _periods(NEWS, "2024-03-05/own-news-page")
    assert issue_date(Page.read(NEWS, "own-news-page").dated) == (2024, 3, 5)


def test_an_id_that_names_a_date_wins() -> None:
    assert issue_date(Page.read(NEWS, "19990102-01-001").dated) == (1999, 1, 2)
    # a year alone in a file's name is no evidence: the date line the page prints is read (before session 20 the
    # id's year switched it off and the page was read as a report of that year)
    assert issue_date(Page.read(NEWS, "news-2023").dated) == (2024, 3, 5)
    assert _periods(NEWS, "news-2023") == _periods(NEWS, "own-news-page")


def test_a_report_reads_the_year_it_was_given() -> None:
    report = ("南溪县人民政府工作报告\n——2025年1月14日在南溪县第十八届人民代表大会第五次会议上\n各位代表：\n"
              "一、2024年工作回顾\n全年地区生产总值156.2亿元，增长5.1%。一般公共预算收入9.8亿元，增长3.2%。\n")
    got = _periods(report, "own-report-page")
    dated = Page.read(report, "own-report-page").dated
    assert issue_year(dated) == 2025 and issue_date(dated) is None
    assert got["9.8亿元"] == "2024"


def test_a_report_reads_the_year_it_was_given_in_chinese_numerals() -> None:
    # older reports print the line under their title in Chinese numerals; a file named by its
    # decade (1980s) names no year, so the head's is the year its 今年 is
    report = ("政府工作报告\n——一九八六年三月二十五日在第六届全国人民代表大会第四次会议上\n各位代表：\n"
              "一、“六五”计划的胜利完成\n今年工农业总产值计划达到一万四千亿元。\n")
    assert issue_year("national-report-1980s") is None and issue_year("1990年代报告") is None
    assert issue_year("gwr2016sichuan") == 2016
    for doc in ("national-report-1980s", "own-report-page"):
        assert issue_year(Page.read(report, doc).dated) == 1986
        assert _periods(report, doc)["一万四千亿元"] == "1986"
    # a year in Chinese numerals in the body is no head line (not under a title, no session)
    body = "政府工作报告\n各位代表：\n一九八六年三月二十五日全国工农业总产值计划增长百分之六点八。\n"
    assert issue_year(Page.read(body, "own-report-page").dated) != 1986


def test_a_page_joined_from_many_reports_keeps_each_its_own_year() -> None:
    # (documents.head_years reads each report's venue line; the first one's is not the page's)
    filler = "全县上下坚持稳中求进，经济运行总体平稳，城乡居民收入稳步提高，各项社会事业全面进步，民生保障更加有力。\n"
    one = ("2025年宜章县政府工作报告\n——2025年1月10日在宜章县第十八届人民代表大会第五次会议上\n各位代表：\n"
           + filler * 4 + "谢谢大家\n")
    two = ("2026年宜章县政府工作报告\n——2026年1月12日在宜章县第十八届人民代表大会第六次会议上\n各位代表：\n"
           + filler * 4)
    assert issue_year(Page.read(one + two, "own-joined-reports").dated) is None
    assert issue_year(Page.read(one, "own-joined-reports").dated) == 2025
