"""Periods of counts and money in news stories: shapes found in session 19 (issue 13, helper period19b) on the fit
halves of the DEV gold and by volume over all DEV records, each with an example that must change and one that
must not."""
from __future__ import annotations

from test_period_session16 import periods

# the lines of a news page as the corpus prints them: one paragraph a line, wider than a column (extractor/normalize.py)
HEAD = "湖南部门服务到基层\n"
SECOND = "省委宣传部、省科委、省文化厅、卫生厅、省农办等１１个部门的３００多人，将８万多份有关资料和图书送到某县某镇，并在这里摆摊现场咨询。\n"
THIRD = "演出现场某中学草坪熙熙攘攘。咨询摊前，农民争着领取各种资料，其中有年轻人，也有五六十岁的人，感慨不已地对记者说了很多话。\n"


def test_a_day_opening_a_dispatchs_report_dates_the_event_its_next_paragraph_tells() -> None:
    # 本报长沙１月１０日电…：１月８日上午，…启动仪式在这里举行。 then the ceremony's figures: of that day
    text = HEAD + "本报长沙１月１０日电记者某某报道：１月８日上午，某县某镇鼓乐喧天，１９９８年湖南“三下乡”启动仪式在这里举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980111-02-002", ("３００多人", "８万多份")) == ["1998-01-08", "1998-01-08"]
    # unchanged: a day said after a clause of the report (…宣布，…) is no event the dispatch opens with
    text = HEAD + "本报长沙１月１０日电记者某某报道：省里今天宣布，１月８日上午，１９９８年湖南“三下乡”启动仪式在某县某镇举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980111-02-002", ("３００多人",)) == ["1998-01"]
    # unchanged: a day more than a week before the dateline's is background, not the news filed
    text = HEAD + "本报长沙１月１５日电记者某某报道：１月２日上午，某县某镇鼓乐喧天，１９９８年湖南“三下乡”启动仪式在这里举行。\n" + \
        SECOND + THIRD
    assert periods(text, "19980116-02-002", ("３００多人",)) == ["1998-01"]


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
    # 目前，…通车里程达…。…客运量达到１１４亿人次，…分别比上年增长２％: the year just ended (1997), not the month
    text = ("全国交通工作会议开幕\n新华社北京１月１４日电（记者某某）据介绍，去年全国公路新增通车里程２．７万公里。目前，"
            "全国公路通车里程达１２１．４万公里。公路客运量达到１１４亿人次，货运量９９亿吨，分别比上年增长２％和０．６％。"
            "客运量２．２亿人次，比上年下降３．９％。\n")
    assert periods(text, "19980115-02-002", ("１１４亿人次", "２％", "２．２亿人次", "３．９％")) == ["1997"] * 4
    # unchanged: the now said in the figure's own sentence (目前全县有…，比上年增加…) stands now; the same months
    # a year before (比去年同期) compare a part of a year
    text = ("某县新闻\n新华社某地１月１４日电（记者某某）目前，全县通车里程达１２１．４万公里。目前全县有５个乡，比上年增加１个。"
            "客运量２．２亿人次，比去年同期下降３．９％。\n")
    assert periods(text, "19980115-02-002", ("５个", "２．２亿人次")) == ["1998-01", "1998-01"]


def test_a_now_after_the_dispatchs_own_day_is_that_days_event() -> None:
    # …大厦今天发生大火，目前已证实一人死亡: how the event stood that day, and the next paragraph's figures of it
    fire = "据新华社香港一月六日电香港岛北角地区一座商住大厦今天发生大火，目前已证实一人死亡，三十多人受伤送往医院治疗。\n"
    after = "消防处一共动用八条消防水龙灭火，并动用云梯、派救护队进入火场救人，终于在火势蔓延前将大火扑灭，火灾原因正在调查之中。\n"
    text = "港岛一商住大厦发生大火\n" + fire + after
    assert periods(text, "19980107-04-004", ("三十多人", "八条")) == ["1998-01-06", "1998-01-06"]
    # unchanged: someone's word of the day (…今天说，目前…) is what stands as of the month; a title (《今晚报》) no day
    said = "据新华社香港一月六日电香港消防处处长今天说，目前全港共有三十多个消防站，人手仍然不足，需要继续招聘和培训新人。\n"
    paper = "本报天津１月３日电记者某某报道：《今晚报》在全国率先实行送报上楼已运转３年，订报到家的读者至今已达２５．６万户。\n"
    assert periods("香港消防\n" + said + after, "19980107-04-004", ("三十多个",)) == ["1998-01"]
    assert periods("天津送报上楼\n" + paper + after, "19980104-04-015", ("２５．６万户",)) == ["1998-01"]


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
