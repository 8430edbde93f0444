"""Periods of counts and money in news stories: shapes found in session 17 (issue 13, helper period17) on the fit
half of the dev-blind gold and counted over all DEV records, each with an example that must change and one that
must not."""
from __future__ import annotations

from test_period_session16 import periods


def test_a_news_item_opened_by_recent_days_stands_in_the_month_of_issue() -> None:
    # no dateline, but 日前 in its first sentence: the item's standing figures are of the month, as a dispatch's
    text = "某市建新型垃圾处理场\n某市垃圾处理场工程日前开工。该工程总投资概算３．２亿元，一期规模为日处理８００吨。"
    assert periods(text, "19980108-05-020", ("３．２亿元",)) == ["1998-01"]
    # a photo's caption told of recent days
    text = "图片新闻\n某歌舞团近日在某市剧院演出新编舞剧。３００多名演员登台，全剧气势恢宏。"
    assert periods(text, "19980108-05-020", ("３００多名",)) == ["1998-01"]


def test_a_feature_that_says_recent_days_only_later_or_writes_a_year_keeps_its_time() -> None:
    # unchanged: a feature opened by something else, its 近日 far into the first sentence, gets no month
    text = ("山村来了电影队\n某某\n在那个群山环抱、云雾缭绕、一年到头难得见到外人、连条像样的土路也没有的小小山村里，乡亲们近日终于看上了电影。"
            "放映员翻山越岭，带来了３部影片。")
    assert periods(text, "19980108-05-020", ("３部",)) == [None]
    # unchanged: a year the item writes before the figure is the figure's
    text = "某厂扩建工程完工\n某厂扩建工程日前完工。１９９６年，该厂产值为５０００万元。"
    assert periods(text, "19980108-05-020", ("５０００万元",)) == ["1996"]
