"""Article splitting on the project's own pages: every headline that carries facts starts its own
article, so that its facts take its place and period, not those of the article before it."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import extract_text
from extractor.normalize import normalize
from extractor.page import Page

PAGES = Path(__file__).resolve().parent.parent / "corpus" / "pages"
# each page's articles, by the start of their headline
HEADLINES = {
    "sample-01": ["绵阳前三季度财政运行总体平稳", "三台县6.8万亩高标准农田建设提速", "游仙区“春风行动”送岗上门",
                  "绵阳今年新改建农村公路1035公里"],
    "sample-03": ["张掖持续推进黑河湿地生态保护修复", "高台县推广高效节水灌溉", "民乐县劳务输转拓宽增收路"],
}


@pytest.mark.parametrize("doc", sorted(HEADLINES))
def test_each_headline_opens_an_article(doc: str) -> None:
    page = Page.read((PAGES / f"{doc}.txt").read_text(encoding="utf-8"), doc)
    assert [a.title for a in page.layout.articles] == HEADLINES[doc]


def test_facts_under_a_merged_headline_take_its_place() -> None:
    text = (PAGES / "sample-01.txt").read_text(encoding="utf-8")
    facts = [f for f in extract_text(text, "sample-01") if f.type == "count" and f.text == "２６场"]
    assert facts and facts[0].place == "游仙区"


COLUMN = ["县里组建两个技术服务专班，实行", "定期调度，并聘请第三方单位全程", "跟踪监理到位。"]


def test_a_headline_line_set_in_a_column() -> None:
    # positive: a short unjustified line without clause marks whose place the story names again
    lines = COLUMN + ["江油市“春耕”服务送下乡", "今年以来，江油市农业农村局组织", "技术人员深入田间地头，开展服务", "三十场，发放资料一万余份。"]
    assert "江油市“春耕”服务送下乡\n今年以来" in normalize("\n\n".join(lines)).text
    # negative: the same line where the story does not name the place again runs on
    lines = COLUMN + ["江油市“春耕”服务送下乡", "今年以来，市农业农村局积极组织", "技术人员深入田间地头，开展服务", "三十场，发放资料一万余份。"]
    assert "江油市“春耕”服务送下乡今年以来" in normalize("\n\n".join(lines)).text
    # negative: a justified column line (spaces spread it) is no headline
    lines = COLUMN + ["江 油 市 春 耕 服 务 送 下 乡 活", "动，江油市农业农村局组织技术人", "员深入田间地头，开展服务三十场。"]
    assert "乡活动" in normalize("\n\n".join(lines)).text
