"""kind_parts.py with a short whole (a head noun of two characters) the text marks as a total or
its part as some of it: which pairs it generates (the full audit may take a pair by another check)."""
from __future__ import annotations

import pytest
from test_kind_parts import _pairs  # the pairs kind_parts.check generates on a text of its own


@pytest.mark.parametrize("text, whole, part", [
    # `共有` marks the whole; the part's noun is the whole's with words put before it, next sentence
    ("这个矿务局共有３．２万名工人。去年有８０００名退休工人领到了补贴。", "３．２万名", "８０００名"),
    # `其中` marks the part; `有` kept in the whole's metric is no word of the noun
    ("全镇共有农户6400户，其中养殖农户900户。", "6400户", "900户"),
    # a stock held (`拥有`) with no period of its own, its kind said for a year
    ("这个省拥有4000万人口，2024年农村人口降到1500万人。", "4000万人口", "1500万人"),
    # a count counts its last noun: the kind names only that noun with its own words before it
    ("今年在建的中小型水利工程项目共有二百四十个，年内可以有六十个灌溉项目交付使用。", "二百四十个", "六十个"),
    # a word of scope before the whole's name: the count's noun, its kinds listed after `其中`
    ("去年，全省乡村教师为38.6万人，其中，任教小学的教师为21.4万人。", "38.6万人", "21.4万人"),
])
def test_generated(text: str, whole: str, part: str) -> None:
    assert (whole, part, "consistent") in _pairs(text)


@pytest.mark.parametrize("text", [
    # a kind over its short whole says nothing: the names may only look alike
    "全镇共有农户6400户，其中养殖农户9900户。",
    # no word marks a total or a subset: a noun of two characters names too many things
    "去年招收学生300名。今年新生中留学学生40名。",
    # `永久基本农田` shares no head noun with `耕地`: no kind of it by the names
    "全市有耕地120万亩，其中永久基本农田95万亩。",
    # an amount's end is a word of measure, no thing: one crop's output is no kind of another's
    "全县蔬菜产量共计88万吨，水果产量12万吨。",
    # the total word opens a list: two kinds side by side, neither the other's whole
    "这家工厂共有在编职工900人，退休职工300多人。",
    "两年里他共参加了三次沙漠考察和两次冰川考察。",
    # a word of scope not right before the whole's name: siblings listed after a verb
    "全区已有初中学生4.1万人，高中学生1.9万人。",
    # two sentences on: too far for a short noun
    "全镇共有农户6400户。道路修到每个村。集市很热闹。养殖农户900户。",
])
def test_not_generated(text: str) -> None:
    assert _pairs(text) == []


def test_siblings_after_subset_word() -> None:
    # after `其中` each kind is part of the total said before, never of the sibling after it
    pairs = _pairs("全区施工项目共有80个，其中新开工的项目30个，续建项目50个。")
    assert ("80个", "30个", "consistent") in pairs and ("80个", "50个", "consistent") in pairs
    assert not any(whole == "50个" for whole, _, _ in pairs)
