"""The examples beside each audit check (extractor/audit/examples/*.toml), positive and negative."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from audit_expect import example_failures


def _examples() -> list:
    out = []
    folder = resources.files("extractor.audit").joinpath("examples")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".toml"):
            continue
        with path.open("rb") as f:
            for i, ex in enumerate(tomllib.load(f)["example"]):
                out.append(pytest.param(ex, id=f"{path.name[:-5]}-{i}-{ex['name']}"))
    return out


@pytest.mark.parametrize("example", _examples())
def test_example(example: dict) -> None:
    failures = example_failures(example)
    assert not failures, failures[0]


def test_every_check_has_positive_and_negative_examples() -> None:
    folder = resources.files("extractor.audit").joinpath("examples")
    for path in folder.iterdir():
        if path.name.endswith(".toml"):
            with path.open("rb") as f:
                examples = tomllib.load(f)["example"]
            verdicts = {w["verdict"] for ex in examples for w in ex.get("expect", []) if "verdict" in w}
            assert {"consistent", "inconsistent"} <= verdicts, path.name
            assert any(ex.get("forbid") for ex in examples), path.name
