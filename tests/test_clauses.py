"""Clause breaks (extractor/clauses.py): one definition, and ASCII marks inside Chinese text."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractor import clauses
from extractor.normalize import normalize


def _examples() -> dict:
    f = resources.files("extractor.rules").joinpath("examples", "clauses.toml")
    return tomllib.loads(f.read_text(encoding="utf-8"))


EX = _examples()


@pytest.mark.parametrize("page,expected", EX["fullwidth"], ids=[e[0][:12] for e in EX["fullwidth"]])
def test_fullwidth(page: str, expected: str):
    norm = normalize(page)
    assert norm.text == expected
    assert len(norm.raw) == len(norm.text)  # one character for one: offsets hold


@pytest.mark.parametrize("page,expected", EX["kept"], ids=[e[0][:12] for e in EX["kept"]])
def test_kept(page: str, expected: str):
    assert normalize(page).text == expected


def test_breaks_are_one_set():
    assert set(clauses.BREAKS) == set("，；：。！？\n")
    assert clauses.fullwidth_meaning(",", "5", "234元") == ","
    assert clauses.fullwidth_meaning(",", "5", "23元") == ","  # not Chinese on either side
    assert clauses.fullwidth_meaning(",", "元", "同比") == "，"
