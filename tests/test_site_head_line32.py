"""A site's frame line (`发布时间:2025-11-18 10:30 来源:市统计局`) is a paragraph of its own (a byline's kind) even where a
short page's lines run on as a column's (paragraph_breaks.is_site_head, data/page_heads.toml head_prefixes): its date is the
page's, never the opening time of the body's first sentence that the sentences after it would carry on. A line
that only opens with such a word (`来源于…`, no colon), or a label alone (`来源：` over its value), is no frame line."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page
from extractor.paragraph_breaks import is_site_head

PAGE = ("某县1-9月经济运行情况\n{head}\n1-9月,全县规模以上工业增加值同比增长5.9%。\n"
        "全县社会消费品零售总额86.4亿元,同比增长4.6%。\n")


def periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, "own-page") if f.type in ("money", "percent")}


def test_the_frame_line_stands_alone_and_its_day_is_carried_to_no_sentence() -> None:
    text = PAGE.format(head="发布时间:2025-10-21 09:15 来源:县统计局")
    page = Page.read(text, "own-page")
    lines = [page.text[p.start:p.end].strip() for p in page.layout.paragraphs]
    assert any(line.startswith("发布时间") and line.endswith("县统计局") for line in lines)
    got = periods(text)
    assert got["5.9%"] == got["86.4亿元"] == got["4.6%"] == "2025-01/2025-09"


def test_a_line_that_only_opens_with_a_frame_word_is_no_frame_line() -> None:
    # negative: 来源于 with no colon is the body's own words; 来源: and 发布日期： open a frame line
    assert is_site_head("来源:县统计局") and is_site_head("【发布日期：2025-10-21】")
    assert not is_site_head("来源于基层的统计数据经过了逐级审核，全县规模以上工业增加值同比增长5.9%。")
    # negative: a label alone (its value on the line under it) runs on into that line, which names the issuer
    assert not is_site_head("来源：") and not is_site_head("发布时间: ")


def test_a_city_word_opening_a_clause_still_reads_the_paper_in_the_frame_line() -> None:
    # area_words: 我市 opening an earlier clause names the city of the paper the frame line names, now that the
    # frame line is a paragraph of its own (a byline's kind), as when it ran into the body
    text = ("我市前三季度发放助学贷款2.4亿元\n来源:十堰日报  发布时间:2025-10-20\n"
            "本报讯(记者 王芳)记者从市教育局获悉,今年以来,我市累计发放助学贷款2.4亿元,同比增长8.3%,惠及学生1.6万人。"
            "其中,房县发放3100万元,竹山县发放2700万元。\n")
    got = {f.text: f.place for f in extract_text(text, "own-page") if f.type in ("money", "count", "percent")}
    assert got["8.3%"] == got["1.6万人"] == "十堰市"
    assert got["3100万元"] == "房县"
