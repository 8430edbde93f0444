"""Rates and shares said with one of their amounts only: unverifiable, the rate first and the amount
it is of second (rate_stems.py, share_part_unstated.py, rate_unbased.py); where both amounts are
given, the rate is computed; where the amount belongs to another measure, it is not taken."""
from __future__ import annotations

import pytest

from extractor.audit import audit_page
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES
from tests.test_claims26 import _findings, _of  # the findings of a text and those of one claim


@pytest.mark.parametrize("text, claim, amount", [
    # a deficit rate arranged for the year, its amount said after it in the sentence
    ("明年全省财政赤字率拟按2.8%左右安排，赤字规模420亿元。", "2.8%", "420亿元"),
    # the amount in the sentence before, named by the rate's head word only
    ("全区新增专项贷款余额之外，年末不良贷款余额36亿元。不良贷款率为1.9%。", "1.9%", "36亿元"),
    # a share whose part says no amount, its whole named and stated the sentence before
    ("本届大会选出代表共四千二百名。其中青年代表占全体代表的百分之二十三。", "百分之二十三", "四千二百名"),
    ("全镇共选出村委会委员一千六百名，女委员占全体委员的百分之三十一。", "百分之三十一", "一千六百名"),
    # the whole named with a total word (`代表总数`), its amount said under the things it counts
    ("全区此次共选出乡镇人大代表八千四百名，其中妇女代表占代表总数的百分之二十六，少数民族代表占代表总数的百分之九。",
     "百分之九", "八千四百名"),
    # a share whose part's amount restates it right after (`即`), the whole not stated
    ("今年全省遭冻害的果园约占全省果园五分之一即十二万亩。", "五分之一", "十二万亩"),
    ("全市外来务工人员约占全市常住人口的百分之三十，即九十万人。", "百分之三十", "九十万人"),
    # a share `占…的比重达到` said with its part's amount, its whole not stated
    ("全县民营经济税收十二亿元，占全县税收的比重达到百分之六十四。", "百分之六十四", "十二亿元"),
])
def test_rate_with_one_amount_is_unverifiable(text: str, claim: str, amount: str) -> None:
    found = _of(text, claim)
    assert found, _findings(text)
    assert all(v != "inconsistent" for _, v, _ in found)
    assert any(c == "rate" and v == "unverifiable" and facts[1:] == [amount] for c, v, facts in found), found


@pytest.mark.parametrize("text, claim, amount", [
    # the amount before the rate is a change, not a level the rate is of
    ("全市财政赤字比上年增加80亿元，赤字率按3%左右安排。", "3%", "80亿元"),
    # another measure's amount: the rate's noun is not in its name
    ("全县粮食产量九亿斤，森林覆盖率达到百分之四十二。", "百分之四十二", "九亿斤"),
    # the share's part has its own amount in its clause: not a whole-only share
    ("全区共有学校二百所。民办学校五十所占全部学校的百分之二十五。", "百分之二十五", "二百所"),
    # the rate's noun is one of a list of the people an amount counts, not the amount's measure
    ("全县扶持下岗、残疾人员创业三千人，登记失业率为3.1%。", "3.1%", "三千人"),
])
def test_amount_of_another_measure_is_not_taken(text: str, claim: str, amount: str) -> None:
    assert not any(c == "rate" and v == "unverifiable" and facts[1:] == [amount]
                   for c, v, facts in _of(text, claim)), _of(text, claim)


def test_amount_closing_the_clause_before_a_subjectless_share_is_its_part() -> None:
    # `教育费 N，占预算支出总数 P%`: the amount before is the share's own part, so the amount the
    # named whole stands for is not the whole of a share whose part is unsaid
    text = "全县预算支出共八亿元。社会文教费为二亿元，占预算支出总数百分之二十五。"
    page = Page.read(text, "example")
    found = [f.explanation for f in audit_page(page, run(load(NUMERIC_TYPES), page))]
    assert not any("该部分本身的数值未在文中给出" in why for why in found), found


def test_both_amounts_given_are_computed() -> None:
    # the part and the whole are both said: the share is checked, not left open
    text = "全县税收收入十二亿元，其中民营经济税收六亿元，占全县税收收入的比重达到百分之五十。"
    found = _of(text, "百分之五十")
    assert any(v == "consistent" and len(facts) == 3 for _, v, facts in found), found


def test_rate_alone_arranged_is_named() -> None:
    # a rate arranged with `按` and `左右`, no amount of it said: the claim alone
    found = _of("今年全市城镇调查失业率按5.5%左右掌握。", "5.5%")
    assert any(c == "rate" and v == "unverifiable" and len(facts) == 1 for c, v, facts in found), found


def test_change_of_a_rate_said_with_le_is_no_rate() -> None:
    # `升值了约`: the percent is how much the rate moved
    found = _of("去年人民币对欧元汇率升值了约6%。", "6%")
    assert not any(c == "rate" for c, _, _ in found), found


def test_change_of_a_rate_is_no_rate() -> None:
    # the number after the rate's name is its change, said with 比: no rate finding
    found = _of("城镇调查失业率比上年下降0.4%，登记失业人员二十万人。", "0.4%")
    assert not any(c == "rate" for c, _, _ in found), found


def test_restated_part_and_named_whole_are_checked_without_alarm() -> None:
    # the whole named by the share and the part restated after it: computed; a mismatch is only
    # unverifiable, as names alone tie the two amounts
    good = _of("全县耕地四百万亩。其中旱地约占全县耕地的百分之二十，即八十万亩。", "百分之二十")
    assert any(v == "consistent" for _, v, _ in good), good
    bad = _of("全县耕地四百万亩。另有旱地约占全县耕地的百分之二十，即九十万亩。", "百分之二十")
    assert bad and all(v == "unverifiable" for _, v, _ in bad), bad
