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


def test_a_changes_starting_level_with_no_time_under_a_month_or_an_as_of_has_none() -> None:
    # 由原来的…增加到…: when the base stood the text does not say (README: a base names its own time)
    text = "本报兰州１月６日电去年８月，某县广播站为山区学校安装了接收设备，使学校的频道由原来的３个增加到了１１个。"
    assert periods(text, "19980107-02-030", ("３个", "１１个")) == [None, "1997-08"]
    text = "本报讯到１９９７年１０月底，某县信用社存款余额由８７．４亿元增至２１３．５亿元，增长１４４％。"
    assert periods(text, "19980107-02-030", ("８７．４亿元",)) == [None]


def test_a_base_with_its_own_time_or_of_a_change_to_come_keeps_its_period() -> None:
    # unchanged: a base with its year (由１９９６年底的…): that year's end
    text = "本报讯某市外汇储备由１９９６年底的１２３亿美元增至１９９７年底的１６５亿美元。"
    assert periods(text, "19980107-02-030", ("１２３亿美元",)) == ["../1996-12"]
    # unchanged: a change to come starts from what stands now (将从…下降到…)
    text = "新华社莫斯科１月６日电据预测，今后几年某国与邻国贸易在其外贸中所占比重将从２３％下降到１８％。"
    assert periods(text, "19980107-02-030", ("２３％",)) != [None]


def test_an_effort_of_uncounted_years_dates_nothing_after_it() -> None:
    # 经过几年的…, after a scene of 1993: the years are not counted, so the outcome has no period (as 几年来)
    text = ("老园丁\n某某\n１９９３年３月，６２岁的他退休了。第二天他又去了苗圃。\n"
            "经过几年的精心培育，他从２０多个品系中选出了４个耐寒的新品种。")
    assert periods(text, "19980109-05-020", ("４个",)) == [None]
    # unchanged: an effort a report tells without 的 before the act it dates (the year reviewed)
    text = ("１９８８年政府工作报告\n一九八七年，许多专家经过几年反复论证，制定了９个行业的技术规范。")
    assert periods(text, "gwr-national-1988", ("９个",)) == ["1987"]


def test_a_habit_opening_its_sentence_makes_its_figures_habits() -> None:
    # 每年冬季，… after a dateline: what is done every year, of no period (README P9)
    text = "本报西宁１月６日电记者某某报道：每年冬季，某县都要组织３００多名医务人员下乡巡回义诊。"
    assert periods(text, "19980107-03-021", ("３００多名",)) == [None]
    text = "每逢周末，志愿者们还陪着三位老人散步。"
    assert periods(text, "19980107-03-021", ("三位",)) == [None]


def test_a_habit_said_later_or_a_year_written_after_it_keeps_the_period() -> None:
    # unchanged: a year written between the habit and the number is the number's
    text = "本报讯每年冬季，某县都组织医务人员下乡义诊，１９９７年共派出２００多名。"
    assert periods(text, "19980107-03-021", ("２００多名",)) == ["1997"]
    # unchanged: a sentence that opens on something else (a dispatch's news with 每年 inside a later clause)
    text = "本报西宁１月６日电某县今天组织３００多名医务人员下乡义诊，这项活动每年冬季举行。"
    assert periods(text, "19980107-03-021", ("３００多名",)) != [None]
