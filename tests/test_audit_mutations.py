"""Mutation test: each consistent gold claim, broken by changing one of its numbers, is flagged.

bench/audit_mutations.py does the work (there it mutates every number; here one per finding,
to stay fast). The gold comes from ../shared/corpus/gold and corpus/gold, whichever exist."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("audit_mutations", ROOT / "bench" / "audit_mutations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_broken_claims_are_flagged_and_intact_pages_are_not():
    bench = _bench()
    if not bench.gold_pages():
        pytest.skip("no gold audit files (../shared/corpus/gold, corpus/gold) on this machine")
    r = bench.measure(first_only=True)
    assert r["mutations"] >= 10
    assert not r["false_alarms"], r["false_alarms"]
    assert r["rate"] >= 0.95, r["missed"]


def test_a_mutation_changes_only_one_number_and_breaks_the_gold_arithmetic():
    bench = _bench()
    text = "发放创业担保贷款 84 笔，其中个人担保贷款 72 笔，小微企业 12 笔。"
    finding = {"check": "sum", "verdict": "consistent",
               "facts": [{"quote": "84笔"}, {"quote": "72笔"}, {"quote": "12笔"}]}
    muts = list(bench.mutations_of("t", text, finding))
    assert len(muts) == 3
    for m in muts:
        changed = [a for a, b in zip(text.split(), m.text.split()) if a != b]
        assert len(changed) == 1
    # the total goes down, the parts go up: broken however the breakdown is read
    assert "42 笔" in muts[0].text and "144 笔" in muts[1].text


# DEV documents whose gold holds sums, rates, growths, changes and parts (bench/gold/dev); the
# whole DEV set is run by `python bench/audit_mutations.py --dev`
DEV_SAMPLE = {"gwr-national-1958", "gwr-national-1979", "gwr-national-2013", "gwr2026-zhejiang", "gwr2026-ningxia"}


def test_real_findings_broken_beyond_rounding_are_flagged():
    bench = _bench()
    if not bench.dev_pages(docs=DEV_SAMPLE):
        pytest.skip("no DEV gold pages (../shared/corpus/external) on this machine")
    r = bench.measure_dev(docs=DEV_SAMPLE)
    assert r["mutations"] >= 20
    assert r["rate"] >= 0.9, r["missed"]


def test_dev_mutations_are_of_the_kinds_asked():
    bench = _bench()
    text = "全年专项债务2.52万亿元，其中省级专项债务1.64万亿元，市县专项债务8800亿元。油料产量由3000万吨增加到3300万吨，增长10%。"
    total = {"check": "sum", "verdict": "consistent", "expected": 2.52e12,
             "facts": [{"quote": "2.52万亿元"}, {"quote": "1.64万亿元"}, {"quote": "8800亿元"}]}
    m = bench.dev_mutation("t", text, total)
    assert "3.15万亿元" in m.text  # the total +25%
    growth = {"check": "growth", "verdict": "consistent", "expected": 10,
              "facts": [{"quote": "10%"}, {"quote": "3300万吨"}, {"quote": "3000万吨"}]}
    assert "增长15%" in bench.dev_mutation("t", text, growth).text  # the stated increase × 1.5


# blind DEV documents (bench/gold/dev-blind, written without reading the audit) whose findings
# are shares, averages and sums over a census bulletin and a national report; the whole set is
# run by `python bench/audit_mutations.py --dev-blind`. The sample is pinned to the gold lines it
# was chosen on: a later blind round (session 13) appended 12 lines to gwr-national-1960, which
# the whole-set run measures with the rest
DEV_BLIND_SAMPLE = {"19980113-02-003", "gwr-national-1960"}
DEV_BLIND_FIRST = {"gwr-national-1960": 4}


def test_blind_findings_broken_beyond_rounding_are_flagged():
    bench = _bench()
    if not bench.dev_pages(docs=DEV_BLIND_SAMPLE, split="dev-blind"):
        pytest.skip("no blind DEV gold pages (../shared/corpus/external) on this machine")
    r = bench.measure_dev(docs=DEV_BLIND_SAMPLE, split="dev-blind", first=DEV_BLIND_FIRST)
    assert r["mutations"] >= 20
    assert r["rate"] >= 0.8, r["missed"]


def test_dev_mutations_of_averages_and_multiples():
    bench = _bench()
    text = "全省农村劳动力为2680.5万人。按农户数860.2万户计算，户均劳动力3.12人。"
    average = {"check": "average", "verdict": "consistent", "expected": 3.116,
               "facts": [{"quote": "3.12人"}, {"quote": "2680.5万人"}, {"quote": "860.2万户"}]}
    assert "户均劳动力3.9人" in bench.dev_mutation("t", text, average).text  # a quarter higher


def test_dev_mutations_keep_how_a_count_is_written():
    bench = _bench()
    # a count in words stays in words (`两大`, as a text would write it), a count of one in digits
    # (`一个` is as often the article), the claim's first numeral is the one changed, a half × 1.5
    assert bench._rewrite("三大", 2) == "两大"
    assert bench._rewrite("十二项", 11) == "十一项"
    assert bench._rewrite("三点", 2) == "两点" and bench._rewrite("两点", 1) == "1点"  # 点 closing a run counts
    assert bench._rewrite("三点五亿元", 3.5e8 * 1.25).startswith("4.38")  # 点 inside a run is a decimal point
    assert bench._rewrite("两个规划", 1) == "1个规划"
    assert bench._rewrite("三个“1小时交通圈”", 2) == "两个“1小时交通圈”"
    assert bench._value("一半") == 0.5 and bench._rewrite("一半", 0.75) == "四分之三"
    assert bench._rewrite("６０个议席", 120) == "120个议席"


def test_dev_mutations_read_a_circle_zero_inside_a_number_in_words():
    bench = _bench()
    # `○` (a circle) stands for zero as `〇` does: the whole run is the number, not its tail
    assert bench._rewrite("四十点○三亿元", 40.03e8 * 1.25) == "50.04亿元"
    assert bench._rewrite("二○○六个", 2507) == "2507个"
