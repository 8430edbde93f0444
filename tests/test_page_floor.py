"""The short cuts that spare a short page its fixed cost (speed, issue 15) give what the long way
gives: each is checked here against the plain reading it replaced."""
from __future__ import annotations

import pytest

from extractor.names import default_segmenter
from extractor.names.org_known import country_abbreviations, country_heads
from extractor.names.words import Words, indices
from extractor.page import Page

TEXTS = [
    "美国总统周二表示，美将继续向该地区派出观察员。",
    "日本首相与俄罗斯总统会谈后，日俄双方发表联合声明，俄方表示欢迎。",
    "他说了这件事。",
    "中美合资企业今年产值增长百分之十二。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_country_heads_reads_the_forms_the_page_writes(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    words = Words.of(text, default_segmenter())
    asked: list[list[str]] = []
    looked_up = Words.indices_of
    monkeypatch.setattr(Words, "indices_of", lambda self, ws: asked.append(list(ws)) or looked_up(self, ws))
    country_heads(text, words)
    # the reading before: every form of the table tested on the page
    before = [a for a, full in country_abbreviations().items() if a in text and any(f in text for f in full)]
    assert len(asked) == 1 and sorted(asked[0]) == sorted(before)


@pytest.mark.parametrize("items, value", [(["n", "v", "n", "x"], "n"), (["n", "v"], "ns"), ([], "n"),
                                          ([3, 2, 3, 3], 3), (["x"], "x")])
def test_indices_are_every_index_of_the_value(items: list, value: object) -> None:
    assert indices(items, value) == [i for i, x in enumerate(items) if x == value]


def test_indices_of_a_set_of_many_words_is_every_token_of_them() -> None:
    text = "国务院总理和外交部部长会见了来访的总统，总理说，部长和总统都赞成。"
    words = Words.of(text, default_segmenter())
    wanted = frozenset(["总理", "部长", "总统", "外交部", "国务院", "会见", "来访", "赞成", "都"])
    assert words.indices_of(wanted) == [i for i, w in enumerate(words.texts) if w in wanted]
    assert words.indices_of(sorted(wanted)) == words.indices_of(wanted)


@pytest.mark.parametrize("text", ["他说了这件事。", "  本报讯 一行字的页面。  ", "标题一行"])
def test_a_page_of_one_line_is_one_paragraph_of_one_document(text: str) -> None:
    page = Page.read(text, "one-line")
    assert len(page.norm.paragraphs) == 1
    assert page.layout.documents == [page.norm.paragraphs[0]]
    # the same line with a second after it still ends its paragraph where it did
    two = Page.read(text + "\n\n第二段另起一行，写完了。", "two-lines")
    assert two.norm.text.startswith(page.norm.text)
