"""Periods: the shapes found by the session-13 lints over all DEV text (bench/lint_period.py), each with an
example that must change and one that must not."""
from __future__ import annotations

from extractor.api import extract_text


def scoped(text: str, doc: str) -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, doc)}


def test_a_month_after_its_year_word_is_of_that_year() -> None:
    # 今年 with a month after the month of issue: this year's (a plan), not last year's of the same name
    facts = scoped("某行坏账\n本报东京１月１２日电　某银行计划在今年４月的决算中冲销３万亿日元。\n", "19980113-07-001")
    assert facts["３万亿日元"]["period"] == "1998-04"
    facts = scoped("足球集训\n本报讯　今年５月至７月，某协会将组织３０多支球队集训。\n", "19980113-08-007")
    assert facts["３０多支"]["period"] == "1998-05/1998-07"
    # 去年 and 前年 with a month of the or an earlier one: the year they name
    facts = scoped("某国债务\n本报讯　某国的外债到去年１月１日时为２．６亿美元。前年１月，其外债为３亿美元。\n",
                   "19980106-06-005")
    assert facts["２．６亿美元"]["period"] == "../1997-01-01"
    assert facts["３亿美元"]["period"] == "1996-01"
    # unchanged: a month of 今年 told as done was written in the year before (a profile of 1997)
    facts = scoped("扶贫记\n某某\n他为乡里引来一个项目，今年５月已建成投产，年产值２６００万元。\n", "19980109-02-002")
    assert facts["２６００万元"]["period"] == "1997-05"
    facts = scoped("西藏来信\n某某\n今年８月，我和同学第一次去了拉萨，看了３座寺院。\n", "19980103-01-002")
    assert facts["３座"]["period"] == "1997-08"
    # but planned before the date, the month is this year's, whatever the sentence says after it
    facts = scoped("欧元\n本报讯　欧盟将于今年６月确定首批１１个成员国，某国已经表示不加入。\n", "19980110-03-007")
    assert facts["１１个"]["period"] == "1998-06"
    # unchanged: a month without a year word after the month of issue is of the twelve months before it
    facts = scoped("某厂投产\n本报讯　５月，某厂投产，年产值２６００万元。\n", "19980109-02-002")
    assert facts["２６００万元"]["period"] == "1997-05"


def test_a_later_year_of_a_news_story_goes_on_only_where_it_plans() -> None:
    # a clock to be set up for a later year: the clock's size is no figure of that year
    text = ("某地将立倒计时钟\n本报北京１月９日讯　某公司将在山下设立一座２００２年倒计时钟。\n"
            "倒计时钟的底座为方形，钟体宽３．５米，高６．２米。\n")
    facts = scoped(text, "19980110-02-008")
    assert facts["３．５米"]["period"] != "2002"
    # a plan's next sentence that goes on planning keeps the plan's years
    text = ("体育发展纲要\n本报讯　纲要提出，２００１年至２０１０年分两步走。"
            "每周锻炼三次以上的人数争取占到居民的３５％。\n")
    facts = scoped(text, "19980113-08-003")
    assert facts["３５％"]["period"] == "2001/2010"
    # a later month of the year goes on as the year, not the month, where the next sentence plans nothing
    text = ("某部队留驻\n本报讯　部队将留驻到今年７月。今年７月以后的人数，还有待商定。"
            "一种看法是，人数减为１．５万人。\n")
    facts = scoped(text, "19980109-06-006")
    assert facts["１．５万人"]["period"] == "1998"


def test_a_photo_credit_in_brackets_under_the_byline_is_no_dateline() -> None:
    # a travel feature whose photo was wired from abroad: its standing figures have no time (a feature)
    text = ("某国见闻（附图片１张）\n本报特派记者某某\n压题照片为某国的海滩。（本报利马电）\n"
            "这个只有４６０万人口的国家，拥有５０多个海滩。\n")
    facts = scoped(text, "19980106-06-011")
    assert facts["５０多个"]["period"] is None
    # unchanged: a dispatch opening with its dateline states what stands in the month of issue (not a habit:
    # 每年吸引着５０多万游客 is of no period, tests/test_period_session13.py on habits)
    text = ("某国旅游\n本报利马１月５日电　这个只有４６０万人口的国家，拥有５０多个海滩。\n")
    facts = scoped(text, "19980106-06-011")
    assert facts["５０多个"]["period"] == "1998-01"


def test_consecutive_years_closed_by_their_count_are_the_figures_years_together() -> None:
    facts = scoped("某市治安\n本报讯　民警组成一支便衣队伍，仅１９９４、１９９５两年就抓获小偷３２０余人。\n",
                   "19980109-03-001")
    assert facts["３２０余人"]["period"] == "1994/1995"
    facts = scoped("一九七九、一九八〇兩年共節約了三千萬噸標準煤。", "gwr-national-1983")
    assert facts["三千萬噸"]["period"] == "1979/1980"
    # unchanged: another time after the list is the later figures' own
    facts = scoped("某县水利\n本报讯　１９９４、１９９５两年，全县建成水库１１座，１９９６年又建成７座。\n",
                   "19980109-03-001")
    assert facts["７座"]["period"] == "1996"
    # unchanged: years that do not run on (１９９３年和１９９５年两年) are no span
    facts = scoped("某县水利\n本报讯　１９９３年和１９９５年两年，全县建成水库１１座。\n", "19980109-03-001")
    assert facts["１１座"]["period"] == "1995"


def test_a_starting_level_in_chinese_numerals_after_a_year_word_is_a_base() -> None:
    # 由去年的百分之… is the start's own year: the level reached and the rest keep 今年
    facts = scoped("今年国家对科研的投资比重由去年的百分之六点二提高到百分之八，总额达到九十六亿元。",
                   "gwr-national-1979")
    assert facts["百分之六点二"]["period"] == "1978"
    assert facts["百分之八"]["period"] == "1979"
    assert facts["九十六亿元"]["period"] == "1979"
    # unchanged: a month after the year word is no level (从去年九月起)
    facts = scoped("从去年九月起，物价上涨了百分之四。", "gwr-national-1979")
    assert facts["百分之四"]["period"] != "1979"


def test_a_habit_with_no_time_in_its_sentence_has_no_period() -> None:
    # issue 13 (period_null): 每年/每月/往往 in the number's clause, nothing dating it in its sentence: a habit,
    # neither the year the story stated before nor the month of its dateline
    text = ("某垦区增产\n本报讯　１９９７年，某垦区粮食总产量达６０亿公斤。垦区每年划拨８００万元科研经费。"
            "某农场每月捐出２００元。\n")
    facts = scoped(text, "19980103-99-001")
    assert facts["６０亿公斤"]["period"] == "1997"
    assert facts["８００万元"]["period"] is None and facts["２００元"]["period"] is None
    facts = scoped("某地游客\n本报某地１月８日电　某塔每年都有５０多万游客登上塔顶。\n", "19980109-99-002")
    assert facts["５０多万游客"]["period"] is None
    # unchanged: a yearly average is its span's; a time the sentence states before the habit is its period;
    # a habit set in a plan of the year keeps the plan's year
    text = ("某港发展\n本报讯　１９９１年以来，某港吞吐量平均每年增长１２％。１９９６年，某港每年接待游客３万人次。\n")
    facts = scoped(text, "19980112-99-003")
    assert facts["１２％"]["period"] == "1991/1997" and facts["３万人次"]["period"] == "1996"
    facts = scoped("某省科普\n本报讯　某省今年起实施科普工程。省科协每年拿出６０万元。\n", "19980112-99-004")
    assert facts["６０万元"]["period"] == "1998"
