"""The arithmetic-first family (extractor/audit/arith*.py): what it counts as a telling number,
that it only ever says `consistent`, and that it leaves a claim another check reports on alone."""
from __future__ import annotations

from extractor.audit import arith, drafts_of
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def view_of(text: str) -> PageView:
    page = Page.read(text, "t")
    return PageView(page, run(load(NUMERIC_TYPES), page))


def test_digits_count_what_is_written() -> None:
    v = view_of("产值30475万元，增长7.8%，另有1500米、70%、1254人和三亿零四百七十五万吨。")
    got = {n.text: arith.digits(n) for n in v.nums}
    assert got["30475万元"] == 5
    assert got["7.8%"] == 2
    assert got["1500米"] == 2  # trailing zeros of a whole number say nothing
    assert got["70%"] == 1
    assert got["1254人"] == 4
    assert got["三亿零四百七十五万吨"] == 5


def test_only_consistent_and_found_by_arithmetic() -> None:
    v = view_of("全县粮食总产量达到五十二万三千六百吨，比上年增产三万一千八百吨，即百分之六点九。"
                "试点县累计出售住房2318套，其中1452套由原住户购得，原住户购房的比例为60.6%。")
    # 6.9% and 60.6% are both wrong (6.5%, 62.6%): the arithmetic proposes nothing, it never accuses
    assert arith.check(v) == []


def test_a_claim_read_by_another_check_is_left_to_it() -> None:
    v = view_of("这三年中，全省水泥产量由三千二百四十万吨增加到四千一百五十万吨，增长百分之二十八点一。")
    mine = arith.check(v)
    assert mine and mine[0].check == "growth" and mine[0].extra["found_by"] == "arithmetic"
    kept = [d for d in drafts_of(v) if d.facts[0]["start"] == mine[0].facts[0]["start"]]
    assert len(kept) == 1 and kept[0].extra.get("found_by") != "arithmetic"  # the growth check's own


FAR = ("普查显示，年末全省农村从业人员为{total}万人。按农村户数1533.08万户计算，户均从业人员2.52人；"
       "其中，从事农业人员为2215.30万人。从地区看，北部地区共有农村从业人员{part}万人，占全省总量的{share}。")


def _far_rates(text: str) -> list:
    v = view_of(text)
    return [d for d in arith.check(v) if d.check == "rate" and "占全省总量的" in v.text[:d.facts[0]["start"]]]


def test_a_share_reaches_back_for_its_whole_only_when_written_precisely() -> None:
    found = _far_rates(FAR.format(total="3862.47", part="1506.38", share="39.00%"))
    assert [d.facts[2]["text"] for d in found] == ["3862.47万人"]
    assert _far_rates(FAR.format(total="3862", part="1506", share="39%")) == []  # two digits: no reach
    assert _far_rates(FAR.format(total="3862.47", part="1506.38", share="41.00%")) == []  # no match: silence


def test_facts_closed_by_their_own_claim_are_not_an_earlier_claims() -> None:
    v = view_of("全行净资产达8624亿元，比年初增长19.86%；户均存款36.4亿元，比年初增加6.03亿元，增长19.9%。")
    claims = [d.facts[0]["text"] for d in arith.check(v)]
    assert "19.86%" not in claims and "19.9%" in claims


def test_sums_of_exact_parts_and_parts_dated_within_the_total() -> None:
    claims = [d.facts[0]["text"] for d in arith.check(view_of(
        "到1980年，全国前100家最大商业企业中，百货企业为31家，连锁企业27家，批发企业42家。"
        "规划纲要提出2026—2030年主要指标共28个，包括经济增长等19个预期性指标，以及到2030年单位产值能耗下降等9个约束性指标。"))]
    assert "100家" in claims and "28个" in claims
    assert arith.check(view_of("2023年全省新建学校112所，2024年新建学校47所，2025年新建学校65所。")) == []
