"""Runs of quarters and of months (extractor/period_runs.py): one pattern read alike in a sentence and in a
document's title; a run that goes backwards names no span. Each with an example that must be read and one that
must not (pages written for the tests: figures made up)."""
from __future__ import annotations

import re

from extractor.document_time import title_time
from extractor.period_runs import months_written, quarter_runs
from test_period_session16 import periods


def _title(title: str):
    found = title_time(title, 0, len(title))
    return found.period if found else None


def test_a_run_of_quarters_is_the_months_from_its_first_to_its_last() -> None:
    assert [r[2] for r in quarter_runs("1-3季度，2-3季度，一至二季度，３－４季度", 0, 30)] == \
        [(1, 9), (4, 9), (1, 6), (7, 12)]
    assert quarter_runs("第一至三季度", 0, 6) == [(0, 6, (1, 9))]  # (the ordinal's 第 with it)
    # not a run: backwards, standing still, the end of a longer number, one quarter
    assert quarter_runs("3-1季度，2-2季度，11-3季度，三季度", 0, 30) == []


def test_a_run_of_months_is_read_forwards_only() -> None:
    pattern = re.compile(months_written())
    m = pattern.fullmatch("1至10月份")
    assert (m["m1"], m["m2"]) == ("1", "10")
    assert pattern.fullmatch("10月")["m2"] is None
    assert pattern.fullmatch("13月") is None


def test_a_sentences_run_of_quarters_is_read_as_a_titles() -> None:
    assert _title("2026年2-3季度全省省属企业经济运行情况") == "2026-04/2026-09"
    text = "2026年2-3季度，全省省属企业实现营业收入120.5亿元。"
    assert periods(text, "my-file", ("120.5亿元",)) == ["2026-04/2026-09"]
    text = "2025年全省经济平稳。一至三季度，全省省属企业实现营业收入98.2亿元。"
    assert periods(text, "my-file", ("98.2亿元",)) == ["2025-01/2025-09"]
    # unchanged: one quarter, and a run that goes backwards (the sentence's year stands)
    text = "2026年三季度，全省省属企业实现营业收入40.1亿元。"
    assert periods(text, "my-file", ("40.1亿元",)) == ["2026-07/2026-09"]
    text = "2026年3-1季度，全省省属企业实现营业收入120.5亿元。"
    assert periods(text, "my-file", ("120.5亿元",)) == ["2026"]


def test_a_title_whose_run_goes_backwards_names_no_time() -> None:
    assert _title("2026年1-3季度全省省属企业经济运行情况") == "2026-01/2026-09"
    assert _title("2026年1-9月全省规模以上工业生产情况") == "2026-01/2026-09"
    assert _title("2026年3-1季度全省省属企业经济运行情况") is None
    assert _title("2026年9-1月全省规模以上工业生产情况") is None
    assert _title("2026年2-2季度全省省属企业经济运行情况") is None
