"""A page with no issue date (a web page saved under its own name) whose sentence opens with 今年 and a part
of the year (今年一季度，某县…): 今年 names no year there, and the part of the year is of an unknown year (XXXX); the
page's scope is still read (time_exprs_words.part_period once added 今年's 0 to the unknown year and the
whole page lost every place and period). The opposite: a dated page reads the year. Texts written for this
project."""
from __future__ import annotations

from extractor.api import extract_text

TEXT = "太白县招商工作稳步推进\n今年一季度，太白县新签约项目17个，总投资达到29亿元。\n"


def facts(doc: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.text: (f.place, f.period) for f in extract_text(TEXT, doc) if f.type in ("money", "count")}


def test_an_undated_page_opening_with_this_years_quarter_keeps_its_places() -> None:
    got = facts("own-undated")
    assert got["17个"][0] == got["29亿元"][0] == "太白县"
    assert got["17个"][1] == "XXXX-01/XXXX-03"  # (no year is known to the page: as 今年3月 is XXXX-03)


def test_a_dated_page_reads_the_quarter_of_its_year() -> None:
    assert facts("20240410-01-001")["17个"] == ("太白县", "2024-01/2024-03")
