"""Session 25 (metricmp25): what a sum of People's Daily prose is, where the words before it only hand it
over (掏出, 付出, 留下, 交上, 筹得, 追加, 凑足: data/metric.toml [giving] verbs) and so name no money of their own:
the purpose said right after the sum (用于…) or in the clause after it (补贴…, 购买…: [giving] purposes)
names it, as it did for 拿出 and 下拨. Where nothing of the kind follows, the reading before stands. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from extractor.page import Page
from extractor.pipeline import page_records


def _metric(sentence: str, text: str) -> str | None:
    facts = [f for f in page_records(Page.read(sentence, "example"), ["money", "percent"], None, scope=False)
             if f["text"].startswith(text)]
    assert facts, sentence
    return facts[0]["metric"]


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a verb that only hands the sum over, then what it is for
    ("镇政府追加８０万元用于修缮乡村小学的校舍。", "８０万元", "修缮乡村小学的校舍"),
    ("厂里又凑足５万元，购买了一台新锅炉。", "５万元", "新锅炉"),
    ("县财政拿出３０万元，补贴受灾的养殖户。", "３０万元", "受灾的养殖户"),
])
def test_sum_handed_over_is_named_by_its_purpose(sentence: str, text: str, metric: str) -> None:
    assert metric in (_metric(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- no purpose after the sum: the words before stand
    ("他当场掏出２００元，转身就走了。", "２００元", "掏出"),
    # (a noun of money right after the sum names it)
    ("村民们捐了３万元善款。", "３万元", "善款"),
    # (a clause after that only compares is no purpose)
    ("公司捐３０万元，比上年多一倍。", "３０万元", "捐"),
    # (a sum a deal is worth is no sum handed over: the clause after it names no purpose of it)
    ("双方成交２００万元，签订了供货合同。", "２００万元", "成交"),
    # (a document signed with a payment is not what the payment is)
    ("老人掏出２０元，签订了一份家庭医生服务协议。", "２０元", "掏出"),
    # (whom a sum helps goes on to do something: the words after 帮助 name no purpose of the sum alone)
    ("村委会拿出８０００元，帮助五保户翻修了房屋。", "８０００元", "拿出"),
    # (a 其中 part of a total named before is that total, whatever the clause after it does with it)
    ("全县累计发放助学贷款５６００万元，其中去年发放１９００万元，扶持一千多名学生完成学业。", "１９００万元", "助学贷款"),
])
def test_no_purpose_after_the_sum(sentence: str, text: str, metric: str) -> None:
    assert metric in (_metric(sentence, text) or "")


@pytest.mark.parametrize("sentence,text,metric", [
    # -- a share said against its whole only (在 X 中): the part is the subject of a clause before
    ("在全省经济中，旅游业增长最快，到二○○○年，在地区生产总值的比重中要达到１５％。", "１５％", "旅游业"),
    ("今年出口增长很快，在全部外贸中占５５％。", "５５％", "出口"),
    # (the verb after the subject is no part of it)
    ("乡镇企业发展迅速，在农村社会总产值中占６０％。", "６０％", "乡镇企业"),
    # (the share noun after 中, the part said in the clause before: a second share of one part)
    ("集体企业在全县产值中的比重为４０％，在上缴税金中的比重为５５％。", "５５％", "集体企业"),
])
def test_share_of_a_whole_is_the_part_before(sentence: str, text: str, metric: str) -> None:
    assert _metric(sentence, text) == metric


@pytest.mark.parametrize("sentence,text,metric", [
    # -- the part said in the share's own clause stays
    ("外资在全市工业投资中只占２０％。", "２０％", "外资"),
    ("外资在全市工业投资中的比重为２０％。", "２０％", "外资"),
    # (N% of X: X is what the share is taken of, named right before 的)
    ("去年坏账增加很多，该行贷款中的１５％已无法收回。", "１５％", "贷款"),
])
def test_share_with_its_part_in_its_clause(sentence: str, text: str, metric: str) -> None:
    assert metric in (_metric(sentence, text) or "")
