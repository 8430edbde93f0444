"""Session 24 (periodpd24): how People's Daily stories state a fact's period, by mechanism. Own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str, doc: str = "19980110-05-001") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


_HEAD = "某厂见闻\n本报讯 "


def test_consecutive_years_listed_without_a_count_are_the_run_of_years():
    # (extractor/year_lists.py joint_year_periods) the list's figure is said of both years, not the last one's
    p = _periods(_HEAD + "１９９５年，该厂接到订单３１家，２００６、２００７年出口订单也都占７５％以上。\n")
    assert p["７５％"] == "2006/2007"
    p = _periods(_HEAD + "１９８８年和１９８９年，该县每年扶持２万人脱贫，把失业率压在３．５％以下。\n")
    assert p["２万人"] == "1988/1989" and p["３．５％"] == "1988/1989"


def test_years_apart_or_paired_figures_keep_their_own_years():
    # negative: two years with a gap name no run; a list paired figure by figure keeps each its year
    p = _periods(_HEAD + "１９８８年和１９９１年，该县扶持２万人脱贫。\n")
    assert p["２万人"] == "1991"
    p = _periods(_HEAD + "废品率由２００３、２００４年的１２．５％、９．５％降到２００７年的４．２％。\n")
    assert p["１２．５％"] == "2003" and p["９．５％"] == "2004"
    # negative: a month after the list's last year dates that month (no run of whole years)
    p = _periods(_HEAD + "２００６、２００７年１２月，该厂各招收工人４０名。\n")
    assert p["４０名"] != "2006/2007"


def test_years_listed_with_one_figure_each_are_no_run():
    # negative: 分别 gives each year its figure; they are not said of the years together
    p = _periods(_HEAD + "据农场提供的资料：２００１、２００２、２００３年产值连年增长，分别为３２０万元、４１０万元、５５０万元。\n")
    assert "2001/2003" not in p.values()


_SINCE_CASES = [
    # (date_periods.date_period) 以来 closing the clause a date opens, with no 自/从; 自/从 before a past year's word;
    # 至今 closing the clause 从 opens: the span since, to the writing
    ("２００３年该社开设网点以来，累计售出图书４２００册。", "４２００册", "2003/2004"),
    ("自去年６月该社开办书屋以来，读者借阅图书４２００册。", "４２００册", "2004-06/2005-01"),
    ("从去年６月该社开办书屋至今，读者借阅图书４２００册。", "４２００册", "2004-06/2005-01"),
    ("从２００３年该社开设网点至今，累计售出图书４２００册。", "４２００册", "2003/2004"),
    # negative: 开始 alone dates when an act began; 从今年1月1日起 is a rule starting, read as that day
    ("２００３年该社开始设点，售出图书４２００册。", "４２００册", "2003"),
    ("从今年１月１日起，该社每月向读者赠书３００册。", "３００册", "2005-01-01"),
]


def test_a_since_whose_clause_tells_the_event_runs_to_the_writing():
    for sentence, quote, period in _SINCE_CASES:
        assert _periods(_HEAD + sentence + "\n", "20050110-05-001")[quote] == period, sentence


def test_a_since_alone_stops_at_another_time_word_not_at_a_name():
    # negative: a dateline's day before 本周以来 opens no since of its own (the week's is); a name with 周 in it
    # (周小燕) is no week between the date and its 以来
    from extractor.time_exprs_words import closes_since_alone
    text = "本报某地１月８日电 某国股市本周以来已累计下跌６％。"
    assert not closes_since_alone(text, text.find("电"))
    text = "周教授回忆了２００１年在某市创办周小燕歌剧中心以来的情形。"
    assert closes_since_alone(text, text.find("在某市"))


def test_years_listed_as_a_comparison_base_are_no_run():
    # negative (year_lists._comparison_base): the listed years are what the figure is compared with, not its period
    p = _periods(_HEAD + "与２００２年和２００３年相比，该乡的油菜产量减少了６％。\n", "20050110-05-001")
    assert p["６％"] != "2002/2003"
    p = _periods(_HEAD + "比２００２、２００３两年，该乡的油菜产量减少了６％。\n", "20050110-05-001")
    assert p["６％"] != "2002/2003"


def test_a_year_that_is_the_subject_of_a_copula_is_no_since():
    # negative: the clause names the year itself (the record of the years since the state's founding)
    from extractor.time_exprs_words import closes_since_alone
    text = "２００３年是该社建社以来售书最多的一年，共售出图书４２００册。"
    assert not closes_since_alone(text, text.find("是"))
    p = _periods(_HEAD + text + "\n", "20050110-05-001")
    assert p["４２００册"] != "2003/.." and not (p["４２００册"] or "").startswith("2003/")
