"""Periods: the shapes of the session-12 period round (bench/gold/README.md, seventeenth round),
each with an example that must change and one that must not."""
from __future__ import annotations

from extractor.api import extract_text


def scoped(text: str, doc: str) -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, doc)}


def test_a_year_word_and_its_month_go_on_together_in_a_feature() -> None:
    # a feature (no dateline): the scene's month goes on to the sentences of its paragraph
    facts = scoped("旅途小记\n本报记者某某\n去年８月上旬，我到某市开会。晚上坐车，车费是２３元。\n",
                   "19980112-09-002")
    assert facts["２３元"]["period"] == "1997-08"
    # a dispatch: the month is when its act happened; the next sentence's figures are the year's
    facts = scoped("某市纺织业再就业\n本报讯　去年５月，某市纺织公司定下再就业方针。一批企业兴办２３家服务公司。\n",
                   "19980109-02-010")
    assert facts["２３家"]["period"] == "1997"
