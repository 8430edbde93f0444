"""The year of a dispatch's own dates (session 29, helper docperiod29, issue 13: document-level period decisions).
A December dateline on a January page is the year before the issue's, even where the story goes on to name an
earlier year (its history): the month of a story of an earlier year is that year's only once the story has named
it (bench/gold/README.md "A story of an earlier year"). Each case beside one that must not change."""
from __future__ import annotations

from test_period_session16 import periods  # (dates too: the first fact or date of each quote)


def test_a_december_dateline_is_the_year_before_the_issue_though_the_story_names_an_earlier_year() -> None:
    text = ("某县新建水厂供水\n本报兰州１２月３０日电１２月２６日，某县新建水厂正式供水。\n"
            "该县长年缺水。１９９５年６月，省里决定出资兴建这座水厂。\n水厂每天供水３万吨。")
    assert periods(text, "19980101-02-001", ("１２月３０日", "１２月２６日")) == ["1997-12-30", "1997-12-26"]


def test_a_december_dateline_in_characters_is_the_year_before_the_issue_too() -> None:
    text = ("某县新建水厂供水\n本报兰州十二月三十日电十二月二十六日，某县新建水厂正式供水。\n"
            "该县长年缺水。一九九五年六月，省里决定出资兴建这座水厂。")
    assert periods(text, "19980101-02-001", ("十二月三十日", "十二月二十六日")) == ["1997-12-30", "1997-12-26"]


def test_unchanged_a_month_after_the_story_named_its_earlier_year_is_that_years() -> None:
    # the story names 1995 first: its later months are of 1995 (in figures or in characters)
    text = "某厂改制纪实\n１９９５年春，某厂开始改制。１１月１５日，全厂８００名职工全部入股。"
    assert periods(text, "19980110-05-001", ("１１月１５日",)) == ["1995-11-15"]
    text = "某厂改制纪实\n一九九五年春，某厂开始改制。十一月十五日，全厂八百名职工全部入股。"
    assert periods(text, "19980110-05-001", ("十一月十五日",)) == ["1995-11-15"]
