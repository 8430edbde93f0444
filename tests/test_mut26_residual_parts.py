"""A last part named as the rest (`其他…是 N`) closes a breakdown even where every part's name
carries the verb that gives its number (`是`/`为`): the breakdown is then every category, and a
total the parts fall short of is an error on the words (`共有`, `其中`, `其他`), not a partial list."""
from __future__ import annotations

import pytest

from extractor.audit.exhaustive_parts import rest_item


@pytest.mark.parametrize("labels, word", [
    (["钢铁项目是", "煤炭项目是", "其他项目是"], "其他"),      # copula on every name: still the rest
    (["市属学校为", "区属学校为", "其余学校为"], "其余"),
    (["水电站", "火电站", "其他电站"], "其他"),                # no copula at all, as before
])
def test_rest_named_with_copula(labels: list[str], word: str) -> None:
    assert rest_item(labels) == word


@pytest.mark.parametrize("labels", [
    ["汽车制造业是", "其他运输设备制造业是"],   # one more named category, not the rest
    ["小麦是", "其他水稻田是"],                 # the kind is not the other parts'
    ["钢铁项目是", "煤炭项目是"],               # no rest word
])
def test_not_rest(labels: list[str]) -> None:
    assert rest_item(labels) is None


def _verdicts(text: str) -> set[tuple[str, str]]:
    from extractor.api import process_page
    from extractor.fact_types import NUMERIC_TYPES
    from extractor.page import Page
    result = process_page(Page.read(text, "t"), NUMERIC_TYPES)
    return {(f.check, f.verdict) for f in result.findings or []}


def test_total_above_closed_breakdown_is_flagged() -> None:
    text = "全省今年续建和新开的水利工程共有九十个，其中水库工程是四十个，堤防工程是二十个，其他工程是十个。"
    assert ("sum", "inconsistent") in _verdicts(text)


def test_closed_breakdown_that_adds_up() -> None:
    text = "全省今年续建和新开的水利工程共有七十个，其中水库工程是四十个，堤防工程是二十个，其他工程是十个。"
    got = _verdicts(text)
    assert ("sum", "consistent") in got and ("sum", "inconsistent") not in got


def test_open_breakdown_may_fall_short() -> None:
    # no rest item: the listed kinds are only some of the total's
    text = "全省今年续建和新开的水利工程共有九十个，其中水库工程是四十个，堤防工程是二十个。"
    assert ("sum", "inconsistent") not in _verdicts(text)
