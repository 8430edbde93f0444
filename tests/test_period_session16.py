"""Periods of counts and money in news stories: shapes found in session 16 (issue 13, helper period16) on the fit
halves of the DEV gold and by volume over all DEV records, each with an example that must change and one that
must not."""
from __future__ import annotations

from typing import Optional

from extractor.api import extract_text


def periods(text: str, doc: str, quotes: tuple[str, ...]) -> list[Optional[str]]:
    """The period of each quoted fact of the text, in the order asked (the first fact of each quote)."""
    facts: dict[str, Optional[str]] = {}
    for f in extract_text(text, doc):
        facts.setdefault(f.text, f.period)
    return [facts[q] for q in quotes]


def test_a_dispatchs_opening_day_dates_its_own_sentences_figures_before_it() -> None:
    # 某国４个新团体…今天宣告成立: the event the dispatch reports, the figure its subject
    text = "新华社巴黎１月９日电（记者某某）某国４个新团体———甲会、乙会、丙会和丁会今天宣告成立。"
    assert periods(text, "19980110-06-001", ("４个",)) == ["1998-01-09"]
    # unchanged: someone's word of the day (专家今天说) is what stands as of the month
    text = "新华社巴黎１月９日电（记者某某）某国的２５０多名学者今天说，改革已经迟到。"
    assert periods(text, "19980110-06-001", ("２５０多名",)) == ["1998-01"]


def test_the_items_of_a_past_years_selected_events_are_that_years() -> None:
    # ’97…十大新闻评选结果揭晓。它们是：…: each event listed is of 1997, not of the month of filing
    text = ("’９７某省十大经济新闻评出\n本报讯’９７某省十大经济新闻评选结果日前揭晓。它们是：某钢厂亏损２亿元，"
            "厂长被免职；某集团兼并３家工厂，完成目前省内最大的一起兼并。")
    assert periods(text, "19980109-02-001", ("２亿元", "３家")) == ["1997", "1997"]
    # unchanged: a selection named with the issue's own year (’98…) is an event going on or to come
    text = "本报讯“’９８某市十大民生实事”评选今天启动，共有４０个项目参选。"
    assert periods(text, "19980109-02-001", ("４０个",)) != ["1997"]


def test_the_end_of_a_later_change_in_a_two_year_sentence_is_the_end_years() -> None:
    # 从1950年的…降低到1954年的…，其中甲费从…降低到…: the later change runs between the same two years, whatever
    # the sentence before it stated
    text = ("１９５４年政府工作报告\n某项支出所占的比重也从一九五〇年百分之十二点一增加到一九五四年预算的百分之十五点七。"
            "同时，某项经费所占的比重，已从一九五〇年的百分之六十二点八降低到一九五四年的百分之三十一点七，"
            "其中甲费从百分之四十二点五降低到百分之二十二点一。")
    assert periods(text, "gwr-national-1954", ("百分之四十二点五", "百分之二十二点一")) == ["1950", "1954"]
    # unchanged: a change with no two years named before it in its sentence keeps the sentence's year
    text = "１９９８年某报告\n１９９７年，某省财政收入增长１１％，其中某税从１２％提高到１４％。"
    assert periods(text, "gwr-national-1998", ("１４％",)) == ["1997"]


def test_a_dispatchs_evening_or_morning_is_its_day() -> None:
    # 昨晚, 今晨 counted from the dateline, as 昨天, 今天 are
    text = "新华社北京１月５日电（记者某某）昨晚，６０多名外地学生和本市的同学一起观看了演出。"
    assert periods(text, "19980106-04-001", ("６０多名",)) == ["1998-01-04"]
    text = "新华社拉萨１月５日电（记者某某）由５个部门组成的慰问组一行９人今晨抵达拉萨。"
    assert periods(text, "19980106-04-001", ("９人",)) == ["1998-01-05"]
    # unchanged: with no dateline before it (a feature), 今晚 counts from no day
    text = "冬夜随笔\n某某\n今晚，６０多名学生在礼堂里排练节目。"
    assert periods(text, "19980106-04-001", ("６０多名",)) != ["1998-01-05"]


def test_a_day_named_after_a_figure_of_its_clause_is_the_figures() -> None:
    # 来自…的９００多名学者今天在这里集会 in a later sentence of a dispatch: the day of the act the figure's subject
    # takes part in, not the year its story stated before
    text = ("新华社日内瓦１月６日电（记者某某）今年是某组织确定的“国际山地年”。来自４０多个国家的９００多名学者"
            "今天在这里集会，呼吁保护山地。")
    assert periods(text, "19980107-07-001", ("４０多个", "９００多名")) == ["1998-01-06", "1998-01-06"]
    # unchanged: someone speaking that day (…今天说) tells what stands; a clause break keeps the day off it
    text = ("新华社日内瓦１月６日电（记者某某）今年是某组织确定的“国际山地年”。某组织的３００多名专家今天说，"
            "山地正在缩小。")
    assert periods(text, "19980107-07-001", ("３００多名",)) == ["1998"]


