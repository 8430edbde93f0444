"""time_exprs_words.starts_act (session 30, period30): a date opened by 从/自 and closed by 起 or 开始 alone is the
start of an act unless its sentence tells a run up to now or its paragraph the years spent; own words."""
from __future__ import annotations

from extractor.time_exprs_words import starts_act


def _after(text: str, date: str) -> int:
    return text.index(date) + len(date)


def test_a_start_before_one_act_is_an_act() -> None:
    text = "从１９９１年起，该乡修建了４座小水库。"
    assert starts_act(text, _after(text, "１９９１年"))
    text = "自去年５月开始，某厂把车间分成６个班组。"
    assert starts_act(text, _after(text, "５月"))


def test_a_since_or_a_run_is_no_act() -> None:
    for text, date in [("从１９９１年以来，该乡修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起至今，该乡修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起，该乡共修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起，该乡陆续修建了４座小水库。", "１９９１年"),
                       ("从１９９１年开始，这里的水产养殖越来越兴旺。", "１９９１年"),
                       ("从１９９１年开始，他带人修水库。一干就是６年，修成４座。", "１９９１年"),
                       ("１９９１年，该乡修建了４座小水库。", "１９９１年")]:
        assert not starts_act(text, _after(text, date)), text


def test_a_point_after_the_start_is_no_years_spent() -> None:
    text = "从１９９１年起，该乡扶持３户养牛，两年后３户全部还清贷款。"
    assert starts_act(text, _after(text, "１９９１年"))


def test_a_year_written_in_words_or_a_grade_is_no_years_spent() -> None:
    # the 六 of 一九九六年 ends a year written, 三年级 is a grade: not years spent on the act (positives)
    text = "从一九九四年起，这个乡办起了两个砖厂。一九九六年又办起一个水泥厂。"
    assert starts_act(text, _after(text, "一九九四年"))
    text = "从一九八〇年起，该县提高了收购价格，一九八一年农民收入增加不少。"
    assert starts_act(text, _after(text, "一九八〇年"))
    text = "从一九九九年起，该县建起了一座水电站。二○○二年又扩建了一座。"
    assert starts_act(text, _after(text, "一九九九年"))
    text = "从１９９２年起，该校办起了三年级实验班。"
    assert starts_act(text, _after(text, "１９９２年"))
    # negative: a count of years in words is still the years spent
    text = "从一九九一年开始，他带人修水库。一干就是六年，修成４座。"
    assert not starts_act(text, _after(text, "一九九一年"))


def test_a_yearly_average_an_increment_or_a_level_reached_is_a_run() -> None:
    for text in ["从１９９４年起，南京市的财政收入年均增长１８％。",
                 "自１９９５年起，某市外贸出口额增加到３５亿美元。",
                 "从１９９３年开始，南京市新增就业岗位１２万个。",
                 "从１９９５年起，某县的蔬菜产量翻了一番。",
                 "从１９９５年起到去年底，该市建成住宅２００万平方米。"]:  # a range, not a start
        assert not starts_act(text, _after(text, "年")), text
    # negatives: an act with a total of its own (达), an act of raising, stay the act's start
    text = "从１９９１年起，该乡修建了４座小水库，总投资达３００万元。"
    assert starts_act(text, _after(text, "１９９１年"))
    text = "从１９９６年起，某厂提高了职工的岗位津贴。"
    assert starts_act(text, _after(text, "１９９６年"))


def test_a_year_holding_the_issue_month_is_not_before_it() -> None:
    from types import SimpleNamespace

    from extractor.date_periods import _before_issue
    page = SimpleNamespace(dated="19980107-03-001")
    # the issue's own year holds its month (as strings "1998" sorts before "1998-01"); earlier ones are before
    assert not _before_issue("1998", page) and not _before_issue("1998-01", page)
    assert _before_issue("1997", page) and _before_issue("1997-12", page)


def test_a_change_by_itself_is_a_run_but_a_level_one_act_reached_is_not() -> None:
    text = "积累的比重从１９８２年起略有回升。"  # a rise back since: a run
    assert not starts_act(text, _after(text, "１９８２年"))
    # negatives: a level the act reached (达到), a word holding 突破, a later year's act: the start's own act
    for text, date in [("某行从１９８６年起，数次降低利率，并达到历史最低水平。", "１９８６年"),
                       ("从１９９３年开始，某集团以抓大项目为突破口，加强了投入。", "１９９３年"),
                       ("从2000年起，在某省开展农村改革试点，2002年试点扩大到15个省。", "2000年")]:
        assert starts_act(text, _after(text, date)), text
