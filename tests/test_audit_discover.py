"""The discovery pass (extractor/audit/discover.py, discover_shares.py): consistent only, left
alone where another check reads the claim, kept to its reach, and no finding from a run of
numbers that the arithmetic meets only by chance."""
from __future__ import annotations

from extractor.audit import discover, drafts_of
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def view_of(text: str) -> PageView:
    page = Page.read(text, "t")
    return PageView(page, run(load(NUMERIC_TYPES), page))


def _claims(text: str) -> list[str]:
    return [d.facts[0]["text"] for d in discover.check(view_of(text))]


def test_a_sum_that_fails_says_nothing() -> None:
    # 5318 + 2946 = 8264: one part changed by 100 gives no finding at all, never an accusation
    assert _claims("全市今年新增就业岗位8264个，国有单位提供5318个，民营企业吸纳2946个。") == ["8264个"]
    assert _claims("全市今年新增就业岗位8264个，国有单位提供5418个，民营企业吸纳2946个。") == []


def test_every_finding_is_consistent_and_marked() -> None:
    text = ("受访者中，表示满意的有58.4%，表示一般的有33.9%，表示不满意的有7.7%。"
            "东区接待游客3719人次，西区接待游客2846人次，园区当日一共来了6565人次。")
    found = discover.check(view_of(text))
    assert len(found) == 2
    assert {d.verdict for d in found} == {"consistent"} and {d.extra["found_by"] for d in found} == {"discovery"}


def test_a_claim_read_by_another_check_is_left_to_it() -> None:
    text = "全县共有教师1520人，其中小学教师860人，中学教师660人。"
    assert _claims(text) == ["1520人"]  # the arithmetic alone would find it
    kept = [d for d in drafts_of(view_of(text)) if d.facts[0]["text"] == "1520人"]
    assert len(kept) == 1 and kept[0].extra.get("found_by") != "discovery"  # the sum check's own


def test_parts_beyond_the_reach_are_not_taken() -> None:
    filler = "，" + "这项工作进展顺利" * 40  # over REACH characters of words between total and parts
    near = "全市今年新增就业岗位8264个，国有单位提供5318个，民营企业吸纳2946个。"
    far = "全市今年新增就业岗位8264个" + filler + "。国有单位提供5318个，民营企业吸纳2946个。"
    assert _claims(near) and not _claims(far)


def test_a_part_of_the_measure_that_cannot_be_one_ends_the_run() -> None:
    # a target of the measure between the total and the parts: the run is not contiguous
    text = "全市今年新增就业岗位8264个，明年计划再安排2000个，国有单位提供5318个，民营企业吸纳2946个。"
    assert _claims(text) == []


def test_two_shares_need_three_digits_each() -> None:
    assert _claims("这批新生的学费来源里，家庭负担的是64.2%，助学贷款解决的是35.8%。") == ["64.2%"]
    assert _claims("这批新生的学费来源里，家庭负担的是60%，助学贷款解决的是40%。") == []
