"""Periods of counts and money in news stories: shapes found in session 19 (issue 13, helper period19b) on the fit
halves of the DEV gold and by volume over all DEV records, each with an example that must change and one that
must not."""
from __future__ import annotations

from test_period_session16 import periods

# the lines of a news page as the corpus prints them: one paragraph a line, wider than a column (extractor/normalize.py)
HEAD = "某省部门送科技下乡\n"
SECOND = "省农业厅、省林业厅、省水利厅、省卫生厅、省科协等９个部门的２００多名专家，把５万多册科技图书和一批农机具运到某县某乡，现场答疑解惑。\n"
THIRD = "集市旁边的空地上人头攒动。展台前，村民们排队领取技术手册，有的还拿出本子认真记下专家讲的要点，一直忙到太阳偏西才陆续散去。\n"


def test_a_day_opening_a_dispatchs_report_dates_the_event_its_next_paragraph_tells() -> None:
    # 本报某地１月１０日电…：１月８日上午，…启动仪式在某乡举行。 then the ceremony's figures: of that day
    text = HEAD + "本报某地１月１０日电记者某某报道：１月８日上午，某县某乡锣鼓喧天，２０２５年某省“科技下乡”启动仪式在这里隆重举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980111-02-002", ("２００多名", "５万多册")) == ["1998-01-08", "1998-01-08"]
    # unchanged: a day said after a clause of the report (…宣布，…) is no event the dispatch opens with
    text = HEAD + "本报某地１月１０日电记者某某报道：省里今天宣布，１月８日上午，２０２５年某省“科技下乡”启动仪式在某县某乡举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980111-02-002", ("２００多名",)) == ["1998-01"]
    # unchanged: a day more than a week before the dateline's is background, not the news filed
    text = HEAD + "本报某地１月１５日电记者某某报道：１月２日上午，某县某乡锣鼓喧天，２０２５年某省“科技下乡”启动仪式在这里隆重举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980116-02-002", ("２００多名",)) == ["1998-01"]


def test_a_day_after_this_month_or_last_month_is_that_day() -> None:
    # 本月８日, 上月二十日, 本月８日至１５日: days of the month the word counts from the page's issue
    text = ("难民问题\n本报罗马１月１４日电记者某某报道：本月８日，６个成员国的警方首脑在罗马开会。"
            "上月二十日，３个国家签署了协议。大奖赛将于本月８日至１５日在济南举行，共有５名棋手参赛。\n")
    assert periods(text, "19980115-06-001", ("６个", "３个", "５名")) == [
        "1998-01-08", "1997-12-20", "1998-01-08/1998-01-15"]
    # unchanged: 本月 alone is the month; the day is its own sentence's, not the next sentence's
    text = ("难民问题\n本报罗马１月１４日电记者某某报道：本月，６个成员国的警方首脑在罗马开会。本月８日，有人在罗马开会。"
            "１５个国家的专家也将提出行动方案。\n")
    assert periods(text, "19980115-06-001", ("６个", "１５个")) == ["1998-01", "1998-01"]


def test_a_figure_compared_with_the_year_before_under_a_now_carried_is_the_year_just_ended() -> None:
    # 目前，…营业里程达…。…客运量达到３．２亿人次，…分别比上年增长５％: the year just ended (1997), not the month
    text = ("全省铁路工作会议开幕\n新华社某地１月１４日电（记者某某）据介绍，去年全省新增铁路营业里程３２０公里。目前，"
            "全省铁路营业里程达５６００公里。铁路客运量达到３．２亿人次，货物发送量２．１亿吨，分别比上年增长５％和１．２％。"
            "行包发送量１８０万件，比上年下降２．６％。\n")
    assert periods(text, "19980115-02-002", ("３．２亿人次", "５％", "１８０万件", "２．６％")) == ["1997"] * 4
    # unchanged: the now said in the figure's own sentence (目前全省有…，比上年增加…) stands now; the same months
    # a year before (比去年同期) compare a part of a year
    text = ("某省新闻\n新华社某地１月１４日电（记者某某）目前，全省铁路营业里程达５６００公里。目前全省有５个枢纽站，比上年增加１个。"
            "行包发送量１８０万件，比去年同期下降２．６％。\n")
    assert periods(text, "19980115-02-002", ("５个", "１８０万件")) == ["1998-01", "1998-01"]


