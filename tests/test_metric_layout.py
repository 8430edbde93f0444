"""Metrics over PDF-style text (extractor/metric_layout.py): a line break normalize() keeps inside a
sentence, and justification spaces inside a noun, are layout; the number's clause names its own
subject, read and written without the whitespace. An own fragment in the shape of a bulletin's
finance chapter, each line cut at the column."""
from __future__ import annotations

from extractor.page import Page
from extractor.pipeline import page_records

NUMERIC = ["money", "count", "percent"]

# a stock on its own lines after the clause of another stock (the break after …；, the noun spaced out)
FRAGMENT = ("全县个人存款余额 1205.9 亿元，增长 11.2%；\n"
            "人 民 币 贷 款 余 额\n"
            "1497.35 亿元，比年初增加 96.1 亿元，增长 6.9%。\n")
# a noun cut in two by the break
CUT = "全县个人存款余额 1205.9 亿元，增长 11.2%；人民币贷款\n余额 1497.35 亿元，增长 6.9%。\n"
# a heading with a comma before a sentence: its own paragraph, never joined to the sentence
HEADING = "全县人口继续增长。\n稳增长，促发展\n全县地区生产总值实现 218.6 亿元，增长 6.4%。\n"


def _metrics(text: str) -> dict[str, str | None]:
    facts = page_records(Page.read(text, "layout"), NUMERIC, None, scope=False)
    return {f["text"].replace(" ", "").replace("\n", ""): f["metric"] for f in facts}


def test_a_stock_after_a_line_break_names_its_own_subject():
    metrics = _metrics(FRAGMENT)
    assert metrics["1205.9亿元"] == "个人存款余额"
    assert metrics["1497.35亿元"] == "人民币贷款余额"  # (not the clause's before: 个人存款余额)
    assert metrics["96.1亿元"] == "人民币贷款余额增加"
    assert metrics["6.9%"] == "人民币贷款余额增长"


def test_a_noun_cut_by_a_line_break_is_read_whole():
    assert _metrics(CUT)["1497.35亿元"] == "人民币贷款余额"  # (not 余额)


def test_a_heading_is_not_joined_to_the_sentence_after_it():
    assert _metrics(HEADING)["218.6亿元"] == "地区生产总值"
