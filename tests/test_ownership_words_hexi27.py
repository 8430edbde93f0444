"""Session 27: words of ownership ending in 有 kept in metrics (国有, not 国), and the 河西 regions read only when
written in full (河西走廊, 河西地区; bare 河西 is none). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractor.metric_words import clean
from metric_of import metric_of


# -- a word of ownership that ends with 有 is no trailing verb (metric.toml [trailing] ownership)
@pytest.mark.parametrize("phrase,cleaned", [
    ("全市国有", "国有"),
    ("地方国有", "地方国有"),
    ("城镇私有", "城镇私有"),
    ("非公有", "非公有"),
    ("集体所有", "集体所有"),
    # (the verb 有 after a country or a body whose name ends with the word's first character goes)
    ("全国有", "全国"),
    ("我国有", "我国"),
    ("英国有", "英国"),
    ("派出所有", "派出所"),
    # (the word before makes a word with 国, though jieba cuts 国有: 两国 and 理事国 have)
    ("两国有", "两国"),
    ("常任理事国有", "常任理事国"),
])
def test_ownership_word_kept(phrase: str, cleaned: str) -> None:
    assert clean(phrase) == cleaned


@pytest.mark.parametrize("sentence,text,metric", [
    ("去年全县国有、集体商店的销售额分别上升９％和４％。", "９％", "国有商店的销售额上升"),
    ("去年全县国有、集体商店的销售额分别上升９％和４％。", "４％", "集体商店的销售额上升"),
    ("全区国有、私营工厂分别达到３０家和５０家。", "３０家", "国有工厂"),
])
def test_ownership_item_of_a_list(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # (the verb 有 after a country: what is counted is after the number)
    ("全国有３００多家工厂停产。", "３００多家", "工厂"),
    ("美国有２０００万人没有医疗保险。", "２０００万人", "没有医疗保险"),
])
def test_country_has_count(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


# -- 河西 of short_stop.txt blocks only the bare word as a short form (of 天津's 河西区): the regions written in
# full (geography.tsv) are read as places, as bench/gold/README.md's regions are
@pytest.mark.parametrize("sentence,place", [
    ("河西走廊今年新修水渠１２０公里。", "河西走廊"),
    ("河西地区今年新修水渠１２０公里。", "河西地区"),
    ("天津市河西区今年新修道路１２０公里。", "河西区"),
    ("河西今年新修水渠１２０公里。", None),
])
def test_hexi_region_written_in_full(sentence: str, place: str | None) -> None:
    from extractor.api import extract_text
    assert [f.place for f in extract_text(sentence) if f.type == "quantity"] == [place]
