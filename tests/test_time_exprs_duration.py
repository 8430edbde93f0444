"""How long a story's event lasted, said before its figures (extractor/time_exprs_duration.py): the units it ran
from the start the story marks, or back from the end it marks; own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.time_exprs_duration import event_span


def _periods(text: str, doc: str = "19980112-99-001") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_a_campaign_of_months_from_the_month_it_began():
    p = _periods("某市开展专项检查\n本报讯　１９９７年５月，某市检察机关展开了查处侵占公款的专项活动。据介绍，"
                 "历时５个月的专项活动共立案３２１件，其中大案４５件。\n")
    assert p["３２１件"] == "1997-05/1997-09" and p["４５件"] == "1997-05/1997-09"


def test_a_payment_over_years_from_its_first():
    p = _periods("某国将向受害者赔偿\n本报某地１月１１日电　双方商定，某国政府从１９９９年开始，分３年提供总计４亿元的资金。\n")
    assert p["４亿元"] == "1999/2001"


def test_a_meeting_of_days_back_from_the_day_it_closed():
    p = _periods("某会议闭幕\n本报北京１月１０日讯　某省代表会议今天下午在京闭幕。\n"
                 "在为期３天的会议期间，代表们提出了２１位候选人。\n")
    assert p["２１位"] == "1998-01-08/1998-01-10"


def test_no_start_nor_end_said_leaves_the_point():
    # a length with nothing marking the point as its start or its end: the point as it was
    text = "１９９７年５月，某县检查了商店。历时５个月的检查共查出问题３２件。"
    assert event_span(text, 0, text.index("历时"), text.index("３２件"), "1997-05") == "1997-05"


def test_an_approximate_length_or_another_unit_leaves_the_point():
    text = "１９９７年５月，某县展开了检查。历时两个多月，共查出问题３２件。"
    assert event_span(text, 0, text.index("历时"), text.index("３２件"), "1997-05") == "1997-05"
    # a length in days under a month's point: no span of days can be counted from a month
    text = "１９９７年５月，某县展开了检查。为期５天的检查查出问题３２件。"
    assert event_span(text, 0, text.index("为期"), text.index("３２件"), "1997-05") == "1997-05"


def test_a_length_after_the_figure_is_not_its():
    text = "１９９７年５月，某县展开了检查，查出问题３２件，检查历时５个月。"
    assert event_span(text, 0, 0, text.index("３２件"), "1997-05") == "1997-05"


def test_the_event_told_on_in_its_paragraph_keeps_the_span():
    text = ("某市开展专项检查\n　　本报讯　１９９７年５月，某市检察机关展开了查处侵占公款的专项活动。据介绍，"
            "历时５个月的专项活动共立案３２１件。这些案件造成的损失达２亿元。\n"
            "　　某市还有检察官８００名，去年办案千余件。\n")
    p = _periods(text)
    assert p["３２１件"] == "1997-05/1997-09" and p["２亿元"] == "1997-05/1997-09"
    # the next paragraph is not the event's: what stood there before, as it was
    assert p["８００名"] != "1997-05/1997-09"


def test_a_sentence_with_a_time_of_its_own_after_the_length_keeps_it():
    p = _periods("某市开展专项检查\n本报讯　１９９７年５月，某市检察机关展开了专项活动。历时５个月的专项活动共立案３２１件。"
                 "１９９７年９月，又追回损失２亿元。\n")
    assert p["２亿元"] == "1997-09"


def test_a_mark_of_another_deed_starts_no_span():
    # 开展 marks the planting, not the effort the three years qualify: the point as it was
    text = "１９９７年，全县开展了植树活动。人们说，经过历时３年的努力，某水库建成，可灌溉农田１２００亩，受益群众８００户。"
    assert event_span(text, 0, text.index("人们"), text.index("８００户"), "1997") == "1997"
    # the same deed's noun beside its mark: the span
    text = "１９９７年，全县开展了水库建设。人们说，经过历时３年的水库建设，受益群众８００户。"
    assert event_span(text, 0, text.index("人们"), text.index("８００户"), "1997") == "1997/1999"
