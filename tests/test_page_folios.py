"""A printed report's page breaks (extractor/page_folios.py): the page's number and the running head
under it leave the text, and a paragraph cut by them reads whole; both ways."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.normalize import normalize
from extractor.page_folios import is_folio

WIDTH = 33  # a printed column's characters a line


def column(paragraph: str) -> str:
    """A paragraph set as a PDF's text keeps it: indented, cut at the column's width."""
    text = "　　" + paragraph
    return "\n".join(text[i:i + WIDTH] for i in range(0, len(text), WIDTH)) + "\n"


BODY = column("全县新建改建农村公路一百二十公里，完成老旧小区改造二十个，城乡居民收入稳步增长，"
              "各项社会事业全面进步，群众获得感不断增强，营商环境持续改善，县域经济活力明显增强。")
HEAD = ("宜章县人民政府工作报告\n——2026年1月10日在宜章县第十八届人民代表大会第六次会议上\n各位代表：\n"
        "一、2025年工作回顾\n")
BREAK = "\n— {} —\n\n宜章县人民政府工作报告\n\n"
# a paragraph the page's foot cuts in the middle of a word (医 / — 2 — / running head / 师…)
STOCK_TOP = ("　　民生保障更加有力。年末全县常住人口52.3万人，城镇化率\n"
             "51.6%，卫生健康服务能力持续提升，基层医疗机构全面达标，全县执业（助理）医\n")
STOCK_REST = "师1380人，每千人口执业（助理）医师2.6人，基本医疗\n保险参保率稳定在95%以上。\n"
REPORT = HEAD + BODY * 3 + STOCK_TOP + BREAK.format(2) + STOCK_REST + BODY * 3 + BREAK.format(3) + BODY * 2


def test_a_paragraph_runs_on_over_a_page_break() -> None:
    text = normalize(REPORT).text
    assert "执业（助理）医师1380人" in text
    assert "—2—" not in text and text.count("宜章县人民政府工作报告") == 1


def test_the_year_end_stock_goes_on_after_the_break() -> None:
    got = {f.text: (f.period, f.metric) for f in extract_text(REPORT, "own-folio-report") if f.type == "count"}
    assert got["1380人"][0] == "../2025-12"
    assert "医师" in (got["1380人"][1] or "")


def test_a_head_said_once_that_repeats_the_title_is_a_running_head() -> None:
    # one break, its head the report's title again: the page's number and the head leave the text
    once = HEAD + BODY * 3 + STOCK_TOP + BREAK.format(2) + STOCK_REST + BODY * 2
    text = normalize(once).text
    assert "执业（助理）医师1380人" in text
    assert "—2—" not in text and text.count("宜章县人民政府工作报告") == 1


def test_a_number_alone_once_under_no_title_is_kept() -> None:
    # a number alone above a line that is no title of the report's top: no page break that shows
    once = HEAD + BODY * 3 + "\n7\n\n附表\n\n" + BODY * 2
    assert "7\n附表" in normalize(once).text or "7附表" in normalize(once).text
    # a figure cut out of its sentence by a column break is no page number's line
    cut = BODY * 3 + "各项贷款余额\n1497.35\n亿元，增长6.9%。\n" + BODY
    assert "1497.35亿元" in normalize(cut).text


def test_a_running_head_with_the_reports_year_and_its_issuer() -> None:
    # a bulletin's head holds its year (2025年某省统计公报); some print the title on one page and the
    # issuer on the next: each repeats a line of the top, and the sentence cut inside a word reads whole
    top = "2025年南岭省自然资源公报\n南岭省自然资源厅\n2026年5月\n"
    first = column("全省土地总面积63870万亩，其中耕地7812.46万亩，占全省土地总面积的12.2%，行政村通5G比")
    page = (top + BODY * 2 + first + "\n— 1 —\n\n2025年南岭省自然资源公报\n\n例达96.8%。\n" + BODY
            + "\n— 2 —\n\n南岭省自然资源厅\n\n" + BODY + "\n— 3 —\n")
    text = normalize(page).text
    assert "通5G比例达96.8%" in text
    assert "—" not in text.replace("——", "") and text.count("南岭省自然资源厅") == 1


def test_a_folio_alone_leaves_the_text() -> None:
    # the last page's foot (— 3 —) and a folio above a head that is no title's: the number goes, the
    # line under it stays
    page = HEAD + BODY * 3 + "\n— 2 —\n\n附件\n\n" + BODY + "\n— 3 —\n"
    text = normalize(page).text
    assert "—2—" not in text and "—3—" not in text and "附件" in text


def test_folio_lines() -> None:
    assert is_folio("— 12 —") and is_folio("- 3 -") and is_folio("第3页 共12页") and is_folio("7")
    assert not is_folio("第3页内容") and not is_folio("— 全文完 —") and not is_folio("增长7%")
