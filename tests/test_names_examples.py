"""The names finder's example corpus (extractor/data/names/examples.toml): each example's names are
found, and the names it lists under `not` are not; the place_only examples on the path that reads
places alone, without the page's words (scope's, in a numeric run)."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractor.names import default_segmenter, find_names
from extractor.page import Page

_DATA = tomllib.loads(resources.files("extractor.data").joinpath("names", "examples.toml").read_text("utf-8"))
EXAMPLES = _DATA["example"]
PLACE_ONLY = _DATA["place_only"]


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


@pytest.mark.parametrize("example", PLACE_ONLY, ids=[e["text"][:12] for e in PLACE_ONLY])
def test_place_only_example(example: dict) -> None:
    places = [c.value for c in find_names(Page.read(example["text"], "example"), None, {"place"})]
    assert places == example["place"]
    assert not set(example.get("not", [])) & set(places)
