"""A rule's pair gate (extractor/rules/pair_gate.py) may skip a paragraph only where the rule
cannot match in it."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from extractor.rules import all_rules, find
from extractor.rules.gate import Paragraphs, gates
from extractor.rules.pair_gate import edge, pair_search

from test_rules_gate import _texts


def _pairs(pattern: str) -> tuple[str, ...]:
    return gates(re.compile(pattern))[2]


def _held(pattern: str, text: str) -> list[bool]:
    return [pair_search(g)(text) is not None for g in _pairs(pattern)]


def test_a_mandatory_part_after_another_gives_the_pair_of_their_edges() -> None:
    assert _pairs(r"[0-9]+至[0-9]+") == ("[至](?<=[0123456789][至])",)
    # the last characters of what stands before: an optional part adds its own, a lookaround none
    assert _pairs(r"[0-9]+万?(?![a-z])(?:个|名)") == ("[个名](?<=[0123456789万][个名])",)
    # \d stands in the class as written; groups, alternations and repeats are read through
    assert _pairs(r"(?:\d+|[一二三])(?P<u>年|月)") == (r"[年月](?<=[一三二\d][年月])",)
    assert _pairs(r"(?:第(?:[一二]|十)号)+") == ("[一二十](?<=[第][一二十])", "[号](?<=[一二十][号])")


def test_a_lookahead_reads_on_from_what_the_match_has_read() -> None:
    # what a lookahead holds follows the part before it (an amount whose unit comes later)
    assert _pairs(r"[0-9]+万(?=和[0-9]+万户)") == ("[万](?<=[0123456789][万])", "[和](?<=[万][和])",
                                                  "[户](?<=[万][户])")
    # not a negative one, nor one that could read across a line break
    assert _pairs(r"[0-9]+万(?!和)") == ("[万](?<=[0123456789][万])",)
    assert _pairs(r"[0-9]+万(?=\s和)") == ("[万](?<=[0123456789][万])",)


def test_no_pair_where_the_character_before_may_stand_outside_the_match() -> None:
    # a part that may open the match, one that may be empty, one any character may begin or end
    assert _pairs(r"(?:约)?万") == ()
    assert _pairs(r"[0-9]+(?:万)?") == ()
    assert _pairs(r"[\u4e00-\u9fff]至万") == ("[万](?<=[至][万])",)
    # the second character a digit: a search for it would stop almost everywhere
    assert _pairs(r"第[0-9]") == ()
    # a pattern that could read across a line break, or a case-blind one
    assert _pairs(r"[0-9]+\s?元") == ()
    assert _pairs(r"(?i)[0-9]+km") == ()


def test_a_pair_gate_finds_its_pair_and_nothing_else() -> None:
    assert _held(r"[0-9]+至[0-9]+", "增长3至5个") == [True]
    assert _held(r"[0-9]+至[0-9]+", "至今3年") == [False]
    assert _held(r"[0-9]+至[0-9]+", "3，至5") == [False]


def test_edges_read_the_first_and_last_characters() -> None:
    from re import _parser
    seq = _parser.parse(r"(?:约|近)?[0-9]+(?:万|亿)?元").data
    assert edge(seq, last=False) == ((frozenset("约近0123456789"), False), False)
    assert edge(seq, last=True) == ((frozenset("元"), False), False)
    assert edge(_parser.parse(r"(?:万)?").data, last=True) == ((frozenset("万"), False), True)
    assert edge(_parser.parse(r"[^元]").data, last=False) == (None, False)


def test_no_pair_gate_hides_a_match_in_the_examples_and_sample_pages() -> None:
    texts = _texts()
    checked = 0
    for r in all_rules():
        for t in texts:
            for m in r.pattern.finditer(t):
                line = t[t.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0]
                assert all(pair_search(g)(line) for g in r.pairs), (r.name, m.group())
                checked += bool(r.pairs)
    assert checked > 1000


def test_a_paragraph_without_the_pair_is_not_scanned() -> None:
    text = "至今已有5个。\n从3月到年底，共5个。\n投资3至5个"
    ranged = next(r for r in all_rules() if r.name == "<number>至<number><classifier>")
    p = Paragraphs(text)
    assert p.windows(ranged.gates, ranged.words) == [(0, len(text))]
    assert p.windows(ranged.gates, ranged.words, ranged.pairs) == [(text.rindex("\n") + 1, len(text))]
    assert [text[c.start:c.end] for c in find(text, ["count"])][-1] == "3至5个"


_ALPHABET = "0123456789一二三十百万亿两半约近多个人次元块美日民币%年月至到成国省大方分之第，。、\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_pair_gates_change_nothing_found_in_random_text(text: str) -> None:
    p = Paragraphs(text)
    for r in all_rules():
        if not r.pairs:
            continue
        plain = [m.span() for s, e in p.windows(r.gates, r.words) for m in r.pattern.finditer(text, s, p.reach(e))
                 if m.start() <= e]
        gated = [m.span() for s, e in p.windows(r.gates, r.words, r.pairs)
                 for m in r.pattern.finditer(text, s, p.reach(e)) if m.start() <= e]
        assert plain == gated, (r.name, text)


def test_the_paragraphs_searched_in_runs_are_those_the_whole_page_search_finds() -> None:
    # Paragraphs._holding searches only the runs of a mask's paragraphs, and keeps what it found
    # for the masks asked next: the same paragraphs as a search of the whole page, in any order
    from extractor.rules.word_gate import word_search
    pages = [t for t in _texts() if t.count("\n") >= 3][:40]
    assert len(pages) >= 10
    gates = [(g, pair_search) for r in all_rules() for g in r.pairs] + \
        [(w, word_search) for r in all_rules() for w in r.words]
    for page in pages:
        p = Paragraphs(page)
        masks = [p.every, p.every & 0b1010101010, p.every & 0b0110, 1, p.every >> 1]
        for gate, search_of in gates:
            whole = p._paragraphs(search_of(gate))
            for mask in masks:
                assert p._holding(gate, search_of, mask) == whole & mask, (gate, page[:30])
