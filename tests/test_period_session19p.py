"""Session 19 (late19p): a yearly report's title year (extractor/period_report_year.yearly_report_year) and a year that
only names a document (extractor/period_document_year.py)."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.documents import head_years
from extractor.page import Page
from extractor.period_document_year import names_document
from extractor.period_holiday import holiday_words, holidays
from extractor.period_published import published_year
from extractor.period_report_year import yearly_report_year

# a yearly report on 2025, signed in January 2026 and naming its 2026 plans: its 全年 and 上年 are 2025's and 2024's
YEARLY = """某县人民政府2025年政府信息公开工作年度报告

一、总体情况
　　2025年，某县人民政府主动公开政府信息5126条，比上年的4689条增加437条。

二、依申请公开情况
　　全年共收到政府信息公开申请186件，较上年的158件增长17.7%。

三、改进情况
　　2026年，县政府将力争全年主动公开政府信息5500条以上。

某县人民政府办公室
2026年1月20日
"""


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, "my-report") if f.type in ("count", "percent", "money")}


def test_a_yearly_reports_title_names_the_year_it_reports_on() -> None:
    assert yearly_report_year(YEARLY, 0, YEARLY.index("\n")) == 2025
    assert yearly_report_year("某局2024年度法治政府建设年度报告", 0, 19) == 2024
    assert head_years(Page.read(YEARLY, "t")) == {0: 2025}
    got = _periods(YEARLY)
    assert got["186件"] == "2025" and got["158件"] == "2024" and got["5500条"] == "2026"


def test_no_yearly_report_without_its_title_line() -> None:
    # a year in the body, a report's name inside a sentence, a title of another kind: no yearly report's year
    assert yearly_report_year("2025年，全县编制政府信息公开工作年度报告并按时发布。", 0, 27) is None
    line = "某市2026年十件民生实事推进情况新闻发布会文字实录"
    assert yearly_report_year(line, 0, len(line)) is None
    assert head_years(Page.read(YEARLY.replace("年度报告\n", "情况\n", 1), "t")) == {}


def test_a_year_naming_a_budget_or_final_accounts_is_a_label() -> None:
    text = "全县68个预算单位全部公开2025年部门预算和2024年部门决算，公开率100%。"
    assert names_document(text, text.index("2025年") + 5) and names_document(text, text.index("2024年") + 5)
    page = YEARLY.replace("二、依申请公开情况\n", "二、依申请公开情况\n　　全县预算单位全部公开2025年部门预算和2024年部门决算，公开率100%。"
                          "全年接待群众查阅2360人次。\n", 1)
    got = _periods(page)
    assert got["100%"] == "2025" and got["2360人次"] == "2025"


def test_a_budget_year_going_on_into_a_figure_or_a_report_is_a_time() -> None:
    text = "2024年全县一般公共预算收入12亿元。2024年预算执行情况良好。2024年，财政预算收入增长。"
    assert not names_document(text, text.index("2024年") + 5)
    assert not names_document(text, text.index("2024年预算执行") + 5)
    assert not names_document(text, text.rindex("2024年") + 5)
    got = _periods("某县财政局\n" + "2024年全县一般公共预算收入12亿元，增长5.1%。")
    assert got["12亿元"] == "2024"


# a press conference's web page of November 2026 that ends on the next year's plan
PRESS = """某市前10个月经济运行情况新闻发布会文字实录
发布时间:2026-11-18 16:42   来源:某市人民政府新闻办公室
11月18日上午,某市人民政府新闻办公室举行新闻发布会,介绍全市前10个月经济运行情况。
今年以来,全市经济运行总体平稳。1-10月,全市一般公共预算收入248.6亿元,增长5.1%。
目前,我们正在面向全市公开征集2027年民生实事项目,已收到市民建议3000多条。
"""


def test_a_web_pages_published_line_bounds_the_years_it_reports() -> None:
    assert published_year(Page.read(PRESS, "t")) == 2026
    assert published_year(Page.read(PRESS.replace("发布时间:2026-11-18", "发布日期：2026年11月18日"), "t")) == 2026
    assert _periods(PRESS)["248.6亿元"] == "2026-01/2026-10"


def test_no_published_year_without_its_label_in_the_head() -> None:
    assert published_year(Page.read(PRESS.replace("发布时间:", ""), "t")) is None
    # (far into the page: a date in the body, no line of the head)
    body = "".join(f"全市第{n}项工作稳步推进，成效明显。\n" for n in range(40))
    assert published_year(Page.read("某市新闻\n" + body + "发布时间:2025-01-02\n", "t")) is None



def test_the_published_year_is_a_bound_never_the_year_a_page_reports() -> None:
    # a bulletin on 2025 published in March 2026: its figures keep its title's year
    page = ("某市2025年人力资源和社会保障事业发展统计公报\n发布时间:2026-03-20 09:00\n"
            "2025年,全市城镇新增就业6.2万人,比上年增长3.1%。全年新增技能人才1.8万人。\n")
    got = _periods(page)
    assert got["6.2万人"] == "2025" and got["1.8万人"] == "2025"


# a holiday the page defines with its days, then names by its word alone in its next stories
HOLIDAY = """洛阳日报 2026年10月9日 星期五 03 综合新闻
本报讯(记者 某某)国庆中秋8天假期(10月1日至8日),全市共接待游客1286.4万人次,同比增长9.8%。
10月2日为客流最高峰,当日接待量比假期日均多57.7万人次。
本报讯(记者 某某)假期全市监测的126家星级酒店平均客房入住率82.6%;其中10月1日至3日入住率91.2%。
据市商务局监测,假期全市80家重点商贸企业实现销售额21.6亿元,增长9.1%。
假期前,全市组织酒店开展服务质量提升行动,共检查酒店300家。
"""


def test_a_holiday_word_after_the_page_gave_its_days_is_those_days() -> None:
    found = holidays(HOLIDAY)
    assert [(h.first, h.last) for h in found] == [((10, 1), (10, 8))]
    assert [HOLIDAY[a:e] for a, e, _ in holiday_words(HOLIDAY, found)] == ["假期", "假期"]
    got = _periods(HOLIDAY)
    assert got["82.6%"] == "2026-10-01/2026-10-08" and got["80家"] == got["21.6亿元"] == "2026-10-01/2026-10-08"
    assert got["91.2%"] == "2026-10-01/2026-10-03"


def test_no_holiday_span_before_its_days_nor_for_a_time_beside_it_or_a_comparisons_base() -> None:
    # (假期前: before the holiday; 比假期日均: the day's figure compared with the holiday's mean)
    assert _periods(HOLIDAY)["57.7万人次"] == "2026-10-02"
    assert "假期前" not in [HOLIDAY[a:e + 1] for a, e, _ in holiday_words(HOLIDAY, holidays(HOLIDAY))]
    # a page naming the word without the days: nothing defined, nothing read
    assert holidays("春节假期,全市接待游客86万人次。假期全市商贸企业实现销售额3亿元。") == []
    assert holiday_words("假期全市商贸企业实现销售额3亿元。", []) == []
