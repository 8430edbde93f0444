"""A page's column width (extractor/paragraph_breaks.py page_column_width): the examples of
extractor/data/page_column_examples.toml both ways (a title block and a heading among short lines stand
apart, a ragged line that ends on a comma and a column's cut words join, web paragraphs far wider than the
column end before their headings), and the width itself."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractor.normalize import normalize
from extractor.page_lines import split_lines
from extractor.paragraph_breaks import page_column_width, line_width

EXAMPLES = Path(__file__).resolve().parent.parent / "extractor" / "data" / "page_column_examples.toml"
CASES = tomllib.loads(EXAMPLES.read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_example_pages(case: dict) -> None:
    norm = normalize("\n".join(case["lines"]))
    assert [norm.text[s:e] for s, e in norm.paragraphs] == case["paragraphs"]


def test_examples_join_lines_and_set_lines_apart() -> None:
    joined = sum(len(c["lines"]) > len(c["paragraphs"]) for c in CASES)
    apart = sum(any(x == p for x in c["lines"] for p in c["paragraphs"]) for c in CASES)
    assert joined >= 3 and apart >= 3


def test_the_column_is_the_width_of_the_lines_cut_at_it() -> None:
    lines = split_lines("\n".join(CASES[0]["lines"]))
    widths = [line_width(x) for x in lines]
    # the cut lines are the column's full lines (30-33 characters), not the title's or a last line's
    assert 28 <= page_column_width(lines, widths, [False] * len(lines)) <= 34
    # too few cut lines tell no column
    few = lines[:3]
    assert page_column_width(few, widths[:3], [False] * 3) == 0
