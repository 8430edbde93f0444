"""Periods: shapes found in session 15 (issue 13, helper period15) on the fit half of the blind DEV facts gold
written that morning, each with an example that must change and one that must not."""
from __future__ import annotations

from typing import Optional

from extractor.api import extract_text


def periods(text: str, doc: str, quotes: tuple[str, ...]) -> list[Optional[str]]:
    """The period of each quoted fact of the text, in the order asked."""
    facts = {f.text: f.period for f in extract_text(text, doc)}
    return [facts[q] for q in quotes]


def test_a_feature_scene_opened_by_an_earlier_day_goes_on_into_the_next_paragraphs() -> None:
    # an opening with no time, then a scene on an earlier day: the paragraphs after it tell that day
    text = ("路上见闻\n　　我的一位同事坐火车回老家，在车上看见了一件怪事。\n"
            "　　去年１１月５日上午，一列开往某市的火车坐满了旅客。\n"
            "　　一个青年拿着一张彩票说中了大奖，要卖给别人。有人凑了３０００元买下，另一个人又掏出８００元。\n")
    assert periods(text, "19980113-10-004", ("３０００元", "８００元")) == ["1997-11-05", "1997-11-05"]
    # the next paragraph opened by a day of its own starts its own scene
    text2 = text + "　　１１月９日，那位同事又在车站见到其中两人，他们又骗走了５００元。\n"
    assert periods(text2, "19980113-10-004", ("５００元",)) == ["1997-11-09"]
    # unchanged: a month opening the paragraph is an occasion (a visit), not a scene the next paragraphs tell
    text = ("山村新事\n　　山里人说，路通了，日子就好过了。\n"
            "　　去年１１月，一位学者来到这个山村调查。\n"
            "　　这个村的耕地占全乡的２０％，矿产丰富。\n")
    assert periods(text, "19980113-10-004", ("２０％",)) == [None]


def test_a_heading_ends_a_feature_scene() -> None:
    # a numbered heading begins another matter: the earlier day is not carried past it
    text = ("回忆某老\n某某\n　　某老是我国地质教育的开创者之一。我们深切怀念他。\n"
            "　　一、匆忙受命\n　　１９５３年６月２日，领导找他谈话，调他到新成立的部里工作。\n"
            "　　二、办学育人先行一步\n　　他首先抓教育。\n　　由于两所学院刚刚组建，学生只能借地上课。\n")
    assert periods(text, "19980107-12-002", ("两所",)) == [None]
    # the same paragraphs with no heading between: the scene's day goes on
    text = text.replace("　　二、办学育人先行一步\n", "")
    assert periods(text, "19980107-12-002", ("两所",)) == ["1953-06-02"]


def test_a_feature_now_word_dates_its_own_sentence_only() -> None:
    # a feature with no dateline: what its 如今 says stands is of the month, the acts told after it none
    text = ("小镇新貌\n　　十年前，这里是一片荒滩。如今的小镇，道路宽了，楼房多了，有商店４０多家。"
            "一户人家的孩子考上大学，乡亲们凑了２万多元送他上学。\n")
    assert periods(text, "19980112-09-003", ("４０多家", "２万多元")) == ["1998-01", None]
    # nor does a later sentence go back to a year stated before the now word
    text = ("小镇新貌\n　　１９９３年，镇上建起一座水厂。目前，水厂供应全镇用水。镇上还办起６个作坊。\n")
    assert periods(text, "19980112-09-003", ("６个",)) == [None]
    # unchanged: a dated dispatch's standing figures after its 目前 stay the month of issue
    text = ("小镇新貌\n本报某地１月１１日电　目前，镇上已有商店４０多家。镇上还有６个作坊。\n")
    assert periods(text, "19980112-09-003", ("６个",)) == ["1998-01"]


def test_a_few_years_left_uncounted_state_no_period() -> None:
    # 几年来 opening a news sentence: a time stated that names no period, as 近几年 (not the since-span before it)
    text = "小村新貌\n　　从１９９３年起，村里每月评一次卫生户。几年来，村里引来了十多家企业。\n"
    assert periods(text, "19980112-09-003", ("十多家",)) == [None]
    # unchanged: a report's 这几年来 is the years it reviews
    text = ("一九五九年，农村工作有了进展。从一九五八年春天起，许多人参加了修渠。"
            "关于肥料，各地这几年来办了不少小肥料厂，有的公社办了年产九百吨的化肥厂。")
    assert periods(text, "gwr-national-1960", ("九百吨",)) != [None]


def test_a_background_deed_after_a_now_of_the_sentence_before_has_no_period() -> None:
    # a dated dispatch: 目前 dates its own standing count; a series told after it with 先后 is background
    text = ("某厂引进技术\n本报讯　某厂近年来发展很快。目前，该厂已引进８条生产线。"
            "另外，该厂先后从高校选拔了６０多名研究生。\n")
    assert periods(text, "19980114-05-008", ("８条", "６０多名")) == ["1998-01", None]
    # unchanged: a standing figure told after the 目前 sentence with no background mark stays the month
    text = ("某厂引进技术\n本报讯　某厂近年来发展很快。目前，该厂已引进８条生产线。"
            "该厂有工程师６０多名。\n")
    assert periods(text, "19980114-05-008", ("６０多名",)) == ["1998-01"]


def test_a_span_of_months_written_with_parts_of_them_is_the_months() -> None:
    # 月底至…月初, 上旬到…中旬: the months from the first to the last, not an as-of the last
    text = "小事\n　　去年８月底至９月初，某报连登数日广告，登出了３００多个用户的号码。\n"
    assert periods(text, "19980105-11-004", ("３００多个",)) == ["1997-08/1997-09"]
    text = "小事\n　　从去年１０月上旬到１１月中旬，某牌大米日均销售２万公斤，销售额达５０万元。\n"
    assert periods(text, "19980105-11-004", ("５０万元",)) == ["1997-10/1997-11"]
    # unchanged: a month's end then an as-of in a clause of its own are two times
    text = "小事\n　　去年８月底，某厂有职工３００多名，至９月，又招了４０名。\n"
    assert periods(text, "19980105-11-004", ("３００多名", "４０名")) == ["1997-08", "../1997-09"]


def test_besides_then_also_is_no_background_deed() -> None:
    # 除…外，还…: what the news itself holds besides the rest, the dispatch's month; a plain 还从 stays background
    text = ("某光盘上网\n本报讯　某光盘近日进入国际互联网。这张光盘除收录各地主管部门的地址外，"
            "还从全国６０００家企业中选出３００家名优企业。\n")
    assert periods(text, "19980105-05-015", ("３００家",)) == ["1998-01"]
    text = ("某光盘上网\n本报讯　某光盘近日进入国际互联网。该公司还从全国６０００家企业中选出３００家名优企业。\n")
    assert periods(text, "19980105-05-015", ("３００家",)) == [None]
