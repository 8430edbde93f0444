"""A web page of short dated items, each its own headline over a body wrapped at a fixed width, its
first line indented: where two or more of its items open with a dateline, an indent inside an item
marks a paragraph of that item, and its figures keep the item's dateline place (extractor/layout.py)."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.layout import analyse
from extractor.normalize import normalize

PAGE = ("某省新闻网 首页 > 地方新闻\n"
        "地方简讯\n\n"
        "岳阳前三季度外贸回升\n"
        "　　本报岳阳10月20日讯（记者 某某）记者从市商务局获悉，1-9月，岳阳市进出口总值增长6.5%。\n"
        "　　分类看，全市出口总值212.4亿元，进口总值98.6亿元。\n"
        "一般贸易占比为61.2%，比上年提高2.1个百分点。\n"
        "加工贸易占比为20.3%。\n\n"
        "常德一场农博会签约项目32个\n"
        "　　本报常德10月19日讯（记者 某某）10月18日，常德市农业博览会在市会展中心开幕。\n"
        "共签约项目32个，金额47.5亿元。\n"
        "其中农产品加工项目18个。\n\n"
        "衡阳新增城镇就业4.2万人\n"
        "　　本报讯（记者 某某）日前，记者从衡阳市人社局获悉就业情况。\n"
        "今年以来衡阳市新增城镇就业4.2万人。\n")


def _articles(text: str) -> list[int]:
    norm = normalize(text)
    layout = analyse(norm)
    return [p.article for p in layout.paragraphs if p.kind == "body"]


def test_an_indent_inside_a_dated_item_marks_a_paragraph() -> None:
    norm = normalize(PAGE)
    layout = analyse(norm)
    first = next(p.article for p in layout.paragraphs if norm.text.startswith("本报岳阳", p.start))
    later = next(p.article for p in layout.paragraphs if norm.text.startswith("分类看", p.start))
    assert later == first
    places = {f.text: f.place for f in extract_text(PAGE, "dated-items") if f.type == "money"}
    assert places["212.4亿元"] == "岳阳市" and places["47.5亿元"] == "常德市"


def test_each_dateline_still_opens_an_item() -> None:
    norm = normalize(PAGE)
    layout = analyse(norm)
    arts = {norm.text[p.start:p.start + 4]: p.article for p in layout.paragraphs}
    assert len({arts["本报岳阳"], arts["本报常德"], arts["本报讯（"]}) == 3


def test_indents_mark_items_on_a_page_without_datelines() -> None:
    # negative: the same page with no item opened by a dateline: an indent still opens an item
    text = PAGE.replace("本报岳阳10月20日讯（记者 某某）", "").replace("本报常德10月19日讯（记者 某某）", "") \
        .replace("本报讯（记者 某某）", "")
    norm = normalize(text)
    layout = analyse(norm)
    arts = {norm.text[p.start:p.start + 3]: p.article for p in layout.paragraphs}
    assert arts["分类看"] != arts["记者从"]
