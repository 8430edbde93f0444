"""Periods of runs of years anchored by a start their article states (session 17, issue 13, helper period17s):
each shape with an example that must change and one that must not."""
from __future__ import annotations

from test_period_session16 import periods


def test_a_run_of_years_after_its_stated_start_counts_from_that_start() -> None:
    # 从１９９０年开始…。７年间，…: the seven years from the start (1990/1996), not the last seven before the writing
    text = ("某县扶贫记\n本报太原１月３日电某县的互助活动从１９９０年一开始，就与扶贫结合。"
            "７年间，全县共吸收４万户农户参加，其中２万多户稳定脱贫。")
    assert periods(text, "19980104-02-001", ("４万户", "２万多户")) == ["1990/1996", "1990/1996"]
    # unchanged: a start at a year's end (从１９９０年底开始) makes the next year the run's first, as counted back
    text = ("某县扶贫记\n本报太原１月３日电某县的互助活动从１９９０年底开始，与扶贫结合。"
            "７年间，全县共吸收４万户农户参加。")
    assert periods(text, "19980104-02-001", ("４万户",)) == ["1991/1997"]


def test_a_run_to_now_after_a_founding_year_runs_from_it_to_the_writing() -> None:
    # 于１９８８年５月成立。该会９年来共…: from the founding year to the year before the issue's
    text = "某会纪念成立９周年\n本报北京１月９日讯某会于１９８８年５月１２日成立。该会９年来共培训会员６２０人。"
    assert periods(text, "19980110-04-001", ("６２０人",)) == ["1988/1997"]
    # unchanged: a run counted back by its own word (近９年来) is the last years before the writing
    text = "某会纪念成立９周年\n本报北京１月９日讯某会于１９８８年５月１２日成立。近９年来，该会共培训会员６２０人。"
    assert periods(text, "19980110-04-001", ("６２０人",)) == ["1989/1997"]
    # unchanged: a year that starts nothing (１９８８年，…) is no anchor
    text = "某会纪念\n本报北京１月９日讯１９８８年，某会迁入新址。该会９年来共培训会员６２０人。"
    assert periods(text, "19980110-04-001", ("６２０人",)) == ["1989/1997"]


def test_units_reorganised_over_five_years_are_the_years_flow() -> None:
    # 从１９９３年开始…。４年来，共调整了３０多家: the five years 1993/1997 count the reorganised units (a flow),
    # not a level of their last year
    text = ("某集团改革记\n本报深圳１月４日电从１９９３年开始，某集团明确了主业。"
            "此后，通过合并、转让等形式，４年来，共调整了３０多家企业。")
    assert periods(text, "19980105-01-009", ("３０多家",)) == ["1993/1997"]
    # unchanged: a level set (调整为) is still the last year's
    text = "某集团改革记\n本报深圳１月４日电五年来，某集团的下属企业调整为３０多家。"
    assert periods(text, "19980105-01-009", ("３０多家",)) == ["1997"]


def test_a_start_right_after_its_year_but_not_a_word_further_on() -> None:
    # １９９０年起，…。７年间…: a start
    text = "某县扶贫记\n本报太原１月３日电１９９０年起，某县推行互助扶贫。７年间，全县共吸收４万户农户参加。"
    assert periods(text, "19980104-02-001", ("４万户",)) == ["1990/1996"]
    # unchanged: 起 of another word further on (建起) starts nothing
    text = "某县扶贫记\n本报太原１月３日电某村１９９０年建起了工厂。７年间，全县共吸收４万户农户参加。"
    assert periods(text, "19980104-02-001", ("４万户",)) == ["1991/1997"]
