"""Periods: the shapes of the session-12 period round (bench/gold/README.md, seventeenth round),
each with an example that must change and one that must not."""
from __future__ import annotations

from extractor.api import extract_text


def scoped(text: str, doc: str) -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, doc)}


def test_a_year_word_and_its_month_go_on_together_in_a_feature() -> None:
    # a feature (no dateline): the scene's month goes on to the sentences of its paragraph
    facts = scoped("旅途小记\n本报记者某某\n　　我是从那座城市走出来的，这些年常常回去，每次都能看到新的变化，心里很高兴。\n　　去年８月上旬，我到某市开会。晚上坐车，车费是２３元。\n",
                   "19980112-09-002")
    assert facts["２３元"]["period"] == "1997-08"
    # a dispatch: the month is when its act happened; the next sentence's figures are the year's
    facts = scoped("某市纺织业再就业\n本报讯　去年５月，某市纺织公司定下再就业方针。一批企业兴办２３家服务公司。\n",
                   "19980109-02-010")
    assert facts["２３家"]["period"] == "1997"
    # a feature opened by a month (when its survey was done): its later paragraphs are that year's
    facts = scoped("品牌调查\n本报记者某某\n某中心去年１１月在２６个城市做了一次居民消费调查。\n"
                   "结果表明，某牌冰箱占有率为１４．２％。\n", "19980105-11-001")
    assert facts["１４．２％"]["period"] == "1997"


def test_a_year_a_figure_is_a_multiple_of_is_a_base() -> None:
    # the items after 是/等于 a year's multiple keep the year of the list, not the base's
    facts = scoped("一、过去五年的回顾\n五年来，各项事业发展。2022年某类学校在校生820万人，是2017年的1.6倍；"
                   "全国毕业生610万人。", "gwr-national-2003")
    assert facts["820万人"]["period"] == "2022"
    assert facts["610万人"]["period"] == "2022"
    # a year after 是 with no multiple after it is the period of what follows
    facts = scoped("一、过去五年的回顾\n五年来，各项事业发展。招生最多的是2021年，当年新建学校12所。",
                   "gwr-national-2003")
    assert facts["12所"]["period"] == "2021"


def test_a_share_risen_to_with_wei_is_a_level_of_its_year() -> None:
    facts = scoped("某类産品所佔的比重，一九五四年將從一九四九年的百分之十九點五上升爲百分之三十一點二。",
                   "gwr-national-1954")
    assert facts["百分之十九點五"]["period"] == "1949"
    assert facts["百分之三十一點二"]["period"] == "1954"
    # a change said with 增长 after the base is still over the years after it
    facts = scoped("一九五七年某産品産量比一九五二年增長百分之四十一。", "gwr-national-1958")
    assert facts["百分之四十一"]["period"] == "1953/1957"


def test_a_month_without_its_year_after_an_earlier_year_stated() -> None:
    # a story of 1989: its 6月 and 8月 are that year's, not last year's of a January page
    facts = scoped("小厂起家\n本报记者某某\n他在１９８９年接到一笔订单。从６月３日开始赶制，到８月９日交出３００只木箱。\n",
                   "19980112-01-004")
    assert facts["３００只"]["period"].endswith("1989-08-09")
    # a year written earlier in the sentence: its months
    facts = scoped("某业景气\n本报讯　１９９７年，新开工面积增速加快，由４月份增长６．２％上升到１０月份增长９．１％。\n",
                   "19980112-12-001")
    assert facts["６．２％"]["period"] == "1997-04"
    facts = scoped("某业景气\n本报讯　１９９６年新开工面积下降。１９９４年，新开工面积由４月份增长５．３％上升到１０月份。\n",
                   "19980112-12-001")
    assert facts["５．３％"]["period"] == "1994-04"  # (the last twelve months would say 1997-04)
    # a day of the month stays the issue's, whatever year was stated
    facts = scoped("归来\n本报记者某某\n１１日下午，５８名干部回到北京。他们是１９９５年８月进藏的。\n", "19980113-03-003")
    assert facts["５８名"]["period"] == "1998-01-11"
    # a month after 去年 is last year's, whatever year the sentence wrote before
    facts = scoped("征集活动\n本报北京１月１２日讯　１９９８年年主题征集活动自去年８月２日至１０月３０日，共收到信函２１５件。\n",
                   "19980113-02-005")
    assert facts["２１５件"]["period"] == "1997-08-02/1997-10-30"


def test_a_dispatchs_day_goes_on_in_its_paragraph() -> None:
    # the event of the dispatch's day: the counts of it in the sentences after it in its paragraph
    facts = scoped("研讨会召开\n本报北京１月５日讯　某某研讨会今天在京召开。专家等１６位嘉宾登台演讲。"
                   "２４０多名代表参加了研讨会。\n", "19980106-05-007")
    assert facts["１６位"]["period"] == "1998-01-05"
    assert facts["２４０多名"]["period"] == "1998-01-05"
    # a day someone spoke: what they told stands as of the month
    facts = scoped("专家谈\n本报北京１月５日讯　某专家今天说，全国尚有３０万户待改造。城市共有２２个试点。\n",
                   "19980106-05-007")
    assert facts["２２个"]["period"] == "1998-01"


