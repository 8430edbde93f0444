"""audit/rows.py writes a finding's row without the pydantic model: the same bytes as
records.to_json of the Finding, or the model's own row where the draft holds other values."""
from __future__ import annotations

import json

from extractor.audit import audit_page, audit_page_rows, cross_document, cross_document_json
from extractor.audit.model import Draft
from extractor.audit.rows import FACT_REF_FIELDS, FINDING_FIELDS, finding_row
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES, Finding, FactRef, fact_row, to_json



def test_fields_are_the_models_fields_in_order():
    assert tuple(Finding.model_fields) == FINDING_FIELDS
    assert tuple(FactRef.model_fields) == FACT_REF_FIELDS


def _page_rows(doc: str, text: str) -> tuple[list[str], list[str]]:
    page = Page.read(text, doc)
    recs = run(load(NUMERIC_TYPES), page)
    return [to_json(f) for f in audit_page(page, recs)], audit_page_rows(page, recs)


def test_page_rows_are_the_models_rows():
    text = ("全市完成投资120亿元，其中工业投资80亿元、服务业投资30亿元。"
            "新增就业5万人，比上年增长25%，上年为4万人。共有3个园区：东区、西区、南区、北区。")
    models, rows = _page_rows("t", text)
    assert models and rows == models


def test_cross_document_rows_are_the_models_rows():
    rows = []
    for doc, text in (("a", "截至2023年6月，长沙市累计发放创业担保贷款1200笔。"),
                      ("b", "截至2023年10月，长沙市累计发放创业担保贷款1000笔。")):
        page = Page.read(text, doc)
        rows += [fact_row(r) for r in run(load(NUMERIC_TYPES), page)]
    models = [to_json(f) for f in cross_document(json.loads(r) for r in rows)]
    assert models and cross_document_json(rows) == models


def _draft(**kw) -> Draft:
    base = dict(check="sum", verdict="consistent", facts=[{"start": 1, "end": 4, "text": "12亿"}],
                expected=12, observed=12.0, explanation="x")
    base.update(kw)
    return Draft(**base)


def test_plain_and_unusual_drafts_are_written_as_the_model_writes_them():
    drafts = [
        _draft(),
        _draft(facts=[{"start": 0, "end": 2, "id": "abc", "text": "5%"}, {"end": 9, "start": 7}]),
        _draft(expected=None, observed=[1, 2.5], extra={"found_by": "arithmetic"}),
        _draft(expected=float("nan"), observed=float("inf")),  # not JSON's own: through the model
        _draft(expected=(1, 2), observed={"a": 1}),
        _draft(facts=[{"start": 1.0, "end": 4, "text": "12亿"}]),
        _draft(facts=[{"start": 1, "end": 4, "text": "12亿", "note": (1,)}]),
        _draft(extra={"level": 2, "ratio": 0.5}),
    ]
    for d in drafts:
        model = Finding(id="", doc="p", check=d.check, verdict=d.verdict, facts=d.facts, expected=d.expected,
                        observed=d.observed, explanation=d.explanation, **d.extra)
        row = json.loads(finding_row("p", d))
        model.id = row["id"]
        assert finding_row("p", d) == to_json(model)
