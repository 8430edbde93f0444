"""The rules' example corpora (extractor/rules/examples/*.toml): what must be found, and what must not."""
from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib import resources

import pytest

from extractor.page import Page
from extractor.pipeline import page_records
from extractor.records import NUMERIC_TYPES

NUMERIC = list(NUMERIC_TYPES)


def _corpora() -> dict[str, dict]:
    folder = resources.files("extractor.rules").joinpath("examples")
    return {f.name[:-5]: tomllib.loads(f.read_text(encoding="utf-8"))
            for f in folder.iterdir() if f.name.endswith(".toml")}


CORPORA = _corpora()
FOUND = [(dim, ex) for dim, c in sorted(CORPORA.items()) for ex in c.get("found", [])]
NOT = [(dim, ex) for dim, c in sorted(CORPORA.items()) for ex in c.get("not", [])]


def _facts(sentence: str, dim: str) -> list[dict]:
    types = NUMERIC if dim == "non_facts" else [dim]
    return page_records(Page.read(sentence, "example"), types, None, scope=False)


def _same(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return Decimal(str(a)) == Decimal(str(b))


def test_corpora_are_large_enough():
    assert len(FOUND) >= 200, len(FOUND)
    assert len(NOT) >= 80, len(NOT)


@pytest.mark.parametrize("dim,example", FOUND, ids=[f"{d}:{e[1]}" for d, e in FOUND])
def test_found(dim: str, example: list):
    sentence, text, value, unit, qualifier = example[:5]
    value_max = example[5] if len(example) > 5 else None
    facts = _facts(sentence, dim)
    got = [(f["text"], f["value"], f["unit"], f["qualifier"], f["value_max"]) for f in facts]
    match = [f for f in facts if f["text"] == text]
    assert match, f"{text!r} not found in {sentence!r}; got {got}"
    f = match[0]
    assert _same(f["value"], value), got
    assert f["unit"] == (unit or None), got
    assert f["qualifier"] == qualifier, got
    assert _same(f["value_max"], value_max), got


@pytest.mark.parametrize("dim,example", NOT, ids=[f"{d}:{e[1]}" for d, e in NOT])
def test_not_found(dim: str, example: list):
    sentence, text = example[:2]
    unit = example[2] if len(example) > 2 else None
    start = sentence.index(text)
    end = start + len(text)
    bad = [f for f in _facts(sentence, dim)
           if f["start"] < end and start < f["end"] and (unit is None or f["unit"] == unit)]
    assert not bad, [(f["type"], f["text"], f["value"], f["unit"]) for f in bad]
