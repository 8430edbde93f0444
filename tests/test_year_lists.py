"""Lists pairing times with figures (extractor/year_lists.py): each figure its own year or month."""
from __future__ import annotations

from extractor.api import extract_text


def periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_text(text, "example") if f.type != "date"}


def test_each_rate_of_a_year_paired_list_takes_its_own_year() -> None:
    got = periods("2002年，某市出口增速由1998、1999年的21.4%、15.2%，回落到2000、2001年的9.3%、7.7%。")
    assert (got["21.4%"], got["15.2%"], got["9.3%"], got["7.7%"]) == ("1998", "1999", "2000", "2001")


def test_years_each_written_with_their_word_and_three_figures_after_a_verb() -> None:
    got = periods("某省2003年和2004年的粮食产量为310万吨和325万吨。"
                  "2001、2002、2003年全县工业产值分别增长4.1、5.6和7.2个百分点。")
    assert (got["310万吨"], got["325万吨"]) == ("2003", "2004")
    assert (got["4.1"], got["5.6"], got["7.2个百分点"]) == ("2001", "2002", "2003")


def test_a_month_list_pairs_months_of_the_figures_year() -> None:
    got = periods("2005年某市物价上涨1.3%，其中7、8、9月份同比涨幅为—0.2%、—0.5%和—0.9%。")
    assert (got["0.2%"], got["0.5%"], got["0.9%"]) == ("2005-07", "2005-08", "2005-09")
    assert got["1.3%"] == "2005"


def test_one_total_of_the_years_is_not_paired() -> None:
    got = periods("2001、2002年某县共完成投资48亿元，增长9%。")
    # one total of both years (session 24: the run of years, as 2001、2002两年 gives it; was the list's last)
    assert got["48亿元"] == got["9%"] == "2001/2002"


def test_figures_a_clause_after_the_list_or_more_than_its_years_are_not_paired() -> None:
    got = periods("2001、2002年某县遭受旱灾，减产12%、9%。某区2003、2004年新建学校3所、医院2所和厂房5座。")
    assert got["12%"] == got["9%"] == "2002"
    # three figures after two years: no pairing, the years' totals (session 24: was the list's last, 2004)
    assert got["3所"] == got["2所"] == got["5座"] == "2003/2004"
