"""The names finder's example corpus (extractor/data/names/examples.toml): each example's names are
found, and the names it lists under `not` are not."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractor.names import default_segmenter, find_names
from extractor.page import Page

EXAMPLES = tomllib.loads(resources.files("extractor.data").joinpath("names", "examples.toml").read_text("utf-8"))["example"]


@pytest.fixture(scope="module")
def segmenter():
    return default_segmenter()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:12] for e in EXAMPLES])
def test_example(example: dict, segmenter) -> None:
    page = Page.read(example["text"], "example")
    found = find_names(page, segmenter, {"place", "person", "org"})
    by_type = {t: {c.value for c in found if c.type == t} for t in ("place", "person", "org")}
    for kind in ("place", "person", "org"):
        if kind in example:
            assert set(example[kind]) <= by_type[kind], (kind, by_type[kind])
            if not example[kind]:
                assert not by_type[kind], (kind, by_type[kind])
    everything = set().union(*by_type.values())
    for name in example.get("not", []):
        assert name not in everything, (name, by_type)
