"""Session 22 (metric22): what a number measures where the sentence names it only around the number.
A gloss in brackets right before the number ends the noun counted (metric_gloss.gloss_near); a run of
places opening its line after a lead-in line that ends with a colon measures what the lead-in names
(metric_places._lead_in); a place picked out by a superlative (最高的X为) is an item of the run
(metric_places.without_superlative); a departure from the normal (比多年平均偏多) is a change of the
subject before it (data/metric.toml [change])."""
from __future__ import annotations

import pytest

from metric_of import metric_of


@pytest.mark.parametrize("sentence,text,metric", [
    # a gloss right before the number is part of the noun counted
    ("截至年底，累计建成省级生态文明建设示范乡镇（街道）14个，实现全覆盖。", "14个", "省级生态文明建设示范乡镇（街道）"),
    ("全省累计建成县域节水型社会达标县（市、区）104个。", "104个", "县域节水型社会达标县（市、区）"),
    # a lead-in line names what the run of places under it measures
    ("各县(市、区)常住人口如下:\n武陵区728514人,占14.11%;鼎城区651207人,占12.61%。", "651207人", "常住人口"),
    ("各县(市、区)常住人口如下:\n武陵区728514人,占14.11%;鼎城区651207人,占12.61%。", "728514人", "常住人口"),
    # a place picked out by a superlative is one item of the run its clause before measures
    ("分县市区看,参保率在94.1%至98.2%之间,最高的五峰土家族自治县为98.2%,最低的西陵区为94.1%。", "98.2%", "参保率"),
    # a departure from the normal is the subject's change, not the base's
    ("全省平均降水量812.4毫米，比多年平均偏多5.3%，比上年偏少8.2%。", "5.3%", "降水量"),
    ("全省平均降水量812.4毫米，比多年平均偏多5.3%，比上年偏少8.2%。", "8.2%", "降水量"),
])
def test_what_the_number_measures(sentence: str, text: str, metric: str):
    got = metric_of(sentence, text)
    assert got is not None and metric in got, got


@pytest.mark.parametrize("sentence,text,metric", [
    # a bracket after a number, or a line before that ends with no colon, gives nothing (as before)
    ("全县辖14个乡镇（街道），本公报数据来源于县域内各监测点。", "14个", "乡镇（街道）"),
])
def test_as_before_where_the_shape_is_absent(sentence: str, text: str, metric: str):
    assert metric_of(sentence, text) == metric


def test_a_line_before_with_no_colon_leads_into_nothing():
    got = metric_of("各县(市、区)常住人口情况见下表。\n武陵区有中小学12所。", "12所")
    assert got is not None and "中小学" in got and "常住人口" not in got


def test_a_lead_in_that_is_only_a_place_names_nothing():
    # (the lead-in 武陵区: is a place, no measure; the number keeps its own reading)
    got = metric_of("湖南省常德市:\n武陵区728514人。", "728514人")
    assert got is None or "常德" not in got
