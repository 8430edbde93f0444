"""A rule's gate (extractor/rules/gate.py) may skip a page only where the rule cannot match it."""
from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

from hypothesis import given, settings, strategies as st

from extractor.rules import all_rules
from extractor.rules.gate import gate_chars


def test_gate_characters_come_from_the_mandatory_parts() -> None:
    assert gate_chars(re.compile(r"(?P<pre>约|近)?\d+(?:\.\d+)?(?P<unit>元|美元)")) == ["元美"]
    assert gate_chars(re.compile(r"\d+(?:%|‰)(?:以上)?")) == ["%‰"]
    assert gate_chars(re.compile(r"百分之\d+")) == ["百", "分", "之"]
    # what could begin with any character, or with a digit, gives no test
    assert gate_chars(re.compile(r"\d+.元?")) == []
    assert gate_chars(re.compile(r"\d+[^，]")) == []
    assert gate_chars(re.compile(r"(?i)\d+km")) == []
    assert gate_chars(re.compile(r"\d+(?i:km)")) == []
    # an optional part is not mandatory; a repeated one is
    assert gate_chars(re.compile(r"\d+(?:万)?(?:个)+")) == ["个"]
    # an atomic group is held by every match as a plain group is
    assert gate_chars(re.compile(r"\d+(?P<unit>(?>省|市|县))(?![长委])")) == ["县市省"]
    assert gate_chars(re.compile(r"\d+(?>[省市]|\d)")) == []


def test_a_lookahead_that_stays_in_its_paragraph_gives_its_characters() -> None:
    # 3000多万群众: the scale word the lookahead asks for stands in the match's paragraph
    assert gate_chars(re.compile(r"(?=[^，。\s]{0,10}?[万亿])\d+[万亿]?(?:人|群众)")) == ["人群", "万亿"]
    # a lookahead that may read a line break ([^，]: the next paragraph), or a pattern that may,
    # gives nothing; nor does a lookahead that is no mandatory part
    assert gate_chars(re.compile(r"(?=[^，]{0,10}?[万亿])\d+(?:人|群众)")) == ["人群"]
    assert gate_chars(re.compile(r"(?=[^，。\s]{0,10}?[万亿])\d+\s?(?:人|群众)")) == ["人群"]
    assert gate_chars(re.compile(r"(?:(?=[^，。\s]{0,3}万)?|约)\d+(?:人|群众)")) == ["人群"]


def test_an_alternation_whose_alternatives_each_hold_a_test_gives_them_all() -> None:
    # 数万人, 近万人: every match holds 数 or the 近 its lookbehind reads; the smallest test of each
    assert gate_chars(re.compile(r"(?:数|(?<=[近逾]))万(?:人|群众)")) == ["万", "人群", "数近逾"]
    assert gate_chars(re.compile(r"(?:(?=[^，。\s]{0,3}万)|约)\d+(?:人|群众)")) == ["万约", "人群"]
    assert gate_chars(re.compile(r"(?:0\d-|1[0-2]年)\d+日")) == ["日", "-年"]
    # an alternative with no test of its own (a digit, a class of any character) gives none
    assert gate_chars(re.compile(r"(?:数|\d)万(?:人|群众)")) == ["万", "人群"]
    assert gate_chars(re.compile(r"(?:数|(?<=[^，]))万(?:人|群众)")) == ["万", "人群"]


def test_a_lookbehind_that_stays_in_its_paragraph_gives_its_characters() -> None:
    # 5至8万: the scale the lookbehind asks for is the match's last character; 上万人: the one before
    # the match stands in its paragraph (at a paragraph's start the lookbehind reads the line break)
    assert gate_chars(re.compile(r"\d+至\d+[万亿]?(?<=[万亿])")) == ["至", "万亿"]
    assert gate_chars(re.compile(r"(?<=[上近])[万亿](?:人|群众)")) == ["万亿", "人群", "上近"]
    assert gate_chars(re.compile(r"(?<=[^，])\d+(?:人|群众)")) == ["人群"]  # (it may read a line break)
    assert gate_chars(re.compile(r"(?:(?<=[上近])|)\d+(?:人|群众)")) == ["人群"]  # (no mandatory part)
    from extractor.rules import find
    text = "全县新建道路\n项目投资3至5万，当年完工"
    found = [(text[c.start:c.end], c.type, c.value_max) for c in find(text, ["money"])]
    assert found == [("3至5万", "money", 50000)]


def test_a_paragraph_without_the_lookaheads_characters_is_not_scanned() -> None:
    from extractor.rules import find
    text = "全县有3000多万群众\n全县有3000群众\n一亿中国人"
    found = [(text[c.start:c.end], c.type) for c in find(text, ["count"])]
    assert ("3000多万群众", "count") in found and ("一亿中国人", "count") in found


def _texts() -> list[str]:
    out = []
    for f in resources.files("extractor.rules").joinpath("examples").iterdir():
        if f.name.endswith(".toml"):
            data = tomllib.loads(f.read_text(encoding="utf-8"))
            for key in ("found", "not"):
                out += [row[0] if isinstance(row, list) else row.get("text", "") for row in data.get(key, [])]
    pages = Path(__file__).parent.parent / "corpus" / "pages"
    out += [p.read_text(encoding="utf-8") for p in sorted(pages.glob("*.txt"))]
    return [t for t in out if isinstance(t, str)]


def test_no_gate_hides_a_match_in_the_examples_and_sample_pages() -> None:
    texts = _texts()
    assert len(texts) > 300
    for r in all_rules():
        for t in texts:
            if r.pattern.search(t):
                assert r.can_match(set(t)), (r.name, t)


_ALPHABET = "0123456789一二三十百千万亿两半约近余多个人元块美%‰年月日至-~．.成折分之百口名家项米吨公里亩小时天周，。"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=14))
def test_no_gate_hides_a_match_in_random_text(text: str) -> None:
    for r in all_rules():
        if r.pattern.search(text):
            assert r.can_match(set(text)), (r.name, text)


def test_rules_run_over_the_runs_of_paragraphs_their_gates_let_through() -> None:
    from extractor.rules.gate import Paragraphs
    text = "增长5%\n全市\n下降3%\n比重2%\n其他"
    p = Paragraphs(text)
    pct = (frozenset("%"),)
    assert p.windows(pct) == [(0, 4), (8, 17)]  # 下降3% and 比重2% are one run
    assert p.windows((frozenset("折"),)) == []
    assert p.windows((frozenset("全增下比其"),)) == [(0, len(text))]
    assert p.windows(()) == [(0, len(text))]
    assert p.reach(4) == len(text) == p.reach(17)  # lookaheads read on, up to the end


def test_a_match_at_a_paragraph_end_still_reads_past_it() -> None:
    from extractor.rules import find
    # the lookahead after 3% reads the next paragraph's first characters; the result is the same
    # as on one paragraph
    two = [(c.start, c.type, str(c.value)) for c in find("增长3%\n以上")]
    assert two == [(2, "percent", "3")]
