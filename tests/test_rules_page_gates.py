"""The one-pass test of a one-paragraph page (rules/page_gates.py) keeps the rules the
paragraphs' own test (rules/gate.py) lets through, no more and no fewer, in the same order; on a
page of many paragraphs, the runs read off each paragraph's gate bits are the paragraphs' test's."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extractor.rules import all_rules
from extractor.rules.gate import Paragraphs
from extractor.rules.page_gates import GateIndex

from test_rules_gate import _ALPHABET, _texts

_RULES = all_rules()
_INDEX = GateIndex(_RULES)


def _let_through(text: str) -> list:
    p = Paragraphs(text)
    return [r for r in _RULES if p.scans(r.gates)]


def test_the_index_keeps_what_the_paragraph_test_lets_through() -> None:
    lines = [line for t in _texts() for line in t.split("\n")]
    assert len(lines) > 300
    for line in lines:
        assert _INDEX.kept(line) == _let_through(line), line


def test_a_page_holding_no_gate_character_keeps_only_the_rules_without_gates() -> None:
    ungated = [r for r in _RULES if not r.gates]
    assert _INDEX.kept("") == ungated == _INDEX.kept("；")
    # 5% holds the percent gates only: the money rules (元) are not kept, the percent ones are
    kept = {r.dimension for r in _INDEX.kept("增长5%")}
    assert "percent" in kept and "money" not in kept


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\n", max_size=16))
def test_the_index_keeps_what_the_paragraph_test_lets_through_in_random_text(text: str) -> None:
    for line in text.split("\n"):
        assert _INDEX.kept(line) == _let_through(line), line


def test_on_a_page_of_many_paragraphs_the_index_drops_no_rule_a_paragraph_lets_through() -> None:
    """rules.find asks the paragraphs' test only of the rules the page-wide index keeps: a rule the
    index drops lacks a gate's every character on the whole page, so no paragraph lets it through."""
    pages = [t for t in _texts() if t.count("\n") >= 2]
    assert len(pages) > 10
    for page in pages:
        kept = _INDEX.kept(page)
        assert [r for r in kept if Paragraphs(page).scans(r.gates)] == _let_through(page)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\n", max_size=40))
def test_the_index_drops_no_rule_a_paragraph_lets_through_in_random_pages(text: str) -> None:
    kept = _INDEX.kept(text)
    assert [r for r in kept if Paragraphs(text).scans(r.gates)] == _let_through(text)


def _runs_by_search(text: str) -> list:
    p = Paragraphs(text)
    return [(r, runs) for r in _RULES if (runs := p.scans(r.gates, r.words, r.pairs))]


def test_each_paragraphs_bits_give_the_runs_the_search_for_each_gate_gives() -> None:
    """rules.find scans each rule over the runs GateIndex.scans reads off the gate bits of each
    paragraph: the same rules, in the same order, with the same runs as the search for each gate's
    characters paragraph by paragraph (Paragraphs.scans, words and pairs too)."""
    pages = _texts() + ["1998年1月5日\n\n全市增长5%，\n收入12亿元", "增长5%\n全市\n下降3%\n比重2%\n其他"]
    assert sum(t.count("\n") >= 2 for t in pages) > 10
    for page in pages:
        assert list(_INDEX.scans(page, Paragraphs(page))) == _runs_by_search(page), page[:40]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\n", max_size=60))
def test_each_paragraphs_bits_give_the_searchs_runs_in_random_pages(text: str) -> None:
    assert list(_INDEX.scans(text, Paragraphs(text))) == _runs_by_search(text)
