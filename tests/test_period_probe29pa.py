"""Period rules from session 29's paraphrase probes (tests/probes29/probe29pa.toml, issue 13): the same conventions met
in other words of the same class, each with an example that must change and one that must not."""
from __future__ import annotations

from extractor.api import extract_text


def _facts(text: str, doc: str) -> dict[str, tuple[str, object]]:
    return {f.text: (f.type, f.period) for f in extract_text(text, doc)}


def test_the_year_before_named_in_full_is_a_base_like_shang_nian() -> None:
    # 较上一年的…: the base's own number is the year before, as 比上年的 (bench/gold/README.md "Base values")
    got = _facts("2025年，全市会展收入640亿元，较上一年的590亿元增长8.5%。", "gwr2026-own")
    assert got["590亿元"] == ("money", "2024") and got["640亿元"] == ("money", "2025")
    # and 上一年 names a point in time, not a length of one year
    assert "一年" not in got
    # unchanged: 提前一年 is a length (a plan finished a year early)
    got = _facts("全县提前一年完成了搬迁任务。", "gwr2026-own")
    assert got.get("一年", ("",))[0] == "duration"


def test_the_last_fiscal_year_reviewed_is_the_year_before_the_writing() -> None:
    # 上一年度 opening a report's sentence: the year reviewed, as 去年
    assert _facts("上一年度，全县新修农村道路420公里。", "gwr2026-own")["420公里"][1] == "2025"
    # unchanged: 本年度 is the writing's year
    assert _facts("本年度，全县计划新修农村道路300公里。", "gwr2026-own")["300公里"][1] == "2026"


def test_other_verbs_of_reaching_a_level_end_a_five_year_span() -> None:
    # 攀升到 in a five-year review, listed after a flow: the level of the span's last year, as 增长到 (README
    # "Five-year sections"), not the span the flow before it takes
    got = _facts("五年来，全县新建工业园区4个、产值攀升到360亿元。", "gwr2026-own")
    assert got["4个"][1] == "2021/2025" and got["360亿元"][1] == "2025"
    # unchanged: an increment over the span (新增…攀升至) keeps the span
    assert _facts("五年来，全县新增就业岗位攀升至9万个。", "gwr2026-own")["9万个"][1] == "2021/2025"


def test_that_day_is_the_day_written_last_before_it() -> None:
    # 当天 after a day written earlier in its paragraph: that day (README: named days from the dateline)
    text = "新华社杭州１月６日电　１月３日，某县举行冬季运动会。当天有２５００人参赛。"
    assert _facts(text, "19980107-04-002")["２５００人"][1] == "1998-01-03"
    # with none before it, the dispatch's own day, as 今天
    text = "新华社杭州１月６日电　某县举行冬季运动会，当日有２５００人参赛。"
    assert _facts(text, "19980107-04-002")["２５００人"][1] == "1998-01-06"
    # after a day counted from the dateline (昨天…，当天…): that day
    text = "本报杭州１月６日讯　某县昨天举行冬季运动会，当天有２５００人参赛。"
    assert _facts(text, "19980107-04-002")["２５００人"][1] == "1998-01-05"
    # unchanged: 当 'when' before a name (当日本…) is no day
    text = "新华社东京１月６日电　当日本央行宣布放出资金３万亿日元时，股价回升。"
    assert _facts(text, "19980107-04-002")["３万亿日元"][1] != "1998-01-06"


def test_what_stands_already_after_a_day_word_is_that_days() -> None:
    # 今天共有…: the day's count; news_now's 共有 dates to the writing only with no time before it in its sentence
    text = "新华社杭州１月６日电　某县今天举行冬季运动会。今天共有２５００人参赛。"
    assert _facts(text, "19980107-04-002")["２５００人"][1] == "1998-01-06"
    # unchanged: someone speaking that day tells what stands (今天说，已有…: the month)
    text = "新华社杭州１月６日电　某县县长今天说，全县已有农民运动队３００支。"
    assert _facts(text, "19980107-04-002")["３００支"][1] == "1998-01"
