"""api.iter_facts: extract_text's facts one at a time, for callers that write each as it comes."""
import inspect
from pathlib import Path

from extractor.api import extract_text, iter_facts
from extractor.records import to_json

PAGES = sorted((Path(__file__).parent.parent / "corpus" / "pages").glob("*.txt"))


def test_the_same_facts_as_extract_text_in_the_same_order():
    assert PAGES
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for types in (None, ["money", "count"], ["person", "org"]):
            got = [to_json(f) for f in iter_facts(text, page.stem, types)]
            assert got == [to_json(f) for f in extract_text(text, page.stem, types)], (page.name, types)
            assert got or types == ["person", "org"]


def test_lazy_and_empty_pages_give_nothing():
    assert inspect.isgenerator(iter_facts("", "x"))
    assert list(iter_facts("", "x")) == []
    assert list(iter_facts(" \n\n ", "x")) == []


def test_a_fact_row_is_its_model_dump():
    from extractor.records import ROW_ENCODER
    for page in PAGES:
        for fact in extract_text(page.read_text(encoding="utf-8"), page.stem):
            assert to_json(fact) == ROW_ENCODER.encode(fact.model_dump(mode="json"))


def test_iter_rows_are_the_validated_facts_rows():
    from extractor.api import iter_rows
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for types in (None, ["money", "count"], ["person", "org"]):
            assert list(iter_rows(text, page.stem, types)) == \
                [to_json(f) for f in extract_text(text, page.stem, types)], (page.name, types)
    assert list(iter_rows(" \n", "x")) == []


def _a_record(**changes):
    from extractor.engine import page_records
    from extractor.page import Page
    page = Page.read("2024年，全市新增就业1.2万人，增长约3%，投资120亿元至150亿元。", "p")
    records = {r.type: r for r in page_records(page, ("count", "percent", "money"))}
    record = records[changes.pop("kind", "count")]
    for k, v in changes.items():
        setattr(record, k, v)
    return record


def test_fact_row_checks_as_a_fact_does():
    import pytest
    from pydantic import ValidationError

    from extractor.facts import validate
    from extractor.records import fact_row
    assert fact_row(_a_record()) == to_json(validate([_a_record()])[0])
    assert fact_row(_a_record(kind="money")) == to_json(validate([_a_record(kind="money")])[0])
    bad = [dict(end=0), dict(qualifier=None), dict(qualifier="roughly"), dict(start=-1), dict(type="amount"),
           dict(value=[1]), dict(article=-2), dict(sentence=None), dict(aliases=["a", 1]),
           dict(qualifier="range", value_max=None)]
    for change in bad:
        with pytest.raises(ValidationError):  # what pydantic refuses, fact_row refuses too
            validate([_a_record(**change)])
        with pytest.raises(ValueError):
            fact_row(_a_record(**change))
    # stricter where pydantic would convert: True would be written as 1, 3.0 and "3" as 3
    for change in (dict(value=True), dict(article=3.0), dict(article="3")):
        with pytest.raises(ValueError):
            fact_row(_a_record(**change))
    assert fact_row(_a_record(aliases=["甲"])).endswith('"aliases": ["甲"]}')


def test_fact_fields_are_facts_fields():
    """records.FACT_FIELDS (what Record holds and fact_row checks, read without pydantic) is
    Fact's list of fields: names, order, types, defaults and lower bounds."""
    from pydantic_core import PydanticUndefined

    from extractor.record import PUBLIC
    from extractor.records import FACT_FIELDS, REQUIRED, Fact
    assert [f.name for f in FACT_FIELDS] == list(Fact.model_fields) == list(PUBLIC)
    for f in FACT_FIELDS:
        info = Fact.model_fields[f.name]
        assert f.annotation == info.annotation, f.name
        assert (f.default is REQUIRED) == (info.default is PydanticUndefined), f.name
        assert f.default is REQUIRED or f.default == info.default, f.name
        assert f.ge == next((m.ge for m in info.metadata if hasattr(m, "ge")), None), f.name


def test_writing_rows_needs_no_pydantic():
    import subprocess
    import sys
    code = ("import sys; from extractor.api import iter_rows; "
            "rows = list(iter_rows('2024年，全市新增就业1.2万人，增长3%。', 'p')); "
            "assert rows and 'pydantic' not in sys.modules, sorted(m for m in sys.modules if 'pydantic' in m)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent)
