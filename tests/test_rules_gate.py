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
    # an optional part is not mandatory; a repeated one is
    assert gate_chars(re.compile(r"\d+(?:万)?(?:个)+")) == ["个"]


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
                assert r.can_match(t), (r.name, t)


_ALPHABET = "0123456789一二三十百千万亿两半约近余多个人元块美%‰年月日至-~．.成折分之百口名家项米吨公里亩小时天周，。"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=14))
def test_no_gate_hides_a_match_in_random_text(text: str) -> None:
    for r in all_rules():
        if r.pattern.search(text):
            assert r.can_match(text), (r.name, text)
