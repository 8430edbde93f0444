"""Periods after a time that names no period or a condition (extractor/period_vague.py), a speaker's now inside a
quotation (extractor/period_speech.py speakers_now), a base clause naming the year before's own measure
(extractor/period_base_clause.py) and the class of habit words (data/period.toml habit_words): own words and
numbers, each rule with an example that must change and one that must not (session 29, probe29pb)."""
from __future__ import annotations

from test_period_session16 import periods


def test_a_figure_marked_as_existing_after_recent_years_stands_at_the_writing() -> None:
    text = "渔村新貌\n本报福州１月４日电　近几年来，这个渔村已拥有机动渔船７４艘。"
    assert periods(text, "19980105-02-004", ("７４艘",)) == ["1998-01"]
    # unchanged: a total reached since a start left open (已达) is not what exists now
    text = "渔村新貌\n本报福州１月４日电　近几年来，这个渔村的集体积累已达３６０万元。"
    assert periods(text, "19980105-02-004", ("３６０万元",)) == [None]


def test_a_year_a_supposed_figure_is_reckoned_on_is_no_period_of_it() -> None:
    text = "省水就是省钱\n本报讯　只要每亩少用水五十方，照１９９６年的灌溉面积推算，全区就能少交水费１４０万元。"
    assert periods(text, "19980105-02-004", ("１４０万元",)) == [None]
    # unchanged: a year named after the condition as a real figure's (如果把…算进来，那么１９９６年…) dates it
    text = "账要算全\n本报讯　如果把乡镇办的企业也算进来，那么１９９６年全区工业产值为８．２亿元。"
    assert periods(text, "19980105-02-004", ("８．２亿元",)) == ["1996"]


def test_a_now_quoted_from_words_said_in_an_earlier_year_is_the_speakers() -> None:
    text = "老场长\n某某\n１９７８年冬，老场长在会上讲：“现在全场只有拖拉机３台，活儿全靠人干。”"
    assert periods(text, "19980105-08-002", ("３台",)) == ["1978"]
    # unchanged: a quotation with no earlier year before it in a dispatch is words of the writing's now
    text = "场长谈规划\n本报讯　场长某某说：“现在全场有拖拉机４０台，机耕面积过半。”"
    assert periods(text, "19980105-02-004", ("４０台",)) == ["1998-01"]


def test_a_base_clause_naming_the_year_befores_measure_is_the_year_befores() -> None:
    text = "利润增长\n本报讯　１９９７年，某市商业利润比上年增长８％，上年的增长率是５％。"
    assert periods(text, "19980105-02-004", ("５％",)) == ["1996"]
    # unchanged: 上年的 followed by no verb and figure (在上年的基础上) opens no base clause
    text = "利润增长\n本报讯　１９９７年，某市商业利润在上年的基础上又增长８％，达到２．４亿元。"
    assert periods(text, "19980105-02-004", ("２．４亿元",)) == ["1997"]


def test_habits_are_a_class_of_repeated_times_and_tendencies() -> None:
    text = "敬老\n本报讯　这个乡月月给五保老人送去生活费６０００元。"
    assert periods(text, "19980105-02-004", ("６０００元",)) == [None]
    # unchanged: 经常 names a kind of account (经常项目), no habit
    text = "外汇收支\n本报讯　去年，某国经常项目逆差为２８亿美元。"
    assert periods(text, "19980105-02-004", ("２８亿美元",)) == ["1997"]


def test_the_word_classes_take_their_variants() -> None:
    # 已经有 (已有), 每一年 (每年), 假使 (如果), 还向 (还从, 还为): each class's other forms
    text = "乡村医生\n本报拉萨１月９日电　近年来，这个县的乡村已经有卫生室２１０个。"
    assert periods(text, "19980110-02-004", ("２１０个",)) == ["1998-01"]
    text = "护林\n本报讯　１９９７年，某林场造林见效。场里每一年都拿出８万元奖励护林员。"
    assert periods(text, "19980110-02-004", ("８万元",)) == [None]
    text = "节水账\n本报讯　假使每户每月节约一吨水，全城一年就能省下水费７５万元。"
    assert periods(text, "19980110-02-004", ("７５万元",)) == [None]
    text = "送温暖\n本报太原１月９日电　某厂职工向灾区捐款１２万元。他们还向灾区送去了大衣２００件。"
    assert periods(text, "19980110-02-004", ("２００件",)) == [None]
    # unchanged: the act the dispatch reports, with no background mark, is of the month
    assert periods(text, "19980110-02-004", ("１２万元",)) == ["1998-01"]
