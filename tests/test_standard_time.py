"""A census's or sample survey's standard time is the time of all its bulletin's figures (extractor/standard_time.py)."""
from extractor.api import extract_text
from extractor.standard_time import standard_time

_BULLETIN = ("某市第七次全国人口普查公报\n某市统计局\n"
             "根据国务院的决定，我市以2020年11月1日零时为标准时点进行了第七次全国人口普查。"
             "全市普查员于2020年11月1日至12月10日逐户完成了普查登记。\n"
             "一、常住人口\n全市常住人口为1234567人。与2010年第六次全国人口普查相比，减少23456人，下降1.86%。\n"
             "二、家庭户人口\n全市共有家庭户412345户。\n")


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_text(text)}


def test_statement_both_forms() -> None:
    text = "以2015年11月1日零时为调查标准时点"
    assert standard_time(text, 0, len(text)).period == "2015-11-01"
    text = "普查标准时点为2018年12月31日。"
    assert standard_time(text, 0, len(text)).period == "2018-12-31"


def test_no_statement() -> None:
    text = "全市于2020年11月1日至12月10日开展普查登记，共有普查员1.2万名。"
    assert standard_time(text, 0, len(text)) is None
    text = "以2020年13月1日为标准时点"
    assert standard_time(text, 0, len(text)) is None


def test_bulletin_figures_take_the_standard_day() -> None:
    got = _periods(_BULLETIN)
    assert got["1234567人"] == "2020-11-01"
    assert got["412345户"] == "2020-11-01"  # (a later section: still the census day, not the fieldwork)
    assert got["23456人"] == "2011/2020"  # (a change against the last census keeps its span)


def test_without_standard_time_fieldwork_is_not_the_day() -> None:
    text = _BULLETIN.replace("以2020年11月1日零时为标准时点", "")
    got = _periods(text)
    assert got["1234567人"] != "2020-11-01"
