"""The metric example corpus (extractor/rules/examples/metric.toml): the phrase each number measures."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractor.page import Page
from extractor.pipeline import page_records

NUMERIC = ["money", "count", "percent", "quantity", "duration"]


def _examples() -> list[list[str]]:
    f = resources.files("extractor.rules").joinpath("examples", "metric.toml")
    return tomllib.loads(f.read_text(encoding="utf-8"))["metric"]


EXAMPLES = _examples()


def test_corpus_is_large_enough():
    assert len(EXAMPLES) >= 20, len(EXAMPLES)


@pytest.mark.parametrize("sentence,text,metric", EXAMPLES, ids=[f"{e[1]}:{e[2]}" for e in EXAMPLES])
def test_metric(sentence: str, text: str, metric: str):
    facts = page_records(Page.read(sentence, "example"), NUMERIC, None, scope=False)
    match = [f for f in facts if f["text"] == text]
    assert match, f"{text!r} not found in {sentence!r}; got {[f['text'] for f in facts]}"
    assert match[0]["metric"] == metric, [(f["text"], f["metric"]) for f in facts]


def test_a_list_whose_last_item_cleans_to_nothing_gives_no_error():
    # found by tests/test_audit_policy.py's generated text: 、 then 分别为 with no item after the mark
    facts = page_records(Page.read("占其中、分别为84笔84笔", "example"), NUMERIC, None, scope=False)
    assert [f["text"] for f in facts].count("84笔") == 2
