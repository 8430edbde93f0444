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
    from extractor.records import _ENCODER
    for page in PAGES:
        for fact in extract_text(page.read_text(encoding="utf-8"), page.stem):
            assert to_json(fact) == _ENCODER.encode(fact.model_dump(mode="json"))