def test_a_headlines_figure_takes_the_period_of_its_value_in_the_body() -> None:
    # 某省３０万人摆脱贫困 over a body that writes 近３０万: the same value, dated by the body (去年)
    text = ("送技术送资金某省３０万人摆脱贫困\n本报合肥１月１３日电记者某某报道：某县某村今年人均收入３０００元以上，"
            "成为全省去年近３０万脱贫人口中的一员。")
    assert periods(text, "19980114-04-020", ("３０万人",)) == ["1997"]
    # unchanged: a headline's figure the body does not repeat takes the body's first dated figure's period
    text = ("某省５０万人摆脱贫困\n本报合肥１月１３日电记者某某报道：某县某村去年人均收入３０００元以上。")
    assert periods(text, "19980114-04-020", ("５０万人",)) == ["1997"]


def test_a_day_inside_a_later_item_of_a_year_opened_list_is_that_items() -> None:
    # 去年，…；某工程实现了７月１日通水；…: the day is its item's, the next items keep the year the sentence opened with
    text = ("本报兰州１月４日电某市去年办的十件实事全部完成。\n去年，某市在５个小区建成住房３０万平方米；"
            "供水工程实现了７月１日通水；为６．２万名困难职工发放救济金１５００万元。")
    assert periods(text, "19980105-01-009", ("６．２万名", "１５００万元")) == ["1997", "1997"]
    # unchanged: a day opening its item (；８日，…) dates the items after it
    text = "本报兰州１月９日电本周以来，甲市股市下跌３％；８日，乙市股市下挫２％，丙市股市下跌１％。"
    assert periods(text, "19980110-03-020", ("１％",)) == ["1998-01-08"]


def test_a_yearly_average_after_the_last_years_level_is_of_the_span() -> None:
    # 过去五年…。2000年达…，平均每年增长8.1%: the average runs over the five years, not the last year alone
    text = "2001年政府工作报告\n过去五年，全国新建学校900所。地区生产总值2000年达8000亿元，平均每年增长8.1%。"
    assert periods(text, "gwr-national-2001", ("8000亿元", "8.1%")) == ["2000", "1996/2000"]
    # unchanged: a rate with no word of a yearly average is the year's
    text = "2001年政府工作报告\n过去五年，全国新建学校900所。地区生产总值2000年达8000亿元，比上年增长8.1%。"
    assert periods(text, "gwr-national-2001", ("8.1%",)) == ["2000"]


def test_a_later_year_of_a_plan_named_inside_a_sentence_is_its_sentences() -> None:
    # 未来五年…。…天然气产量2030年达到…: a target of its sentence; the next sentences keep the plan's five years
    text = ("2026年政府工作报告\n未来五年，全省新建学校30所。力争新增装机5000万千瓦，某产量2030年达到200亿立方米。"
            "推动制造业增加值年均增长6%以上。")
    assert periods(text, "gwr2026-shanxi", ("6%",)) == ["2026/2030"]
    # unchanged: the plan's first year named inside a sentence (今年…) goes on as before
    text = "2026年政府工作报告\n未来五年，全省新建学校30所。全省2026年要新建学校8所。新建医院5所。"
    assert periods(text, "gwr2026-shanxi", ("5所",)) == ["2026"]


def test_two_days_joined_by_a_range_mark_are_the_days_between() -> None:
    # 自５日至７日的３天内: the days from the first to the last, not the last alone
    text = "新华社曼谷１月８日电自５日至７日的３天内，某市市民共兑换美元３２０万美元。"
    assert periods(text, "19980109-06-001", ("３２０万美元",)) == ["1998-01-05/1998-01-07"]
    # unchanged: two days not joined by a range mark (５日和７日) are no span
    text = "新华社曼谷１月８日电５日和７日，某市市民两次兑换美元共３２０万美元。"
    assert periods(text, "19980109-06-001", ("３２０万美元",)) != ["1998-01-05/1998-01-07"]


def test_a_part_of_a_year_written_in_characters_is_of_that_year() -> None:
    # 一九九七年下半年 in a story that names 一九九八年 later: the half of the year written, not of the story's latest
    text = "本报讯某市考生从几百人上升到一九九七年下半年的六万多人。报名的都是准备参加一九九八年上半年考试的。"
    assert periods(text, "19980114-09-010", ("六万多人",)) == ["1997-07/1997-12"]
    # unchanged: the same written in figures
    text = "本报讯某市考生从几百人上升到１９９７年下半年的六万多人。报名的都是准备参加１９９８年上半年考试的。"
    assert periods(text, "19980114-09-010", ("六万多人",)) == ["1997-07/1997-12"]


def test_a_now_word_that_ranks_is_no_time() -> None:
    # 完成目前全国最大的一起兼并 ranks the deal: the figures after it keep the year the story gives them
    text = ("’９７某省十大经济新闻评出\n本报讯’９７某省十大经济新闻评选结果日前揭晓。它们是：某集团完成目前全国最大的"
            "一起兼并；６家企业组建某公司。")
    assert periods(text, "19980109-02-001", ("６家",)) == ["1997"]
    # unchanged: a now word that dates a standing figure (目前全省已有…) is the month of issue
    text = "本报某地１月８日电去年某省新建学校３０所。目前全省已有学校６００所。"
    assert periods(text, "19980109-02-001", ("６００所",)) == ["1998-01"]
