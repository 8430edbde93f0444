"""enumeration_back.py: a count whose items come before it, read against parallel structure going back.

Each rule with a positive example (items found, exactly as many as counted: consistent) and a
negative one (no run of that length: nothing said, never a mismatch). Examples written for these tests.
"""
from __future__ import annotations

import pytest

from extractor.audit import audit_page
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _findings(text: str) -> list:
    page = Page.read(text, "example")
    return audit_page(page, run(load(NUMERIC_TYPES), page))


def _on(text: str, claim: str) -> list:
    return [f for f in _findings(text) if f.check == "enumeration" and "".join((f.facts[0].text or "").split()) == claim]


POSITIVE = [
    # a clause `这是…的N个X` closing clauses that open alike
    ("依靠群众发展生产，依靠科技提高效益，这是富民工作的两个方面。", "两个", ["依靠群众发展生产", "依靠科技提高效益"]),
    # `这` + count after `；` parts opening alike
    ("偏差有二：或者把指标定得过高；或者对困难视而不见。我们要同时防止这两种偏向。", "两种",
     ["或者把指标定得过高", "或者对困难视而不见"]),
    # ordinal markers going back from `以上`
    ("今年办三件事：一是修路；二是建校；三是治水。经过讨论，以上三项工作列入计划。", "三项",
     ["一是修路", "二是建校", "三是治水"]),
    # `一…是` / `另一…是`
    ("路上有两类人。一类是走得快的人，心里着急。另一类是走得慢的人，心里踏实。这两类人都能到达。", "两类",
     ["一类是走得快的人", "另一类是走得慢的人"]),
    # a quoted label after the clauses that each repeat its noun
    ("规划提出要让居民生活更加富裕，城乡环境更加优美，基层治理更加高效。\n对照“三个更加”，各部门分头落实。", "三个更加",
     ["生活更加富裕", "环境更加优美", "治理更加高效"]),
    # a list of names filling the clause before a closing count
    ("农户、合作社、龙头企业和科研院所，是带动山区产业的四支力量。", "四支", ["农户", "合作社", "龙头企业", "科研院所"]),
    # connectives opening a unit are read past (`即坚持…`)
    # a pointer restating a count said before: that count's list
    ("教育、卫生两大部门各有一套办法，至于这两个部门下属的单位，也不统一。", "两个", ["教育", "卫生"]),
    ("全镇要守住三条底线，即坚守耕地红线，坚守生态红线，坚守安全红线，这三条底线不能碰。", "三条",
     ["坚守耕地红线", "坚守生态红线", "坚守安全红线"]),
]

NEGATIVE = [
    # one clause for two: no finding on the count (and never inconsistent)
    "老城区新建了一座公园。这两座公园都对市民开放。",
    # three parallel parts before a count of two: the run is longer than counted, nothing said
    "或者把指标定得过高；或者对困难视而不见；或者只说不做。我们要同时防止这两种偏向。",
    # a quoted slogan said mid-sentence, with clauses before it opening alike but not repeating its noun
    "加快修建乡村公路，加快改造农村电网，落实“两免”政策，群众得到实惠。",
    # a threshold `以上`, not a pointer
    "全县60岁以上三类老人都已领到补贴，发放工作平稳有序。",
    # sections opened by `一、` that a count in a later section's body does not take up
    "一、抓好春耕备耕。\n要备足种子化肥。\n二、抓好冬季防火。\n护林员和村干部要分片包干，这两个岗位都要落实到人。",
]


@pytest.mark.parametrize("text,claim,items", POSITIVE)
def test_items_before_the_count(text: str, claim: str, items: list[str]) -> None:
    found = _on(text, claim)
    assert found, [f"{f.check}/{f.verdict}/{f.facts[0].text}" for f in _findings(text)]
    f = found[0]
    assert f.verdict == "consistent"
    spans = [x.text for x in f.facts[1:]]
    joined = "".join(spans)
    assert all(item in joined for item in items), spans


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_run_of_that_length_says_nothing(text: str) -> None:
    found = [f for f in _findings(text) if f.check == "enumeration"]
    assert not any(f.verdict == "inconsistent" for f in found)
    assert not any(f.verdict == "consistent" and len(f.facts) > 1 and f.explanation.startswith("所述数目之前")
                   for f in found), [f.explanation for f in found]


def test_a_pointer_restating_an_earlier_count_is_unverifiable() -> None:
    text = "镇里今年出台了五项便民措施，受到欢迎。这五项便民措施年底前全部兑现。"
    found = _on(text, "五项")
    assert found and found[-1].verdict in ("unverifiable", "consistent")
    assert not any(f.verdict == "inconsistent" for f in found)


def test_bad_input_gives_a_clean_result() -> None:
    for text in ("", "这两", "“三个”", "以上四点。", "这十二项" * 50):
        _findings(text)
