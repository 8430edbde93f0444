"""A page joined from many documents (extractor/documents.py): each document keeps its own years
(article_years.document_years), as it has them when it stands alone."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.documents import head_years
from extractor.page import Page
from joined_reports import REPORT_NO_AREA_NO_YEAR

# a report that writes no year: its 去年 and 今年 count from nothing it states
UNDATED = REPORT_NO_AREA_NO_YEAR
DATED = """2024年某县政府工作报告
——2024年1月22日在某县第七届人民代表大会第五次会议上
各位代表：
2023年，全县新增城镇就业3.1万人，新建改建农村公路180公里，港口货物吞吐量再创新高。
全县海洋经济提质增效，临港产业加快集聚，现代渔业和滨海旅游呈现良好发展势头。
城市功能品质稳步提升，一批交通、水利和能源项目建成投用，发展后劲持续增强。
今年，全县将新开工保障性住房800套，新建一批社区养老服务站点，办好群众身边的实事。
"""
GAP = "\n\n\n"


def _periods(text: str, lo: int, hi: int) -> dict[tuple[int, str], str | None]:
    return {(f.start - lo, f.text): f.period for f in extract_text(text, "t")
            if f.type in ("count", "quantity") and lo <= f.start < hi}


def test_the_page_splits_into_the_two_reports() -> None:
    assert len(Page.read(UNDATED + GAP + DATED, "t").layout.documents) == 2


def test_an_undated_report_takes_no_year_from_the_next_one() -> None:
    joined = UNDATED + GAP + DATED
    alone = _periods(UNDATED, 0, len(UNDATED))
    assert len(alone) >= 4 and set(alone.values()) == {None}
    assert _periods(joined, 0, len(UNDATED)) == alone


def test_the_dated_report_keeps_its_years_on_the_joined_page() -> None:
    joined = UNDATED + GAP + DATED
    shift = len(UNDATED) + len(GAP)
    alone = _periods(DATED, 0, len(DATED))
    assert {"2023", "2024"} <= set(alone.values())
    assert _periods(joined, shift, len(joined)) == alone


# a report whose head names the day it was given, and whose body names a later year: a plan
GIVEN = """某县政府工作报告
——2024年1月22日在某县第七届人民代表大会第五次会议上
各位代表：
过去一年，全县新增城镇就业3.1万人，新建改建农村公路180公里，港口货物吞吐量再创新高。
全县海洋经济提质增效，临港产业加快集聚，现代渔业和滨海旅游呈现良好发展势头。
城市功能品质稳步提升，一批交通、水利和能源项目建成投用，发展后劲持续增强。
2025年全县将新开工保障性住房800套，今年再改造老旧小区60个，办好群众身边的实事。
"""


def test_head_years_are_read_per_document() -> None:
    assert head_years(Page.read(UNDATED + GAP + GIVEN, "t")) == {1: 2024}  # the undated head names none
    # a report alone, as a user's own file whose name says no year: its head says it (session 18)
    assert head_years(Page.read(GIVEN, "t")) == {0: 2024}
    assert head_years(Page.read(UNDATED, "t")) == {}


# a report saved from a government site: its buttons stand each on a line of their own before the title
BUTTONS = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"


def test_a_web_page_s_buttons_do_not_push_the_head_out_of_reach() -> None:
    assert head_years(Page.read(BUTTONS + GIVEN, "t")) == {0: 2024}
    assert head_years(Page.read(BUTTONS + UNDATED, "t")) == {}  # (buttons name no year)


def test_a_report_alone_under_a_name_without_a_year_counts_from_its_head() -> None:
    # its 过去一年 is the year before the head's, and the later year it names is a plan, not the year
    # it reports (before session 18, 2025 was read as the report's year and 过去一年 as 2024)
    for text in (GIVEN, BUTTONS + GIVEN):
        got = {f.text: f.period for f in extract_text(text, "my-report") if f.type in ("count", "quantity")}
        assert got["3.1万人"] == "2023" and got["60个"] == "2024" and got["800套"] == "2025"


def test_a_joined_report_counts_from_the_year_its_head_names() -> None:
    joined = UNDATED + GAP + GIVEN
    shift = len(UNDATED) + len(GAP)
    named = {(f.start, f.text): f.period for f in extract_text(GIVEN, "report-2024") if f.type in ("count", "quantity")}
    assert named[(GIVEN.index("60个"), "60个")] == "2024" and "2023" in named.values()
    got = {(f.start - shift, f.text): f.period for f in extract_text(joined, "t")
           if f.type in ("count", "quantity") and f.start >= shift}
    assert got == named


# a report whose head names no day, its first heading reviewing a year (session 18)
REVIEWING = """各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全县新增城镇就业3.1万人，新建改建农村公路180公里。
2025年全县将新开工保障性住房800套，今年再改造老旧小区60个。
"""


def test_a_report_whose_first_heading_reviews_a_year_was_given_the_year_after() -> None:
    assert head_years(Page.read(REVIEWING, "t")) == {0: 2024}
    got = {f.text: f.period for f in extract_text(REVIEWING, "my-report") if f.type in ("count", "quantity")}
    assert got["3.1万人"] == "2023" and got["60个"] == "2024" and got["800套"] == "2025"


def test_a_review_heading_gives_way_to_a_named_day_and_is_read_in_the_head_only() -> None:
    # the line under the title names the day: that year, not the heading's year after
    assert head_years(Page.read(GIVEN.replace("各位代表：\n", "各位代表：\n一、2022年工作回顾\n"), "t")) == {0: 2024}
    # a heading far into the body (a later section reviewing a year) is no head
    body = "".join(f"全县第{n}项工作稳步推进，成效明显。\n" for n in range(30))
    assert head_years(Page.read("各位代表：\n" + body + "一、2023年工作回顾\n过去一年，全县新增就业3.1万人。\n", "t")) == {}


def test_a_report_whose_first_heading_reviews_a_five_year_plan_was_given_the_year_after_its_last() -> None:
    plan = REVIEWING.replace("一、2023年工作回顾", "一、“十三五”时期全县经济社会发展的回顾")
    assert head_years(Page.read(plan, "t")) == {0: 2021}
    # (a plan named in a heading that reviews nothing, 一、“十四五”时期的目标任务, names no year given)
    assert head_years(Page.read(REVIEWING.replace("一、2023年工作回顾", "一、“十四五”时期的目标任务"), "t")) == {}


def test_a_report_on_a_year_s_plan_or_budget_was_given_in_that_year() -> None:
    from extractor.period_report_year import reported_year
    for opening, year in (("我代表县人民政府提出关于二〇二三年度国民经济和社会发展计划的报告，请予审议。", 2023),
                          ("现在提出关于2022年县级决算和2023年县级预算的报告。", 2023),
                          ("现在提出关于2022年县级预算执行情况的报告。", 2023)):  # (a year closed: given the next)
        assert reported_year(opening, 0, len(opening)) == year
    for opening in ("现在提出关于政府工作的报告。", "提出关于实现2021年到2035年远景目标纲要的报告。"):
        assert reported_year(opening, 0, len(opening)) is None  # (no year of its plan; a programme's span)
    page = "各位代表：\n我代表县人民政府提出关于二〇二三年度国民经济和社会发展计划的报告，请予审议。\n今年全县新增城镇就业3.1万人。\n"
    assert head_years(Page.read(page, "t")) == {0: 2023}


def test_a_report_alone_whose_head_names_its_year_is_read_as_under_an_id_naming_it() -> None:
    assert Page.read(GIVEN, "my-report").dated == "given-2024"
    # a year a file's name holds is the last to go by: the head's line says when the report was given (before
    # session 20 the id's year won)
    assert Page.read(GIVEN, "report-2023").dated == "given-2024"
    assert Page.read(UNDATED, "report-2023").dated == "report-2023"  # (a text saying nothing: the id's year)
    assert Page.read(GIVEN, "19980110-01-001").dated == "19980110-01-001"  # (an id naming a day: a news archive's)
    assert Page.read(UNDATED, "my-report").dated == "my-report"
    named = {(f.start, f.text): f.period for f in extract_text(GIVEN, "report-2024")}
    assert {(f.start, f.text): f.period for f in extract_text(GIVEN, "my-report")} == named


def test_a_report_to_the_congress_was_given_in_the_year_of_the_session_its_opening_names() -> None:
    from extractor.period_report_year import session_year
    for opening, year in (("我受国务院委托，今天向第七届全国人民代表大会第三次会议汇报一年来的工作。", 1990),
                          ("受委托向第四届全国人民代表大会汇报政府的工作。", 1975),  # (its first session)
                          ("现在，我代表国务院向第六届全国人民代表大会第二次会议作政府工作报告。", 1984),
                          ("去年五月第七届全国人民代表大会第二次会议结束以后，形势又有变化。", 1990),
                          ("第12届全国人民代表大会第1次会议以来的5年里，发展成就巨大。", 2018),
                          ("我们第1届全国人民代表大会第1次会议已经开了三天。", 1954)):
        assert session_year(opening, 0, len(opening)) == year, opening
    for opening in ("第七届全国人民代表大会任期之内，全国面貌一新。",  # (a session named, not related)
                    "在1991年召开的七届人大四次会议上，将审议十年规划。",  # (a short name: a plan's)
                    "受托向第三届全国人民代表大会第二次会议汇报。",  # (a session that never met: the 3rd term met once)
                    "受托向某省第十四届人民代表大会第四次会议汇报。",  # (a province's congress: its terms differ)
                    # (an earlier report mentioned, not the one given: 所作报告以来)
                    "总结某同志向第六届全国人民代表大会第二次会议所作报告以来的各项工作。"):
        assert session_year(opening, 0, len(opening)) is None, opening
    page = "各位代表：\n　　受国务院委托，今天向第七届全国人民代表大会第三次会议汇报。\n　　今年全国新增就业3.1万人。\n"
    assert head_years(Page.read(page, "t")) == {0: 1990}
    named = {(f.start, f.text): f.period for f in extract_text(page, "gwr-national-1990")}
    assert {(f.start, f.text): f.period for f in extract_text(page, "report.txt")} == named
    assert named[(page.index("3.1万人"), "3.1万人")] == "1990"


def test_a_report_was_given_the_year_after_the_one_its_opening_calls_just_past() -> None:
    for page, year in (("各位代表：\n刚刚过去的２０１６年，是全县干部群众攻坚克难的一年。\n", 2017),
                       ("各位代表：\n现在向大会报告工作。\n一、过去一年工作回顾\n2016年，全县干部群众攻坚克难。\n", 2017)):
        assert head_years(Page.read(page, "t")) == {0: year}, page
        named = {(f.start, f.text): f.period for f in extract_text(page + "今年全县新增就业3.1万人。\n", f"gwr-{year}")}
        assert {(f.start, f.text): f.period for f in extract_text(page + "今年全县新增就业3.1万人。\n", "t")} == named
    # unchanged: a heading reviewing the year past over a paragraph opening with no year, and a year called to come
    for page in ("各位代表：\n一、过去一年工作回顾\n过去一年，全县干部群众攻坚克难。\n",
                 "各位代表：\n即将到来的2017年，全县干部群众要攻坚克难。\n"):
        assert head_years(Page.read(page, "t")) == {}, page
