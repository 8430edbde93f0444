"""A page joined from many documents is set in paragraphs document by document
(normalize.document_breaks): a report whose paragraphs are set off by blank lines only here and
there keeps its paragraphs, and so its titles and places, when reports that set a blank line under
every line outnumber it on the page."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page

GAP = "\n\n\n"


def _spaced_report(area: str) -> str:
    """A report of one paragraph a line with a blank line under each (most of the page's lines)."""
    lines = [f"{area}政府工作报告", "各位代表："]
    lines += [f"去年{area}第{n}批重点项目完成投资{n * 3}亿元，带动新增就业{n}万人，项目建设总体进展顺利，发展后劲持续增强。"
              for n in range(1, 25)]
    return "\n\n".join(lines) + "\n"


# blank lines between some paragraphs only; a heading runs on into its paragraph with no blank line
# between them (as an export cut at a link writes it): alone, the two lines are one paragraph. It
# prints no title above its opening: set apart as a title, the heading would be read as the
# report's own (main_places._title_place) and give its place to every figure
MIXED = """——2024年1月18日在芜湖市第九届人民代表大会第三次会议上

各位代表：
过去一年，芜湖市地区生产总值增长百分之六点二，一般公共预算收入完成八十六亿元，同比增长百分之五点一。
芜湖市新增城镇就业四万二千人，城镇登记失业率控制在百分之三以内，居民收入稳步增长，消费持续回暖。

芜湖市粮食总产量达到一百二十万吨，新建高标准农田十五万亩，农村人居环境整治三年行动顺利收官。
全市完成造林绿化面积八万亩，空气质量优良天数比例达到百分之八十七，主要河流断面水质全部达标。

二、深化与澳门的经贸合作
全市引进澳门资金项目二十三个，合同外资十四亿美元，比上年增长百分之十一点五，合作领域不断拓宽。
全市外贸进出口总额达到三百一十亿元，其中出口二百零五亿元，跨境电商交易额增长百分之二十以上。

今年，全市将新开工重大项目一百二十个，完成固定资产投资八百亿元，新建改建城市道路五十公里。
全市将新增学位一万二千个，新建社区养老服务中心三十个，改造老旧小区一百六十个，办好民生实事。
"""


def _paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    page = Page.read(text, "t")
    out = []
    for p in page.layout.paragraphs:
        start = page.norm.to_raw(p.start, p.end)[0]
        if lo <= start < hi:
            out.append((start - lo, page.norm.to_raw(p.start, p.end)[1] - lo, p.kind))
    return out


def _places(text: str, lo: int, hi: int) -> dict[tuple[int, str], str | None]:
    return {(f.start - lo, f.text): f.place for f in extract_text(text, "t")
            if f.type in ("money", "count", "quantity", "percent") and lo <= f.start < hi}


def _joined() -> tuple[str, int]:
    before = GAP.join(_spaced_report(a) for a in ("甲省", "乙省"))
    return before + GAP + MIXED + GAP + _spaced_report("丙省"), len(before) + len(GAP)


def test_the_page_splits_into_its_four_reports() -> None:
    assert len(Page.read(_joined()[0], "t").layout.documents) == 4


def test_a_heading_runs_on_into_its_paragraph_alone() -> None:
    heading = MIXED.index("二、")
    spans = _paragraphs(MIXED, 0, len(MIXED))
    assert any(s == heading and e > MIXED.index("\n", heading) and k == "body" for s, e, k in spans)


def test_the_report_keeps_its_paragraphs_on_the_joined_page() -> None:
    page, shift = _joined()
    assert _paragraphs(page, shift, shift + len(MIXED)) == _paragraphs(MIXED, 0, len(MIXED))


def test_the_report_keeps_its_places_on_the_joined_page() -> None:
    page, shift = _joined()
    alone = _places(MIXED, 0, len(MIXED))
    assert len(alone) >= 10
    assert _places(page, shift, shift + len(MIXED)) == alone


def test_the_spaced_reports_keep_a_paragraph_a_line() -> None:
    page, _ = _joined()
    report = _spaced_report("甲省")
    assert _paragraphs(page, 0, len(report)) == _paragraphs(report, 0, len(report))
    assert len(_paragraphs(report, 0, len(report))) == 26
