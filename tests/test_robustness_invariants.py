"""The invariants every extraction must keep, whatever the input (issue 7), and tests of the checker.

`check_extraction(text)` is shared by the hypothesis properties (test_properties.py), the fuzz
harness (bench/fuzz.py) and the replay of the fuzz regressions (test_robustness_fuzz.py).
"""
from __future__ import annotations

import json

import pytest

from extractor.api import extract_text
from extractor.normalize import map_char, normalize
from extractor.records import NUMERIC_TYPES, Fact, to_json


def squeeze(s: str) -> str:
    """A span as the normalizer should see it: no whitespace, full-width forms mapped to ASCII."""
    return "".join(map_char(c) for c in s if not c.isspace())


def check_facts(original: str, facts: list[Fact]) -> None:
    """Raise AssertionError naming the first record that breaks an invariant."""
    norm = normalize(original)
    previous = (-1, -1)
    for f in facts:
        row = to_json(f)
        # the record survives a JSON round trip through the schema's model
        again = Fact.model_validate(json.loads(row))
        assert again == f, f"record does not round-trip: {row}"
        assert 0 <= f.start <= f.end <= len(original), f"offsets out of the text: {row}"
        assert original[f.start:f.end] == f.text, f"text is not original[start:end]: {row}"
        assert f.end > f.start, f"empty span: {row}"
        assert (f.start, f.end) >= previous, f"records out of document order: {row}"
        previous = (f.start, f.end)
        lo, hi = norm.from_raw(f.start), norm.from_raw(f.end)
        assert squeeze(f.text) == squeeze(norm.text[lo:hi]), \
            f"original span and normalized span differ: {row} vs {norm.text[lo:hi]!r}"


def check_extraction(text: str, types=None) -> list[Fact]:
    """Extract, check every invariant, check that a second run gives the same output."""
    facts = extract_text(text, "fuzz", types)
    check_facts(text, facts)
    again = extract_text(text, "fuzz", types)
    assert [to_json(f) for f in facts] == [to_json(f) for f in again], "output is not deterministic"
    return facts


def check_audit(text: str) -> None:
    """The audit of a page never raises; its findings validate and point into the text."""
    from extractor.audit import audit_page
    from extractor.page import Page
    from extractor.pipeline import load, run
    from extractor.records import Finding
    page = Page.read(text, "fuzz")
    if not page.text:
        return
    for finding in audit_page(page, run(load(NUMERIC_TYPES), page)):
        Finding.model_validate(json.loads(to_json(finding)))
        assert finding.facts, f"a finding without facts: {to_json(finding)}"
        for ref in finding.facts:
            assert 0 <= ref.start <= ref.end <= len(text), f"finding offsets out of the text: {to_json(finding)}"
            if ref.text is not None:
                assert text[ref.start:ref.end] == ref.text, f"finding text is not text[start:end]: {to_json(finding)}"


def fact_shape(facts: list[Fact]) -> list[tuple]:
    """What must not change when only layout whitespace changes: the numeric facts, their values,
    units and order (names are left out: a space between two names separates them)."""
    return [(f.type, f.value, f.value_max, f.unit, f.qualifier) for f in facts if f.type in NUMERIC_TYPES]


# -- the checker itself must be able to fail ---------------------------------------------------

PAGE = "截 至 11 月 ，发放创业担保贷款 84 笔，金额 3943 万元，增长 ４．０％。"


def test_checker_accepts_a_real_extraction():
    facts = check_extraction(PAGE)
    assert any(f.type == "money" for f in facts)


@pytest.mark.parametrize("field,value", [("start", 0), ("end", len(PAGE) + 5), ("text", "3943万元")])
def test_checker_catches_a_broken_record(field: str, value):
    facts = extract_text(PAGE, "x")
    money = next(f for f in facts if f.type == "money")
    broken = money.model_copy(update={field: value})
    with pytest.raises(AssertionError):
        check_facts(PAGE, [broken])


def test_audit_of_a_page_with_a_total_keeps_its_offsets():
    check_audit("全市共有贫困户 300 户，其中甲村 100 户，乙村 150 户，丙村 50 户。")


def test_squeeze_maps_full_width_and_drops_whitespace():
    assert squeeze("４．０ ％\n") == "4.0%"
