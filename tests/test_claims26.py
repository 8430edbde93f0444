"""Claims whose other operand the text does not give: unverifiable, the claim first and the amount
it belongs to second (growth_times.py, growth_open.near_level, rate_phrases.py); where the text
gives the other operand, or the amount belongs to another subject, no such finding."""
from __future__ import annotations

import pytest

from extractor.audit import audit_page
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _findings(text: str) -> list[tuple[str, str, list[str]]]:
    page = Page.read(text, "example")
    return [(f.check, f.verdict, ["".join((x.text or "").split()) for x in f.facts])
            for f in audit_page(page, run(load(NUMERIC_TYPES), page))]


def _of(text: str, claim: str) -> list[tuple[str, str, list[str]]]:
    return [f for f in _findings(text) if f[2] and f[2][0] == claim]


@pytest.mark.parametrize("text, claim, amount", [
    # a multiple of a named year's level, only the current level said, in the clause before
    ("今年全省钢材产量达到520万吨，相当于2010年的3.2倍。", "3.2倍", "520万吨"),
    ("全县外贸出口额八亿元，为二〇〇五年的四点五倍。", "四点五倍", "八亿元"),
    # traditional characters, Chinese numerals, `等於`
    ("煤炭產量九千萬噸，等於一九五零年的二點四倍。", "二點四倍", "九千萬噸"),
    # a growth over a named target, past two other changes of the same level
    ("全市财政收入三十亿元，超过年度预算百分之五，比上一年增长百分之九，超过规划所定的二〇二〇年的目标百分之十二。",
     "百分之十二", "三十亿元"),
])
def test_claim_with_its_amount_is_unverifiable(text: str, claim: str, amount: str) -> None:
    found = _of(text, claim)
    assert found, _findings(text)
    assert all(v != "inconsistent" for _, v, _ in found)
    assert any(v == "unverifiable" and facts[1:2] == [amount] for _, v, facts in found), found


def test_fulfilment_with_only_the_amount_done() -> None:
    text = "受旱灾影响，全县粮食总产量四亿斤，只完成年度计划的百分之九十六。"
    found = _of(text, "百分之九十六")
    assert any(c == "rate" and v == "unverifiable" and facts[1:] == ["四亿斤"] for c, v, facts in found), found


@pytest.mark.parametrize("text, claim, amount", [
    # the multiple's clause names a subject of its own: the amount before is another measure's
    ("钢材产量520万吨，出口量达到2010年的3.2倍。", "3.2倍", "520万吨"),
    # a `分别` list: each rate is its own level's, not the last amount's
    ("城镇居民收入4万元，农村居民收入2万元，分别比上年增长6%和8%。", "6%", "2万元"),
])
def test_amount_of_another_subject_is_not_taken(text: str, claim: str, amount: str) -> None:
    assert not any(facts[1:2] == [amount] for _, _, facts in _of(text, claim)), _of(text, claim)


def test_base_given_is_computed_not_left_unverifiable() -> None:
    # the named year's level is said before: the ratio is checked, not left open
    text = "2010年全省钢材产量为160万吨。今年全省钢材产量达到520万吨，相当于2010年的3.25倍。"
    found = _of(text, "3.25倍")
    assert any(v == "consistent" for _, v, _ in found), found