def test_a_now_after_the_dispatchs_own_day_is_that_days_event() -> None:
    # …某仓库今天凌晨起火，目前已有两人受伤: how the event stood that day, and the next paragraph's figures of it
    fire = "据新华社某地一月六日电某市东郊一座物流仓库今天凌晨起火，目前已有两人受伤，二十多户居民被疏散到附近学校安置。\n"
    after = "消防部门先后调派十二辆消防车赶赴现场，并组织突击队进入库区抢运物资，经过三个多小时扑救终于将明火扑灭，起火原因仍在调查。\n"
    text = "某地仓库起火\n" + fire + after
    assert periods(text, "19980107-04-004", ("二十多户", "十二辆")) == ["1998-01-06", "1998-01-06"]
    # unchanged: someone's word of the day (…今天说，目前…) is what stands as of the month; a title (《今晚报》) no day
    said = "据新华社某地一月六日电某市消防局负责人今天说，目前全市共有二十多个消防站，人手仍然不足，需要继续招聘和培训新人。\n"
    paper = "本报某地１月３日电记者某某报道：《今晚报》在本市推行投递到户已经三年多，订户中选择投递到户的至今已达４．８万户。\n"
    assert periods("某地消防\n" + said + after, "19980107-04-004", ("二十多个",)) == ["1998-01"]
    assert periods("某地投递到户\n" + paper + after, "19980104-04-015", ("４．８万户",)) == ["1998-01"]


_PAPER = "宝鸡日报  2025年12月20日  第2版  要闻·项目建设\n\n高新区集中签约16个项目\n\n本报讯（记者 某某）"
_FIELDS = "总投资228.6亿元，涵盖先进制造、新材料、现代服务业等领域，其中外资项目占了不小的比重。\n"


def test_a_year_in_the_name_of_an_event_held_is_a_label_not_the_figures_period() -> None:
    # １２月１８日，某区２０２５年第四季度重点项目集中签约活动举行，现场签约项目１６个: the day the event was held
    held = _PAPER + "12月18日，宝鸡高新区2025年第四季度重点项目集中签约活动举行，现场签约项目16个，" + _FIELDS
    assert periods(held, "project-news", ("228.6亿元",)) == ["2025-12-18"]
    # unchanged: a year that dates what the sentence counts (…２０２５年第四季度共签约项目１６个) is its period
    counted = _PAPER + "据统计，宝鸡高新区2025年第四季度共签约项目16个，" + _FIELDS
    assert periods(counted, "project-news", ("228.6亿元",)) == ["2025-10/2025-12"]


def test_after_a_part_of_a_year_the_run_of_months_stated_before_it_goes_on() -> None:
    # 1-10月，…。其中，前三季度到位…，10月当月到位…。省外资金…: the ten months again, not the bare year
    text = ("1-10月全市招商引资到位资金1268.4亿元\n发布时间:2026-11-20 16:05 来源:某市商务局\n"
            "记者从市商务局获悉,1-10月,全市招商引资实际到位资金1268.4亿元,比上年同期的1168亿元增长8.6%。"
            "其中,前三季度到位1131.9亿元,10月当月到位136.5亿元。省外资金986.2亿元,占到位资金的77.8%。\n")
    assert periods(text, "some-news", ("1131.9亿元", "986.2亿元", "77.8%")) == \
        ["2026-01/2026-09", "2026-01/2026-10", "2026-01/2026-10"]
    # unchanged: with a year stated before it, the sentences after a part of the year keep the year
    text = ("某市经济运行情况\n发布时间:2026-11-20 16:05 来源:某市统计局\n"
            "2026年,全市招商引资实际到位资金1268.4亿元,比上年增长8.6%。其中,前三季度到位1131.9亿元。"
            "省外资金986.2亿元,占到位资金的77.8%。\n")
    assert periods(text, "some-news", ("986.2亿元",)) == ["2026"]


def test_on_a_page_naming_no_day_the_day_a_story_opens_with_goes_on_to_its_later_paragraphs() -> None:
    # a site's news item saved as a file of its own: １１月１８日上午，…签约活动…举行 then the signed projects' figures
    head = ("首页 > 新闻中心 > 某市要闻\n某市招商引资重大项目集中签约活动举行\n"
            "发布时间:2026-11-19 09:46 来源:某市投资促进局 【字号 大 中 小】 打印 关闭\n")
    body = ("11月18日上午,2026年某市招商引资重大项目集中签约活动在某市经开区举行。活动采取主会场加分会场方式,共签约项目62个。\n"
            "从产业分布看,制造业项目38个,投资312.6亿元,占总投资的64.3%;现代服务业项目15个,投资108.4亿元。\n")
    assert periods(head + body, "some-news", ("38个", "312.6亿元")) == ["2026-11-18", "2026-11-18"]
    # unchanged: a story that opens on something else (记者获悉，…) and names a day later keeps its year after it
    body = ("记者从市投资促进局获悉,11月18日上午,某市招商引资重大项目集中签约活动举行,共签约项目62个。\n"
            "从产业分布看,制造业项目38个,投资312.6亿元,占总投资的64.3%;现代服务业项目15个,投资108.4亿元。\n")
    assert periods(head + body, "some-news", ("38个",)) == ["2026"]
