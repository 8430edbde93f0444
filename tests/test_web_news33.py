"""A district site's news item as a user copies it (own words): a breadcrumb and a frame line above the body, set
off from it by a blank line, are paragraphs of their own (paragraph_breaks.is_site_head); a reporter's day of
learning (`记者4月15日从某局获悉，一季度，…`) leads no period (period_learned_day.py); a story that reports a part of
its year (`一季度，全区经济运行…`, no figure: data/period.toml part_reported) gives that part to its later sentences
and paragraphs (period_lead_carry, period_paragraphs); a web table copied with bars between its cells
(`第一产业投资 | 86.42 | 12.5`) is read as one with spaces (page_tables.cells_of)."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page
from extractor.paragraph_breaks import is_site_head

ITEM = ("首页 > 政务公开 > 区县动态\n某区一季度经济运行稳中有进\n发布时间:2026-04-18 09:00  来源:某某日报  浏览次数:906\n"
        "【字号:大 中 小】\n\n"
        "记者4月17日从区统计局获悉,{opening},全区经济运行稳中有进。全区实现地区生产总值98.36亿元,同比增长6.1%。\n\n"
        "工业生产持续向好。全区规上工业增加值增长8.4%,规上工业企业实现营业收入204.7亿元。\n\n"
        "消费市场回暖。社会消费品零售总额31.52亿元,增长5.2%。\n")


def periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, "own-page") if f.type in ("money", "percent")}


def test_the_breadcrumb_title_and_frame_lines_are_paragraphs_of_their_own() -> None:
    page = Page.read(ITEM.format(opening="一季度"), "own-page")
    kinds = [(p.kind, page.text[p.start:p.end][:4]) for p in page.layout.paragraphs[:4]]
    assert kinds[0][0] == "byline" and kinds[1] == ("title", "某区一季") and kinds[2][0] == "byline"
    assert is_site_head("首页 > 新闻中心 > 部门动态") and is_site_head("当前位置：首页 > 通知公告")
    # negative: a sentence opening with 首页 is no breadcrumb
    assert not is_site_head("首页改版后，网站访问量增长了三成。")


def test_a_reported_quarter_leads_every_paragraph_and_the_learning_day_none() -> None:
    got = periods(ITEM.format(opening="一季度"))
    assert got["98.36亿元"] == got["6.1%"] == "2026-01/2026-03"
    assert got["8.4%"] == got["204.7亿元"] == got["31.52亿元"] == "2026-01/2026-03"


def test_a_story_naming_no_part_of_its_year_keeps_the_year() -> None:
    # negative: with no quarter said, the learning day is still no period; the figures are the year's
    got = periods(ITEM.format(opening="今年以来"))
    assert "2026-04-17" not in got.values()
    assert got["31.52亿元"] == "2026"


def test_a_web_table_with_bars_between_cells_is_read_cell_by_cell() -> None:
    text = ("表1 2025年全市分产业投资(单位:亿元)\n指标 | 绝对数 | 比上年增长(%)\n第一产业投资 | 42.6 | 3.1\n"
            "第二产业投资 | 318.4 | 6.2\n合计 | 361.0 | 5.8\n")
    got = {f.text: (f.type, f.value) for f in extract_text(text, "own-page") if f.type in ("money", "percent")}
    assert got["318.4"] == ("money", 31840000000) and got["6.2"][0] == "percent"
    assert got["361.0"][0] == "money"
