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


def test_year_readers_take_the_shared_breaks_and_numerals():
    """The readers of counted years (year_counts.py, five_years.py) break a clause where every stage does
    (a colon too) and spell 一…九 as the numeral table does."""
    from extractor import five_years, year_counts
    breaks = set(year_counts.CLAUSE_BREAK.pattern[1:-1].replace("\\", ""))
    assert breaks == set(clauses.BREAKS + clauses.HALFWIDTH_BREAKS)
    assert year_counts.DIGITS == "一二三四五六七八九"
    # (the year is named before the colon: the clause that closes at the comma names none)
    text = "今年的任务：全市新增就业５万人，五年累计新增２０万人。"
    assert not five_years._names_a_year(text, text.index("，"))
