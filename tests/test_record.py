"""The one record a fact is while a page is read (extractor/record.py): Fact's fields and the
internal normalized offsets, which no Fact, JSON row or dict carries."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from extractor.api import process_page
from extractor.page import Page
from extractor.record import PUBLIC, Record
from extractor.records import Fact

# layout whitespace inside the number: raw and normalized offsets differ
TEXT = "2023年，芙蓉区发放贷款 5000\n万元，新增就业1.2万人。"


def records() -> list:
    return process_page(Page.read(TEXT, "t"), ["money", "count", "date", "place"], audit=False).records


def test_the_fields_are_facts_and_the_normalized_offsets() -> None:
    names = [f.name for f in dataclasses.fields(Record)]
    assert names == [*Fact.model_fields, "norm_start", "norm_end"]
    assert PUBLIC == tuple(Fact.model_fields)
    with pytest.raises(TypeError):  # a record is never without its offsets
        Record(id="x", doc="t", type="count", start=0, end=3, text="25场", value=25, qualifier="exact")


def test_a_record_reads_as_a_mapping_of_its_public_fields_only() -> None:
    money = next(r for r in records() if r.type == "money")
    page = Page.read(TEXT, "t")
    assert page.text[money.norm_start:money.norm_end] == "5000万元"
    assert TEXT[money.start:money.end] == money["text"] == "5000\n万元"
    assert money["place"] == money.get("place") == "芙蓉区" and money.get("period") == "2023"
    assert "norm_start" not in money and money.get("norm_start") is None
    with pytest.raises(KeyError):
        money["norm_end"]
    assert list(dict(money)) == list(PUBLIC) == list(money.public())
    assert not hasattr(money, "__dict__")  # slots: no field can be added by a typo


def test_validation_gives_the_public_fields_and_records_survive_pickling() -> None:
    recs = records()
    facts = process_page(Page.read(TEXT, "t"), ["money", "count", "date", "place"], audit=False).facts
    assert [f.model_dump() for f in facts] == [Fact.model_validate(r.public()).model_dump() for r in recs]
    assert all(pickle.loads(pickle.dumps(r)) == r for r in recs)
