"""当天, 当日 (extractor/period_that_day.py): the word must be one of its own, and a deadline is no day it points to."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str, doc: str = "19980108-02-003") -> dict[str, object]:
    return {f.text: f.period for f in extract_text(text, doc)}


def test_when_before_a_word_starting_with_tian_is_no_day() -> None:
    # 当 'when' + 天然气: the segmenter cuts 当 off, so no day is read
    got = _periods("新华社上海１月７日电　当天然气价格上调后，全市已有２万户居民改用电炊具。")
    assert got["２万户"] != "1998-01-07"
    got = _periods("新华社上海１月７日电　当天气转暖以后，全市已有３万人参加晨练。")
    assert got["３万人"] != "1998-01-07"
    # unchanged: 当天 a word of its own is the day filed
    got = _periods("新华社上海１月７日电　市里开通了新的公交线路，当天乘车的市民有２万人次。")
    assert got["２万人次"] == "1998-01-07"


def test_a_deadline_is_no_day_that_day_points_back_to() -> None:
    # a day after the day filed, or one before 前: a deadline
    text = "本报石家庄１月７日电　省里规定，下岗职工须在１月２０日前到所在街道办理登记。当天办理登记的已有３０００多人。"
    assert _periods(text)["３０００多人"] == "1998-01-07"
    text = "本报石家庄１月７日电　省里规定，下岗职工须在１月５日以前到街道办理登记。当天办理登记的已有３０００多人。"
    assert _periods(text)["３０００多人"] == "1998-01-07"
    # unchanged: a day before the dateline, told as the story's day
    text = "本报石家庄１月７日电　１月５日，全省再就业服务中心开门办公。当天办理登记的已有３０００多人。"
    assert _periods(text)["３０００多人"] == "1998-01-05"
