"""The tolerance policy, the cross-document check, and bad input."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit import audit_page, cross_document
from extractor.audit.tolerance import Interval, fmt_like, interval_of
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.record import Record
from extractor.records import NUMERIC_TYPES


def test_precision_as_written():
    assert interval_of("47%", 47, "exact", None, "percent").meets(Interval.point(47.099))
    assert not interval_of("23.91%", 23.91, "exact", None, "percent").meets(Interval.point(23.86))
    iv = interval_of("47.10%", 47.10, "exact", None, "percent")  # rounded or cut to 0.01
    assert math.isclose(iv.lo, 47.095) and math.isclose(iv.hi, 47.11)
    iv = interval_of("3943 万", 39430000, "exact", None, "money")
    assert (iv.lo, iv.hi) == (39425000, 39435000)
    assert interval_of("84 笔", 84, "exact", None, "count") == Interval(84, 84)  # a count written out is exact


def test_qualifiers_widen():
    assert interval_of("7800余个", 7800, "over", None, "count") == Interval(7800, 7900)
    assert interval_of("30多起", 30, "over", None, "count") == Interval(30, 40)
    assert interval_of("1.1万余元", 11000, "over", None, "money") == Interval(11000, 12000)
    assert interval_of("5000万", 50000000, "over", None, "money").hi == math.inf  # 以上
    assert interval_of("4.0%", 4.0, "under", None, "percent").hi == 4.05
    about = interval_of("约1,260万元", 12600000, "about", None, "money")
    assert about.lo < 11400000 and about.hi > 13800000
    assert interval_of("5至15户", 5, "range", 15, "count") == Interval(5, 15)


def test_interval_arithmetic_adds_rounding_up():
    parts = (interval_of("98.15亿元", 9815e6, "exact", None, "money")
             + interval_of("48.23亿元", 4823e6, "exact", None, "money"))
    assert parts.meets(interval_of("146.4亿元", 14640e6, "exact", None, "money"))
    assert not parts.meets(interval_of("146.5亿元", 14650e6, "exact", None, "money"))


def test_numbers_in_explanations_are_written_like_the_claim():
    assert fmt_like(39430000, "3943 万", 39430000) == "3943万"
    assert fmt_like(202, "182人", 182) == "202人"
    assert fmt_like(2.56e8, "2.46亿元", 2.46e8) == "2.56亿元"


def _records(doc: str, text: str, place: str) -> list[Record]:
    page = Page.read(text, doc)
    recs = run(load(NUMERIC_TYPES), page)
    for r in recs:
        r.place = r.place or place
    return recs


def test_cumulative_totals_across_documents():
    a = _records("a", "截至2023年6月，全市累计发放创业担保贷款1200笔。", "长沙市")
    b = _records("b", "截至2023年10月，全市累计发放创业担保贷款1000笔。", "长沙市")
    c = _records("c", "截至2023年12月，全市累计发放创业担保贷款1500笔。", "长沙市")
    other = _records("d", "截至2023年12月，全市累计发放创业担保贷款900笔。", "株洲市")
    found = cross_document(a + b + c + other)
    verdicts = sorted((f.doc, f.verdict) for f in found)
    assert verdicts == [("b", "inconsistent"), ("c", "consistent")]
    bad = next(f for f in found if f.verdict == "inconsistent")
    assert "1200笔" in bad.explanation and "1000笔" in bad.explanation


def test_not_cumulative_is_not_compared():
    a = _records("a", "截至2023年6月，全市发放创业担保贷款1200笔。", "长沙市")
    b = _records("b", "截至2023年10月，全市发放创业担保贷款1000笔。", "长沙市")
    assert cross_document(a + b) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["其中", "分别为", "共", "占", "的", "增长", "比", "由", "到", "率", "、", "，", "；",
                                 "。", "等", "在", "每", "均", "累计", "划分为", "（", "）", "84笔", "3个", "5至15户",
                                 "47%", "2.2公里", "以上", "万", "亿元", "倍", "个百分点", "人", "名", "\n"]),
                max_size=40))
def test_any_text_audits_without_error(parts):
    text = "".join(parts)
    page = Page.read(text, "fuzz")
    for f in audit_page(page, run(load(NUMERIC_TYPES), page)):
        assert f.facts and f.verdict in ("consistent", "inconsistent", "unverifiable")
        for x in f.facts:
            assert 0 <= x.start <= x.end <= len(text)


def test_zero_bases_give_no_error():
    for text in ("产值由0亿元增长到3亿元，增长47%。", "产值0亿元，是2020年0亿元的3倍。",
                 "户均资产4.6亿元，比年初增加4.6亿元，增长20%。", "查出问题0个，整改问题0个，整改率100%。"):
        page = Page.read(text, "zero")
        for f in audit_page(page, run(load(NUMERIC_TYPES), page)):
            assert f.verdict == "unverifiable", f.explanation


def test_cross_document_rows_parse_only_what_can_take_part():
    import json
    from extractor.audit import cross_document_rows
    from extractor.audit.cumulative import may_take_part
    a = _records("a", "截至2023年6月，全市累计发放创业担保贷款1200笔。", "长沙市")
    b = _records("b", "截至2023年10月，全市累计发放创业担保贷款1000笔。另外，全市新增就业3000人。", "长沙市")
    rows = [json.dumps(r.public(), ensure_ascii=False) for r in a + b]
    assert not all(may_take_part(r) for r in rows)  # 3000人's sentence has no 累计
    assert [(f.doc, f.verdict) for f in cross_document_rows(rows)] == \
           [(f.doc, f.verdict) for f in cross_document(a + b)] == [("b", "inconsistent")]
