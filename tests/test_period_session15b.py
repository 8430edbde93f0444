"""Periods in government work reports: shapes found in session 15 (issue 13, helper period15b) on the fit half
of the blind gold of report stretches, each with an example that must change and one that must not."""
from __future__ import annotations

from typing import Optional

from extractor.api import extract_text

REVIEW = "2026年政府工作报告\n过去五年，"


def periods(text: str, doc: str, quotes: tuple[str, ...]) -> list[Optional[str]]:
    """The period of each quoted fact of the text, in the order asked."""
    facts = {f.text: f.period for f in extract_text(text, doc)}
    return [facts[q] for q in quotes]


def test_acts_of_a_five_year_review_are_of_the_span() -> None:
    # measures launched, results formed, awards won, units merged, reviews passed: done over the five years
    text = REVIEW + ("全省推出7批240项改革举措，形成45项首创成果，3组8家企业实现重组。获国家科学技术奖17项，"
                     "26个县通过评估，运送旅客250万人次。某市空气质量改善18%，满意率稳定在91%以上。")
    quotes = ("7批", "45项", "3组", "17项", "26个", "250万人次", "18%", "91%")
    assert periods(text, "gwr2026-anhui", quotes) == ["2021/2025"] * len(quotes)
    # unchanged: a level with no act (a rate, a count that stands) is the span's last year's
    assert periods(REVIEW + "常住人口城镇化率61%，专精特新企业430家。", "gwr2026-anhui", ("61%", "430家")) == ["2025"] * 2


def test_a_level_of_a_five_year_review_is_not_read_by_the_next_items_verb() -> None:
    # 跨过…、年均增长: the next item's verb, after the figure's own 、, is not the level's
    text = REVIEW + "地区生产总值跨过4万亿元、年均增长5.1%。全省经营主体超700万户、增长40%。"
    assert periods(text, "gwr2026-anhui", ("4万亿元", "700万户", "5.1%", "40%")) == \
        ["2025", "2025", "2021/2025", "2021/2025"]
    # unchanged: a list whose verb comes after all its items (8家实验室、5家中心落户) is a flow
    text = REVIEW + "8家全国重点实验室、5家技术中心落户。"
    assert periods(text, "gwr2026-anhui", ("8家", "5家")) == ["2021/2025"] * 2


def test_a_total_or_a_rate_after_a_flow_is_a_level() -> None:
    # 新增…62家，总数…; 浓度下降…，比率超过…: a stock or a rate of its own, not a list item of the flow
    text = REVIEW + "新增上市公司55家，总数170家。细颗粒物浓度下降11%，优良天数比率超过84%。研发投入强度2.4%。"
    assert periods(text, "gwr2026-anhui", ("55家", "170家", "11%", "84%", "2.4%")) == \
        ["2021/2025", "2025", "2021/2025", "2025", "2025"]
    # unchanged: a list item of the same unit with no word of its own goes on with the flow before it
    text = REVIEW + "新建学校120所，医院35所。"
    assert periods(text, "gwr2026-anhui", ("120所", "35所")) == ["2021/2025"] * 2


def test_a_share_of_a_base_year_is_the_compared_figures() -> None:
    # 为一九五五年的…%: the compared figure's ratio to the base, of the year the sentence speaks of
    text = "１９５６年预算收入中，某税收入为２，５００，０００，０００元，为１９５５年的９７．５％。"
    assert periods(text, "gwr-national-1956", ("９７．５％",)) == ["1956"]
    # unchanged: a comparison's base's own level (高于…的…%) is the base's year
    text = "１９５６年某产品增长１２％，高于１９５５年的９％。"
    assert periods(text, "gwr-national-1956", ("１２％", "９％")) == ["1956", "1955"]


def test_a_starting_level_of_a_report_is_its_sentences_only() -> None:
    # 从2007年末的…增加到…: the next sentences go on with the five years reviewed, not the start year
    text = ("2013年政府工作报告\n过去五年，全国新增就业5800万人。某类贷款余额从2007年末的5.4万亿元增加到"
            "2012年末的16.3万亿元。改造农村危房980万户。")
    assert periods(text, "gwr-national-2013", ("5.4万亿元", "980万户")) == ["../2007-12", "2008/2012"]
    # unchanged: a span so written (从1979年到1982年的四年内) is what the next sentences go on about
    text = ("1983年政府工作报告\n从一九七九年到一九八二年的四年中间，某行业平均每年增长百分之十一。"
            "某产品产量增长百分之三十。")
    assert periods(text, "gwr-national-1983", ("百分之三十",)) == ["1979/1982"]


def test_a_starting_average_names_the_year_before() -> None:
    # 由平均…下降到…: the average the change starts from, the year before the one reviewed
    text = "2026年政府工作报告\n过去一年，某项服务费由平均3300元下降到1200元左右。"
    assert periods(text, "gwr2026-ningxia", ("3300元", "1200元")) == ["2024", "2025"]
    # unchanged: an average with no start word (平均3300元) is the year reviewed
    text = "2026年政府工作报告\n过去一年，某项服务费平均3300元。"
    assert periods(text, "gwr2026-ningxia", ("3300元",)) == ["2025"]


def test_visits_raises_and_steps_crossed_over_five_years_are_of_the_span() -> None:
    # 三次莅临, 6次调高, 连跨3个台阶, 筹建…套: what happened over the five years, counted
    text = REVIEW + "某领导三次莅临某省考察，6次调高养老金标准，存款余额连跨3个万亿元台阶，筹建租赁住房7.2万套。"
    text += "消除城区积水点位41处，清理规章1900件，废止640件。"
    assert periods(text, "gwr2026-anhui", ("三次", "6次", "3个", "7.2万套", "41处", "640件")) == ["2021/2025"] * 6
    # unchanged: a level crossed (跨越6000亿元大关) is the span's last year's
    text = REVIEW + "地区生产总值跨越6000亿元大关，年均增长5.5%。"
    assert periods(text, "gwr2026-anhui", ("6000亿元",)) == ["2025"]
