"""False alarms and loose pairings the session-26 review found, each with a sentence of our own:
a multiple whose clause names another subject (growth_times.py), a `超过…的` modifier read as a
named base (wording.without_named_base), a rest label naming one part's siblings
(exhaustive_parts.rest_item), a plan noun with a copula (growth_open._planned), a dated change
between a level and a claim (growth_open.near_level), a subject pronoun before parallel clauses
(enumeration_back), two places' counts (kind_parts), points over an unstated target (growth.py);
and the readings kept beside them."""
from __future__ import annotations

import pytest

from extractor.audit import audit_page
from extractor.audit.exhaustive_parts import rest_item
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _findings(text: str) -> list[tuple[str, str, list[str], str]]:
    page = Page.read(text, "example")
    return [(f.check, f.verdict, ["".join((x.text or "").split()) for x in f.facts], f.explanation)
            for f in audit_page(page, run(load(NUMERIC_TYPES), page))]


def _of(text: str, claim: str) -> list[tuple[str, str, list[str], str]]:
    return [f for f in _findings(text) if f[2] and f[2][0] == claim]


# 1. a multiple whose own clause names another subject, or a share's: not the amounts before it
@pytest.mark.parametrize("text, claim", [
    ("1960年全县棉花产量3万担。1965年全县棉花产量9万担，油料产量达到1960年的5倍。", "5倍"),
    ("1980年全市进口6亿美元。今年全市进口30亿美元，出口总额等于1980年的2倍。", "2倍"),
    ("1980年全县工业产值4亿元。今年全县工业产值12亿元，占全地区的比重达到1980年的2倍。", "2倍"),
])
def test_multiple_of_another_subject_takes_no_level(text: str, claim: str) -> None:
    # the ratio's own level is not said: no finding (a claim alone on a ratio is not reported)
    assert not _of(text, claim), _findings(text)


def test_multiple_without_subject_still_takes_the_level_before() -> None:
    text = "1960年全县棉花产量3万担。1965年全县棉花产量9万担，达到1960年的3倍。"
    assert any(v == "consistent" and facts[1:] == ["9万担", "3万担"] for _, v, facts, _ in _of(text, "3倍"))


# 2. `超过…的` before the subject: the clause's own subject, no pair of the clause before
def test_over_modifier_is_no_named_base() -> None:
    text = "全县税收由50亿元增加到60亿元，超过上年平均水平的乡镇财政收入增长40%。"
    found = _of(text, "40%")
    assert all(v != "inconsistent" and facts == ["40%"] for _, v, facts, _ in found), found


def test_named_base_after_over_is_still_a_base() -> None:
    text = "全县税收六十亿元，超过年度预算百分之四，比上年增长百分之七，超过规划所定的二〇二五年的目标百分之九。"
    assert any(v == "unverifiable" and facts[1:] == ["六十亿元"] for _, v, facts, _ in _of(text, "百分之九"))


# 3. a rest label closes a list of its kind only
@pytest.mark.parametrize("labels", [
    ["学校是", "幼儿园是", "其他学校是"],       # other schools beside kindergartens: not the rest of the list
    ["医院", "卫生院", "其他医院"],
])
def test_rest_of_one_part_kind_does_not_close(labels: list[str]) -> None:
    assert rest_item(labels) is None


@pytest.mark.parametrize("labels, whole", [
    (["公立学校是", "民办学校是", "其他学校是"], ""),     # every listed part is a 学校
    (["医院", "卫生院", "其他卫生机构"], "全市有卫生机构"),  # the whole's own noun
])
def test_rest_of_the_whole_kind_closes(labels: list[str], whole: str) -> None:
    assert rest_item(labels, whole) == "其他"


def test_sum_short_of_total_with_sibling_rest_is_no_error() -> None:
    text = "全区有教育机构300所，其中学校是40所，幼儿园是100所，其他学校是10所。"
    assert not any(v == "inconsistent" for c, v, _, _ in _findings(text) if c == "sum"), _findings(text)


# 4. a plan noun with a copula, or reached by a verb, plans the whole run after it
@pytest.mark.parametrize("text", [
    "全县明年工作的目标是，粮食产量增长4%，工业产值增长9%，税收增长6%，人口增长控制在1%。",
    "我们的目标为，到2030年，工业产值增长9%，税收增长6%，城乡收入增长7%。",
    "今年的主要任务是，工业产值增长9%，税收增长6%，城乡收入增长7%。",
    "努力实现明年目标，工业产值增长9%，税收增长6%，城乡收入增长7%。",
])
def test_plan_with_copula_governs_its_sentence(text: str) -> None:
    assert not any(c == "growth" for c, _, _, _ in _findings(text)), _findings(text)


@pytest.mark.parametrize("text", [
    "全面完成年度目标任务，工业产值增长9%，税收增长6%，城乡收入增长7%。",
    "顺利实现全年目标，工业产值增长9%，税收增长6%，城乡收入增长7%。",
])
def test_plan_met_is_a_result(text: str) -> None:
    assert len([c for c, _, _, _ in _findings(text) if c == "growth"]) == 3, _findings(text)


# 5. a change of its own time between a level and a claim stops the look-back
@pytest.mark.parametrize("text, claim", [
    ("全县棉花产量40万担，增长6%，一九九五年增长2%，超过计划5%。", "2%"),
    ("全县棉花产量40万担，增长6%，一九九五年增长2%，超过计划5%。", "5%"),
    ("全县棉花产量40万担，增长6%，上半年增长2%。", "2%"),
])
def test_dated_change_takes_no_level_before(text: str, claim: str) -> None:
    assert all(facts == [claim] for _, _, facts, _ in _of(text, claim)), _of(text, claim)


# 6. a subject pronoun opening the first parallel clause; counts of two places
def test_pronoun_before_parallel_clauses_counts_the_clause() -> None:
    text = "他们修了公路，修了水渠，修了校舍。这两件事群众都很满意。"
    assert not any(v == "consistent" for c, v, _, _ in _findings(text) if c == "enumeration"), _findings(text)
    text = "他们修了公路，修了水渠，修了校舍。这三件事群众都很满意。"
    assert any(v == "consistent" and len(facts) == 4 for c, v, facts, _ in _findings(text) if c == "enumeration")


def test_kind_of_another_place_is_no_part() -> None:
    assert not any(c == "part_of" for c, _, _, _ in _findings("全国共有教师900万人，全县有乡村教师2000人。"))


def test_kind_of_the_same_place_is_named_without_the_verb() -> None:
    found = [f for f in _findings("全县共有教师5000人，全县有乡村教师2000人。") if f[0] == "part_of"]
    assert found and all("有" not in why.split("：")[0] for _, _, _, why in found), found


# 7. points over a target whose rate is not said
def test_points_over_unstated_target_are_unverifiable() -> None:
    text = "全县税收60亿元，超过年度计划4%，比上年增长11%，超过预期目标2个百分点。"
    found = _of(text, "2个百分点")
    assert found and all(v == "unverifiable" for _, v, _, _ in found), found


def test_points_over_stated_target_are_checked() -> None:
    text = "全县税收增长的预期目标为7%，实际比上年增长11%，超过预期目标4个百分点。"
    assert any(v == "consistent" and facts == ["4个百分点", "11%", "7%"] for _, v, facts, _ in _of(text, "4个百分点"))
