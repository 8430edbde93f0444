"""A rule's word gate (extractor/rules/word_gate.py) may skip a paragraph only where the rule
cannot match in it."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from extractor.rules import all_rules, find
from extractor.rules.gate import Paragraphs, gates

from test_rules_gate import _texts


def _words(pattern: str) -> tuple[tuple[str, ...], ...]:
    return gates(re.compile(pattern))[1]


def test_words_come_from_the_mandatory_alternations_of_words() -> None:
    assert _words(r"(?P<pre>约|近)?\d+(?P<unit>元|美元|人民币)") == (("人民币", "元", "美元"),)
    assert _words(r"\d+(?:个)?(?:小时|(?:星期|周))") == (("周", "小时", "星期"),)
    # single characters alone are the character gate's; an optional part is not mandatory
    assert _words(r"\d+(?:元|块)") == ()
    assert _words(r"\d+(?:美元|人民币)?个") == ()
    # a class of a few characters spells one word with each; a lookaround in a word holds none
    # of the match; a class of many characters spells too many
    assert _words(r"\d+(?:%(?![0-9A-F]{2})|[个個]百分[点點])") == (
        ("%", "个百分点", "个百分點", "個百分点", "個百分點"),)
    assert _words(r"\d+(?:美元|[0-9a-z]{2}元)") == ()
    # the words of an atomic group (?>…) as those of a plain one
    assert _words(r"\d+(?P<unit>(?>省市|地区|县))") == (("县", "地区", "省市"),)
    # a part that is not only words, a pattern that could read across a line break, or a
    # case-blind one gives none
    assert _words(r"\d+(?:美元|\d元)") == ()
    assert _words(r"\d+\s?(?:美元|人民币)") == ()
    assert _words(r"\d+[^，](?:美元|人民币)") == ()
    assert _words(r"(?i)\d+(?:km|kg)") == ()


def test_no_word_gate_hides_a_match_in_the_examples_and_sample_pages() -> None:
    texts = _texts()
    for r in all_rules():
        if not r.words:
            continue
        for t in texts:
            for m in r.pattern.finditer(t):
                line = t[t.rfind("\n", 0, m.start()) + 1:]
                line = line.split("\n", 1)[0]
                assert all(any(w in line for w in ws) for ws in r.words), (r.name, t)


def test_a_paragraph_without_the_words_is_not_scanned() -> None:
    text = "全年接待游客3万人次。\n共有3万人参加。\n投资5亿美元"
    money = next(r for r in all_rules() if r.name == "<number><scale>?元")
    p = Paragraphs(text)
    assert p.windows(money.gates, money.words) == [(text.rindex("\n") + 1, len(text))]
    assert [text[c.start:c.end] for c in find(text, ["money"])] == ["5亿美元"]


_ALPHABET = "0123456789一二三十百万亿两半约近多个人次元块美日民币%年月至小时天周星期公里米，。\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=24))
def test_word_gates_change_nothing_found_in_random_text(text: str) -> None:
    found = find(text)
    p = Paragraphs(text)
    for r in all_rules():
        plain = [m.span() for s, e in p.windows(r.gates) for m in r.pattern.finditer(text, s, p.reach(e))
                 if m.start() <= e]
        gated = [m.span() for s, e in p.windows(r.gates, r.words) for m in r.pattern.finditer(text, s, p.reach(e))
                 if m.start() <= e]
        assert plain == gated, (r.name, text)
    assert found == find(text)
