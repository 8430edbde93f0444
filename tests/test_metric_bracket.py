"""A count alone in brackets (extractor/metric_bracket.py counted_bracket): after a heading it counts the
heading; after a place or a number's own unit it does not."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    ("获奖名单：三等奖（６名）某某某。", "６名", "三等奖"),
    ("表彰名单：二、先进单位（共８０个）某某厂。", "８０个", "先进单位"),
])
def test_a_count_in_brackets_counts_its_heading(sentence: str, text: str, metric: str):
    assert metric_of(sentence, text, ["count"]) == metric


@pytest.mark.parametrize("sentence,text", [
    ("兴建的大连、鞍山（两座）等钢厂。", "两座"),     # the bracket counts within the place
    # (a phase in brackets, 鞍山（三期）, is no count at all: rules/terms.py)
    ("其中轻伤２件（２人），已结案。", "２人"),        # it counts the number's own things before it
])
def test_a_count_in_brackets_after_a_place_or_a_number_names_nothing(sentence: str, text: str):
    assert metric_of(sentence, text, ["count"]) is None
