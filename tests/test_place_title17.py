"""The capital named by a word of the title (bench/gold/README.md: `首都` in a title makes a story that names no
other area the capital's, as `在京` does): it is read before a body named by the nation further on (中国某协会
holding the tea party, a national foundation given a hotel's gift), which would make the story the country's
or leave it with no place. The opposite shapes: a title naming no capital keeps the body's reading; a story
whose lead names an area of its own is that area's."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-903") if f.type in ("money", "count")}


def test_a_title_naming_the_capital_wins_over_a_national_body_in_the_lead() -> None:
    text = ("首都退休教师欢度新春\n本报北京１月８日讯记者某某报道：今天，６０多名退休教师相聚一堂，"
            "出席中国教育工会举办的迎春座谈会。\n")
    assert places(text)["６０多名"] == "北京市"


def test_a_title_naming_the_capital_wins_over_a_national_body_further_on() -> None:
    text = ("长城饭店邀首都摄影记者联欢\n本报讯１月１０日，三十多位首都摄影记者参加了长城饭店举办的联欢会。\n"
            "联欢会上，饭店员工把捐款交给了中国青少年发展基金会。\n")
    assert places(text)["三十多位"] == "北京市"


def test_a_title_naming_no_capital_keeps_the_national_bodys_reading() -> None:
    # negative: the same story under a title with no word of the capital: no area decides it for Beijing
    text = ("退休教师欢度新春\n本报北京１月８日讯记者某某报道：今天，６０多名退休教师相聚一堂，"
            "出席中国教育工会举办的迎春座谈会。\n")
    assert places(text)["６０多名"] != "北京市"


def test_a_lead_naming_its_own_area_is_that_areas() -> None:
    # negative: the title's capital is where the helpers come from; the county the lead names is the story's
    text = ("首都青年志愿者赴延庆县支教\n本报北京１月８日讯记者某某报道：延庆县今年迎来４０名青年志愿者，"
            "他们将在延庆县的山区小学任教。\n")
    assert places(text)["４０名"] == "延庆县"
