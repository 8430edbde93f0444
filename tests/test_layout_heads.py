"""Where a new document starts on a joined page (extractor/layout_heads.py): the examples of
extractor/data/page_heads_examples.toml both ways, and a joined page whose documents keep their
facts' places and periods."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from extractor.api import extract_text
from extractor.layout_heads import document_starts
from extractor.page import Page

EXAMPLES = Path(__file__).resolve().parent.parent / "extractor" / "data" / "page_heads_examples.toml"
CASES = tomllib.loads(EXAMPLES.read_text(encoding="utf-8"))["case"]
SPACE = re.compile(r"\s+")


# a page of web text is mostly long lines of body, one paragraph a line (normalize reads a page of
# short lines as a narrow column and joins them): each example page ends with lines such as this
FILLER = "会议强调，各地各部门要把思想和行动统一到决策部署上来，细化工作方案，压实工作责任，确保各项任务按期完成。"


def page_text(lines: list[str]) -> str:
    return "\n".join(lines + [FILLER] * (len(lines) + 1))


def _heads(text: str) -> list[str]:
    page = Page.read(text, "t")
    paras = page.layout.paragraphs
    return [SPACE.sub("", page.text[paras[k].start:paras[k].end]) for k in document_starts(page.norm, paras)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_examples(case: dict) -> None:
    got = _heads(page_text(case["lines"]))
    # (normalize may join a short line to the next: a head is known by the line it opens with)
    assert len(got) == len(case["heads"])
    assert all(g.startswith(SPACE.sub("", h)) for g, h in zip(got, case["heads"]))


def test_both_ways() -> None:
    assert any(c["heads"] for c in CASES) and any(not c["heads"] for c in CASES)


def test_each_document_opens_an_article() -> None:
    case = CASES[0]
    page = Page.read(page_text(case["lines"]), "t")
    (start,) = document_starts(page.norm, page.layout.paragraphs)
    assert page.layout.paragraphs[start].article == page.layout.paragraphs[start - 1].article + 1


FIRST = """2026年九江市政府工作报告
——2026年1月18日在九江市第八届人民代表大会第四次会议上
各位代表：
过去一年，九江市新增城镇就业5.2万人，新建改建农村公路310公里，城乡居民收入增长与经济增长基本同步。
全市空气质量优良天数比例保持在八成以上，长江干流水质稳定在二类，生态环境持续向好。
教育、医疗、养老等公共服务不断完善，一批群众急难愁盼问题得到解决，社会大局和谐稳定。
今年，全市将新开工保障性住房1200套，改造老旧小区一百个，让更多群众住上好房子。
"""
SECOND = """首页 > 政务公开 > 工作报告
来源：湛江日报
2026年湛江市政府工作报告
——2026年1月22日在湛江市第七届人民代表大会第五次会议上
各位代表：
过去一年，湛江市新增城镇就业3.1万人，新建改建农村公路180公里，港口货物吞吐量再创新高。
全市海洋经济提质增效，临港产业加快集聚，现代渔业和滨海旅游呈现良好发展势头。
城市功能品质稳步提升，一批交通、水利和能源项目建成投用，发展后劲持续增强。
今年，全市将新开工保障性住房800套，新建一批社区养老服务站点，办好群众身边的实事。
"""


def _facts(text: str, shift: int) -> set[tuple]:
    # (the place is left out: names/places.py reads a short name's area from the whole page)
    return {(f.type, f.start - shift, f.text, f.period)
            for f in extract_text(text, "t") if f.type in ("count", "quantity") and f.start >= shift}


def test_a_joined_page_gives_what_its_documents_give() -> None:
    joined = FIRST + "\n\n\n" + SECOND
    second = _facts(SECOND, 0)
    assert len(second) >= 3
    assert _facts(joined, len(FIRST) + 3) == second
    assert {f for f in _facts(joined, 0) if f[1] < len(FIRST)} == _facts(FIRST, 0)
    page = Page.read(joined, "t")
    # two articles, the second from the frame of its site on
    assert [page.text[a.start:a.end][:4] for a in page.layout.articles] == ["2026", "首页>政"]
    assert [(s, e) for s, e in page.layout.documents] == [(a.start, a.end) for a in page.layout.articles]
    assert len(Page.read(SECOND, "t").layout.documents) == 1
