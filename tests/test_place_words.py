"""A place is never read from inside other words (issue 13, session 28): a numeric run's facts (scope reads
the place-only path, names/block_words.py) take no name read across jieba's words; the blocks cut there give
the page's own words; bench/lint_place_words.py tells a mention's shape among the words."""
from __future__ import annotations

import sys
from pathlib import Path

from extractor.api import extract_text
from extractor.names import default_segmenter
from extractor.names.block_words import BlockWords
from extractor.names.words import Words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from lint_place_words import shape  # noqa: E402


def _numeric_places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "t", ["count", "percent"])}


def test_a_numeric_runs_place_is_read_where_words_begin_and_end() -> None:
    assert _numeric_places("南昌市今年新建县域养老中心十二个。")["十二个"] == "南昌市"
    assert _numeric_places("汕头市的房屋租金平均上涨了3%。")["3%"] == "汕头市"
    # negative: a name standing as a word of its own is the place, its level word before 市委 too
    assert _numeric_places("南昌市新建县今年建成养老中心十二个。")["十二个"] == "新建县"
    assert _numeric_places("淮阴市委今年办了十二件实事。")["十二件"] == "淮阴市"


def test_blocks_cut_alone_give_the_pages_words() -> None:
    text = "今年，全县新建县域医疗中心3个（含2个分中心）；租金平均下降5.5%。\n第二段：上海浦东新楼多。"
    seg = default_segmenter()
    page, blocks = Words.of(text, seg), BlockWords(text, seg)
    blocks.prepare(range(0, len(text), 7))  # some blocks cut together, the rest one by one when asked
    assert all(page.is_boundary(i) == blocks.is_boundary(i) for i in range(len(text) + 1))
    assert all(page.token_at(i)[:2] == blocks.token_at(i)[:2] for i in range(len(text)) if text[i] not in "\n")


def test_lint_shapes() -> None:
    text = "新建县域医疗，租金平均，中国政府，首都北京，北京市。"
    words = Words.of(text, default_segmenter())
    at = text.index
    assert shape(words, at("新建县"), at("新建县") + 3) == "across_end"
    assert shape(words, at("金平"), at("金平") + 2) == "across_start"
    assert shape(words, at("中国"), at("中国") + 2) == "head"
    assert shape(words, at("北京，"), at("北京，") + 2) == "tail"
    assert shape(words, at("北京市"), at("北京市") + 3) == "whole"