def test_a_speakers_now_inside_a_quotation_is_not_carried_on() -> None:
    facts = scoped("小厂\n本报记者某某\n前年，厂长听说材料部从亲戚店里进货。他说：“从现在起，谁再去那里进货就辞职！”"
                   "他还决定，扣下４０００元货款。\n", "19980112-01-004")
    assert facts["４０００元"]["period"] == "1996"
    # a 现在 of the narration itself is the month of issue (in a feature, its own sentence's only: session 15)
    facts = scoped("小厂\n本报记者某某\n前年，厂长听说材料部从亲戚店里进货。现在，厂里共有１２个采购员。"
                   "他们每人管４０００元的货款。\n", "19980112-01-004")
    assert facts["１２个"]["period"] == "1998-01"
    # and in a dated dispatch it goes on to the sentences after it
    facts = scoped("小厂\n本报某地１月１１日电　前年，厂长听说材料部从亲戚店里进货。现在，厂里共有１２个采购员。"
                   "他们每人管４０００元的货款。\n", "19980112-01-004")
    assert facts["４０００元"]["period"] == "1998-01"


def test_the_last_few_years_counted_with_guoqu() -> None:
    facts = scoped("旅游业\n本报记者某某\n过去８年，某地旅游收入已占生产总值的６％左右。\n", "19980112-07-001")
    assert facts["６％"]["period"] == "1990/1997"
    # 过去 alone names no count of years
    facts = scoped("旅游业\n本报记者某某\n过去，某地旅游收入只占生产总值的２％左右。\n", "19980112-07-001")
    assert facts["２％"]["period"] is None  # (a feature: no time stated)


def test_one_year_of_an_effort_done_is_the_year_before_the_writing() -> None:
    facts = scoped("整顿矿井\n本报讯　某市经过一年整顿煤炭生产秩序，共查封私开矿井１３４个。\n", "19980112-02-009")
    assert facts["１３４个"]["period"] == "1997"
    # a year still ahead (再经过一年) is no year done
    facts = scoped("整顿矿井\n本报讯　某市再经过一年整顿，共可查封私开矿井１３４个。\n", "19980112-02-009")
    assert facts["１３４个"]["period"] == "1998-01"


def test_a_span_narrowed_to_its_last_year_goes_on_as_that_year() -> None:
    # a report's 2012年以来 … 去年: the sentences after it are of the year reviewed, not the span
    facts = scoped("一、2021年工作回顾\n过去一年极不平凡。2012年以来新登记的企业去年缴税达到3.1万亿元。"
                   "新增6个开放试点。", "gwr-national-2022")
    assert facts["6个"]["period"] == "2021"
    # a span with no year after it goes on as the span
    facts = scoped("一、2021年工作回顾\n过去一年极不平凡。2012年以来累计新登记企业达到3000万户。"
                   "新增6个开放试点。", "gwr-national-2022")
    assert facts["6个"]["period"] == "2012/2021"


def test_a_months_end_as_a_deadline_met_is_as_of_it() -> None:
    facts = scoped("选举结束\n本报北京１月１１日讯　换届选举已于１９９６年５月底前全部结束，全国３．２万多个乡参加。\n",
                   "19980112-04-011")
    assert facts["３．２万多个"]["period"] == "../1996-05"
    # a month's end as when something happened is that month
    facts = scoped("清理工作\n本报讯　１９９６年５月底，某厂召开大会，３２１人参加。\n", "19980115-04-013")
    assert facts["３２１人"]["period"] == "1996-05"


def test_an_as_of_month_after_a_year_word_goes_on_to_the_next_sentences() -> None:
    facts = scoped("人口统计\n本报讯　据统计，截至去年１０月底，某地区人口已达１２３４万人，较前年同期增长了２％。"
                   "其中，某市人口为２１０万人。\n", "19980114-12-009")
    assert facts["２１０万人"]["period"] == "../1997-10"
    # a dispatch's month that dates an act: the next sentences are the year's
    facts = scoped("再就业\n本报讯　去年５月，某公司定下再就业方针。其中一批企业兴办２３家服务公司。\n", "19980109-02-010")
    assert facts["２３家"]["period"] == "1997"


def test_a_dispatchs_yesterday_is_its_event_in_the_next_paragraphs() -> None:
    facts = scoped("扶老助孤\n本报天津１月４日电　昨天，某市由１２万户参加的扶老行动揭开序幕。\n"
                   "各区义务出车向全市３１０多家孤寡老人送去慰问品。\n", "19980105-04-004")
    assert facts["３１０多家"]["period"] == "1998-01-03"
    # 前天 is read as no day of the dispatch: the next paragraph stands as of the month
    facts = scoped("扶老助孤\n本报天津１月４日电　前天，某市由１２万户参加的扶老行动揭开序幕。\n"
                   "各区义务出车向全市３１０多家孤寡老人送去慰问品。\n", "19980105-04-004")
    assert facts["３１０多家"]["period"] == "1998-01"
