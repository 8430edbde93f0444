"""Session 22, review 22a's near misses of this session's rules (fixreview22b). A visit mid-paragraph sets the scene
only where the writer goes into it (来到, 走进), not where someone arrived (抵达) or whom the writer met (采访), and a
whole area's sentence after it goes back to the area carried before (place_sentences); a base said as 与…的N相比 is
what a change after it that names its own subject measures, and otherwise the figure before in its unit
(metric_compared_clause); a run's measure that opens with a place is none of a placed change's (metric_placed_change);
in a year's bulletin a count of events (人次, 考生参加高考) is a flow whatever stock word names it, and a run of months
carried on does not carry onto a stock (period_bulletin_stock)."""
from __future__ import annotations

import pytest

from extractor.metric_places import without_superlative
from tests.test_scope import scoped

PD = "19980113-09-099"  # a People's Daily story: the sentences of a paragraph carry their topic on


@pytest.mark.parametrize("text,fact,place", [
    # someone's arrival elsewhere is no scene: the story's province goes on
    ("粮食丰收\n本报长沙１月５日电 湖南省今年粮食再获丰收。省农业厅负责人昨天抵达北京参加全国农业工作会议。"
     "粮食产量达到３０００万吨，增长２％。\n", "３０００万吨", "湖南省"),
    # whom the writer met is no scene either
    ("外贸回暖\n本报讯 江苏省今年外贸回暖。记者采访了苏州工业园区的几家企业。进出口总额达到５．２万亿元，增长４％。\n",
     "５．２万亿元", "江苏省"),
    # a province's sentence after a visit goes back to the province, for the sentences after it too
    ("粮食丰收\n本报讯 吉林省今年粮食再获丰收。上午，记者来到长春市郊区的一个农场，这里一派丰收景象。"
     "全省粮食产量达到８００亿斤，增长２％。农民人均收入１．８万元。\n", "１．８万元", "吉林省"),
])
def test_a_visit_that_sets_no_scene(text: str, fact: str, place: str) -> None:
    assert scoped(text, PD)[fact]["place"] == place


def test_a_visit_then_its_own_level_keeps_the_scene() -> None:
    # negative: 全市 after a visit to a city is that city's; nothing to go back to
    text = ("粮食丰收\n本报讯 吉林省今年粮食再获丰收。上午，记者来到长春市，这里一派丰收景象。"
            "全市粮食产量达到８０亿斤，增长２％。\n")
    assert scoped(text, PD)["８０亿斤"]["place"] == "长春市"


@pytest.mark.parametrize("text,fact,metric", [
    # the change clause names its own subject: the base is of it, not of the figure before (死亡人口)
    ("全市出生人口3.1万人，死亡人口2.8万人。与上年的3.3万人相比，出生人口减少0.2万人。", "3.3万人", "出生人口"),
    # the base level's unit names the figure it is compared with, past a percent said after it; the change agrees
    ("全市常住人口为516万人，城镇化率为65.2%。与2020年第七次全国人口普查的498万人相比，增加18万人。", "498万人", "常住人口"),
    ("全市常住人口为516万人，城镇化率为65.2%。与2020年第七次全国人口普查的498万人相比，增加18万人。", "18万人",
     "常住人口增加"),
    # negative: a bare change after the base is of the figure before, as before
    ("全省旅游收入800亿元，接待游客6000万人次。与上年的5500万人次相比，增长9.1%。", "5500万人次", "接待游客"),
    # a run's measure that is the first place's change is none of the next place's
    ("全省地区生产总值增长5.5%。分市看，福州市、厦门市分别增长6.1%、5.8%，南平市下降1.2%。", "5.8%", "厦门市增长"),
    # negative: a run's measure with its place read off still names the change
    ("台北市人口增长2.1%，高雄市增长1.5%。", "1.5%", "人口增长"),
])
def test_what_a_base_or_a_placed_change_measures(text: str, fact: str, metric: str) -> None:
    assert scoped(text)[fact]["metric"] == metric


_BULLETIN = "2025年全市国民经济和社会发展统计公报\n"


@pytest.mark.parametrize("body,fact,period", [
    ("全市接待国内外游客总数5000万人次。", "5000万人次", "2025"),  # visits: a flow
    ("全市共有2.3万名考生参加高考。", "2.3万名", "2025"),  # people taking part in an event: a flow
    # negatives: a membership that stands, and a stock of bodies, are as of the year's end
    ("全市共有120万人参加城镇职工基本养老保险。", "120万人", "../2025-12"),
    ("全市拥有各类市场主体50万户。", "50万户", "../2025-12"),
    # a run of months carried on is its flows', not a stock's
    ("2025年1-6月，全市新增就业2.1万人。全市共有技工学校12所。", "12所", "../2025-12"),
    # negative: a flow after the run goes on with it
    ("2025年1-6月，全市新增就业2.1万人。其中高校毕业生就业0.8万人。", "0.8万人", "2025-01/2025-06"),
])
def test_a_bulletins_flows_and_stocks(body: str, fact: str, period: str) -> None:
    assert scoped(_BULLETIN + body)[fact]["period"] == period


@pytest.mark.parametrize("phrase,place", [
    ("最高的五峰土家族自治县", "五峰土家族自治县"),
    ("最少的是莆田市", "莆田市"),
    ("最快的为福州市", "福州市"),
    ("最高人民法院", "最高人民法院"),  # negative: no superlative with 的
])
def test_a_superlative_picking_a_place(phrase: str, place: str) -> None:
    assert without_superlative(phrase) == place
