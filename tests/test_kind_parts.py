"""kind_parts.py on its own: which pairs it generates (the full audit may take a pair by another check first)."""
from __future__ import annotations

import pytest

from extractor.audit import kind_parts
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _pairs(text: str) -> list[tuple[str, str, str]]:
    page = Page.read(text, "example")
    view = PageView(page, run(load(NUMERIC_TYPES), page))
    out = []
    for d in kind_parts.check(view):
        whole, part = (text[f["start"]:f["end"]] for f in d.facts[:2])
        out.append((whole, part, d.verdict))
    return out


@pytest.mark.parametrize("text, whole, part", [
    # a year's figure inside the span's total of the same name, the total said after it
    ("2025年，全县城镇新增就业1.2万人。\n\n2021年至2025年，全县城镇新增就业5.8万人。", "5.8万人", "1.2万人"),
    # words put in before the whole's head noun
    ("去年全区国营企业利润42.6亿元。国营商业企业利润9.3亿元。", "42.6亿元", "9.3亿元"),
    # the kind said first in the sentence
    ("全省电气化铁路营业里程3100公里，铁路营业里程5200公里。", "5200公里", "3100公里"),
])
def test_generated(text: str, whole: str, part: str) -> None:
    assert (whole, part, "consistent") in _pairs(text)


@pytest.mark.parametrize("text", [
    # a level held through each year of the span is no sum of the years
    "2021年至2025年，全省粮食产量稳定在700亿斤。\n\n2025年，全省粮食产量690亿斤。",
    # a span's figure inside a year's is no part of it
    "2025年，全县城镇新增就业6.1万人。2021年至2025年，全县城镇新增就业5.8万人。",
    # a part over its whole from names alone says nothing
    "去年全区国营企业利润42.6亿元。国营商业企业利润49.3亿元。",
    # one character put in makes another word (手工业 is no kind of 工业)
    "去年全区工业总产值42.6亿元。手工业总产值9.3亿元。",
])
def test_not_generated(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize("text", [
    # a clause that points back (`这方面的`) restricts nothing named here
    "去年全省高等学校招生人数31万人，这方面的招生人数29万人。",
    # a head of two characters is a word of measure of anything (`产值`)
    "去年全县农业产值78亿元，社办工业的产值10亿元。",
])
def test_not_restricted(text: str) -> None:
    assert _pairs(text) == []


def test_restricted() -> None:
    text = "去年全省外出农民工860万人，返乡创业的农民工12万人，人数明显增多。"
    assert ("860万人", "12万人", "consistent") in _pairs(text)
