"""Periods: shapes found in session 14 (issue 13, helper period14) by the DEV lints and the fit half of the
DEV gold, each with an example that must change and one that must not."""
from __future__ import annotations

from typing import Optional

from extractor.api import extract_text


def periods(text: str, doc: str, quotes: tuple[str, ...]) -> list[Optional[str]]:
    """The period of each quoted fact of the text, in the order asked."""
    facts = {f.text: f.period for f in extract_text(text, doc)}
    return [facts[q] for q in quotes]


def test_later_items_of_a_list_are_read_by_the_words_before_its_first() -> None:
    # levels reached at a five-year span's end, listed after one 提升至: all the last year's
    text = "过去五年，我们做了不少事。甲率、乙率、丙率分别提升至88%左右、91%以上、77%以上。"
    assert periods(text, "gwr2026-anhui", ("88%", "91%", "77%")) == ["2025", "2025", "2025"]
    # starting levels listed after 从某年的: all of that year, the levels reached of the span's end
    text = "过去五年，我们做了不少事。城乡居民收入从2021年的38000元和14200元分别提高到47100元和19300元。"
    assert periods(text, "gwr2026-anhui", ("38000元", "14200元", "47100元", "19300元")) == \
        ["2021", "2021", "2025", "2025"]
    # unchanged: a flow after a level in its own clause (a verb of its own) keeps the span
    text = "过去五年，我们做了不少事。甲率提升至88%，新增就业岗位30万个、培训农民12万人次。"
    assert periods(text, "gwr2026-anhui", ("88%", "12万人次")) == ["2025", "2021/2025"]


def test_a_five_years_total_opening_a_news_sentence_in_figures_makes_its_bare_da_a_total() -> None:
    # ５年来共… opening the sentence (the five in figures, as news pages write it): a later bare 达 is the total
    text = "缉私\n本报北京１月９日讯　据统计，５年来共破获走私案件３２００多起，案值达２６．５亿元。\n"
    assert periods(text, "19980110-03-004", ("３２００多起", "２６．５亿元")) == ["1993/1997", "1993/1997"]
    # unchanged: a share after 达 is a level, the span's last year's; 达到 stays a level reached
    text = "过去五年，五年累计投入资金700亿元，地区生产总值达到1.2万亿元，城镇化率达58%。"
    assert periods(text, "gwr2026-anhui", ("700亿元", "1.2万亿元", "58%")) == ["2021/2025", "2025", "2025"]


def test_a_condition_that_only_says_how_figures_are_looked_at_supposes_nothing() -> None:
    # 如果从…来看: a way of looking, the figure keeps the year the report reviews (traditional forms too)
    text = "一九五五年基本建设计划完成得很好。但是，如果从质量、进度、造价三项指标来看，全面达到要求的工程只占百分之四十。"
    assert periods(text, "gwr-national-1956", ("百分之四十",)) == ["1955"]
    text = "一九五五年基本建設計劃完成得很好。但是，如果從質量、進度、造價三項指標來檢查，全面達到要求的工程只佔百分之四十。"
    assert periods(text, "gwr-national-1956", ("百分之四十",)) == ["1955"]
    # unchanged: a supposition (只要…就可以) is of no period
    text = "一九五五年基本建设计划完成得很好。只要把造价降低百分之二，就可以每年节约六亿元。"
    assert periods(text, "gwr-national-1956", ("百分之二", "六亿元")) == [None, None]


def test_a_change_against_a_base_years_back_is_the_years_after_it_also_when_the_year_is_carried() -> None:
    # the year reviewed stated in the sentence before: the change since the base is over the years after it
    text = "一九八四年，农业生产稳定增长。粮食总产量比一九八〇年增长百分之十六点五。"
    assert periods(text, "gwr-national-1985", ("百分之十六点五",)) == ["1981/1984"]
    # unchanged: a part told after the change (其中…) is a level of the year reviewed, not the change's years
    text = "一九八四年，农业生产稳定增长。良种由一九八〇年的九十个增加到一百三十个，其中水稻良种四十个。"
    assert periods(text, "gwr-national-1985", ("一百三十个", "四十个")) == ["1984", "1984"]
    # unchanged: against the year before, the year reviewed
    text = "一九八四年，农业生产稳定增长。粮食总产量比一九八三年增长百分之五点二。"
    assert periods(text, "gwr-national-1985", ("百分之五点二",)) == ["1984"]


def test_a_total_marked_as_now_in_a_statement_of_its_own_after_the_year_reviewed_is_of_the_writing() -> None:
    # 已累计 after a semicolon, the year reviewed stated in an earlier statement of the sentence: the month
    text = ("机械工业\n新华社北京１月６日电　去年，全行业全年生产拖拉机８．３万台；"
            "全行业共有６万职工下岗，已累计安置再就业４．９万人，亏损额比上年下降了９％。\n")
    assert periods(text, "19980107-02-005", ("８．３万台", "４．９万人", "９％")) == ["1997", "1998-01", "1997"]
    # unchanged: a run (已连续２９个月) is no standing figure; a mark in the clause of the year stays the year's
    text = ("机械工业\n新华社北京１月６日电　去年，全行业全年生产拖拉机８．３万台；"
            "出口额已连续２９个月保持在１２％以上的增长速度。\n")
    assert periods(text, "19980107-02-005", ("１２％",)) != ["1998-01"]
    text = "机械工业\n新华社北京１月６日电　去年，全行业已累计安置再就业４．９万人。\n"
    assert periods(text, "19980107-02-005", ("４．９万人",)) == ["1997"]


def test_a_year_before_word_inside_a_background_phrase_is_the_year_before_the_one_spoken_of() -> None:
    # 在上年增长…的基础上 in the review of a year: the growth of the year before it, not of the writing's year before
    text = "物价\n某某\n１９９７年，社会消费品零售额在上年增长１２．４％的基础上，又增长９．６％。\n"
    assert periods(text, "19980108-01-005", ("１２．４％", "９．６％")) == ["1996", "1997"]
    text = "去年，全省进出口在上年增长5.3%的基础上增长4.1%。"
    assert periods(text, "gwr-national-2016", ("5.3%",)) == ["2014"]
    # unchanged: a year written inside the phrase is its own
    text = "去年，全省进出口在2013年增长5.3%的基础上增长4.1%。"
    assert periods(text, "gwr-national-2016", ("5.3%", "4.1%")) == ["2013", "2015"]
