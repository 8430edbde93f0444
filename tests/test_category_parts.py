"""category_parts.py on its own: a known kind of a whole (data/category_parts.toml) said near it.

The examples are written for these tests; the full audit may take a pair by another check first."""
from __future__ import annotations

import pytest

from extractor.audit import category_parts
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _pairs(text: str) -> list[tuple[str, str, str]]:
    page = Page.read(text, "example")
    view = PageView(page, run(load(NUMERIC_TYPES), page))
    return [(text[d.facts[0]["start"]:d.facts[0]["end"]], text[d.facts[1]["start"]:d.facts[1]["end"]], d.verdict)
            for d in category_parts.check(view)]


@pytest.mark.parametrize("text, whole, part", [
    # people inside a population, the kind in the next sentence
    ("到年末，全县常住人口48.6万人。其中乡村人口有29.1万人，比重继续下降。", "48.6万人", "29.1万人"),
    # a kind of power capacity named by its source alone
    ("至去年底，全市电力装机规模达1260万千瓦，光伏装机310万千瓦。", "1260万千瓦", "310万千瓦"),
    # a whole passed as a mark (`突破`): each kind below the mark is below the whole
    ("全区总算力突破9600PF，其中智能算力达到2100PF。", "9600PF", "2100PF"),
    # a whole named by its total word only takes its thing from the words right before it
    ("市场主体稳步增长。总量达到96万户，企业超过31万户。", "96万户", "31万户"),
    # each name with its own word of measure that names no other thing
    ("坚守耕地保有量不低于870万亩、永久基本农田不低于720万亩的底线。", "870万亩", "720万亩"),
    # roads: the kind said before its whole in the sentence
    ("新改建农村公路1800公里后，农村公路里程达到6.4万公里，公路总里程9.2万公里。", "9.2万公里", "6.4万公里"),
    # a count with no classifier (its unit is its noun) against a count of people
    ("这个省有9000万人口、5200万劳动力，人力资源丰富。", "9000万人口", "5200万劳动力"),
    # a kind inside the whole's own word (出口 in 进出口) is no kind of the whole name
    ("全年外贸进出口总额5300亿元，出口3100亿元，增长6%。", "5300亿元", "3100亿元"),
    # bodies counted by 家 within bodies counted by 户
    ("全省经营主体达到1000万户，企业300万家。", "1000万户", "300万家"),
    # a word of total makes the whole of the thing the words before it name
    ("这座电站的工程总投资为46亿元，其中利用外资12亿元。", "46亿元", "12亿元"),
    # grain and its crops, 万吨 against 万吨
    ("全年粮食产量1320万吨，其中玉米产量640万吨。", "1320万吨", "640万吨"),
    # a stock holds a stock of its kind (存栏 with 存栏), and a flow its flow (出栏 with 出栏)
    ("年末全县大牲畜存栏90万头，其中生猪存栏32万头。", "90万头", "32万头"),
    # a stock whole holds a kind whose own name holds a word of acts (服务 in 社区卫生服务中心, 服务业)
    ("年末全市医疗卫生机构3000个，其中有社区卫生服务中心120个。", "3000个", "120个"),
    ("年末全市市场主体80万户，其中服务业企业30万户。", "80万户", "30万户"),
    # a countryside kind of a whole that names no town
    ("全县常住人口48万人，农村人口30万人。", "48万人", "30万人"),
])
def test_generated(text: str, whole: str, part: str) -> None:
    assert (whole, part, "consistent") in _pairs(text)


@pytest.mark.parametrize("text", [
    # a kind over its whole says nothing (other scopes, or the names only look alike): never inconsistent
    "全县常住人口48.6万人。乡村人口有52.3万人。",
    # a change of the kind is another measure (`新增`)
    "全市电力装机规模达1260万千瓦，新增光伏装机310万千瓦。",
    # a whole with words before it that are no scope is itself a kind (`城镇常住人口`)
    "全县城镇常住人口30.2万人，劳动力19.4万人。",
    # other measures of the two things (`营业收入`, `市值`) are no part and whole
    "全省企业营业收入8400亿元，上市公司市值2100亿元。",
    # different units: cars are not yuan
    "全年进出口总额530亿元，出口汽车12万辆。",
    # two sentences on: too far for names alone
    "全省常住人口3900万人。全省面貌一新。各地用心办事。城镇人口2400万人。",
    # the level a change starts from is of another time
    "全县常住人口48.6万人，乡村人口由2015年的31.2万人减少到2025年的52.9万人。",
    # a whole said after its kind without a word of total: as often a sibling in a list
    "全县37名县级领导干部、1200个单位的9000名干部下到村里。",
    # a whole word inside the part's name is no kind of the set (`货物进出口` holds 出口)
    "全年进出口总额5300亿元，货物进出口4800亿元。",
    # two kinds joined on their shared tail (`中小学`: 中学 and 小学) are a list, no one kind
    "全县有学校210所，农村中小学150所。",
    # other places
    "甲县常住人口48.6万人，乙县城镇人口20.1万人。",
    # a stock (存栏, 年末) holds no flow: what went to market over the year is no part of the herd held
    "年末全县大牲畜存栏90万头，全年出栏肉牛15万头、生猪32万头。",
    "年末全市各项贷款余额3200亿元，当年新发放涉农贷款400亿元。",
    # a figure per unit of land or of people is no piece of a total
    "全省粮食总产量650亿斤，其中稻谷单产1100斤。",
    # money a foreign investor brought is no kind of fixed-asset investment as such
    "全市固定资产投资1800亿元，实际使用外资95亿元。",
    # taxes relieved are no revenue taken; schools rebuilt are no kind of the schools counted
    "全省一般公共预算收入2600亿元，为小微企业减免税收120亿元。",
    "全县学校210所，今年改扩建小学50所。",
    # the sources of a project's funds are said with its total, not a sentence on (a bank's balance)
    "全县重点项目总投资800亿元。年末全县涉农贷款余额260亿元。",
    # visits (人次) are not people (人): another measure, though its unit holds the other's
    "全市户籍人口900万人，流动人口达40万人次。",
    # the kind must head the part's name: a kind word modifying another thing names that thing
    "全省经营主体650万户，企业家协会会员单位3万个。",
    # and the thing an act was done to is no kind counted (服务企业: the platform's clients)
    "全省市场主体650万户，企业服务中心服务企业80万家。",
    # a whole that says it is the town (县城, 城区) holds no countryside kind said beside it
    "县城有八万人口，周边二万农村人口也通了公交。",
    "新水厂可供城区二十万人口用水，沿线三万农村人口也用上了自来水。",
])
def test_not_generated(text: str) -> None:
    assert _pairs(text) == []


def test_nothing_inconsistent() -> None:
    """Names alone never make an error of the text: a kind over its whole is left unsaid."""
    text = "全年粮食产量1320万吨，玉米产量1460万吨。全市电力装机600万千瓦，风电装机800万千瓦。"
    assert all(v == "consistent" for _, _, v in _pairs(text))
    assert _pairs(text) == []


def test_bad_input() -> None:
    assert _pairs("") == []
    assert _pairs("人口。") == []
