"""Zones as places and the articles of a news page (issue 13).

1. A development zone or park named after its city or county (铜川高新区, 扶风县产业园) is a place of its own,
   below that area with the area as parent, and a story whose titles or first sentence name it before any
   other area gives its figures the zone (bench/gold/README.md: zones named as the area count). The opposite
   shapes: a zone word with no area's name before it is no place; a county's story that names a zone of its
   own later keeps the county.
2. A web page of several short items, each under a title line that opens with its county's name (a county of
   one character before 县 too): each title opens an article of its own, and each item's figures get its own
   county. The opposite: a subhead between bodies that opens with a common word stays in its article.
Texts written for this project."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.layout_places import opens_with_area
from extractor.names import default_segmenter, find_names
from extractor.page import Page


def places(text: str) -> dict[str, str | None]:
    # (a dated news page: an undated one reads 今年 with no year)
    return {f.text: f.place for f in extract_text(text, "20241010-01-001") if f.type in ("money", "count", "percent", "quantity")}


def zone_parents(text: str) -> dict[str, list[str]]:
    found = find_names(Page.read(text, "own-zones"), default_segmenter(), {"place"})
    return {c.value: c.extra.get("parent", []) for c in found if c.extra.get("level") == "zone"}


def test_a_zone_named_after_its_city_is_a_place_below_the_city() -> None:
    assert zone_parents("铜川高新区今年引进项目16个。") == {"铜川高新区": ["铜川市", "陕西省"]}
    assert zone_parents("扶风县产业园已入驻企业21家。")["扶风县产业园"][0] == "扶风县"


def test_a_zone_word_with_no_area_before_it_is_no_place() -> None:
    assert zone_parents("各地要把开发区建设摆上重要位置，高新区管委会要做好服务。") == {}


def test_a_story_titled_with_a_zone_is_the_zones() -> None:
    text = ("铜川高新区举行重点项目集中开工\n本报讯 4月2日，铜川高新区举行重点项目集中开工活动，"
            "本次开工项目11个，总投资37亿元。\n据介绍，今年以来园区累计服务企业260余家。\n")
    got = places(text)
    assert got["11个"] == got["37亿元"] == got["260余家"] == "铜川高新区"


def test_a_counties_story_naming_its_zone_later_keeps_the_county() -> None:
    # negative: the county opens the story; its zone is one of the things it tells of
    text = ("扶风县项目建设提速\n扶风县今年新开工项目28个，完成投资46亿元。\n"
            "其中，扶风县产业园新入驻企业7家。\n")
    got = places(text)
    assert got["28个"] == got["46亿元"] == "扶风县"


PAGE = ("太白县旅游收入稳步增长\n"
        "今年前三季度，太白县接待游客达到310万人次，实现旅游综合收入26亿元，同比增长14%，乡村旅游成为新的增长点。\n"
        "全县新增农家乐62家，带动周边群众就业3000余人，旅游业对县域经济的拉动作用进一步增强。\n"
        "麟游县扎实推进农村道路建设\n"
        "麟游县今年新建和改造农村公路140公里，完成投资2.6亿元，打通了一批群众出行的断头路和瓶颈路。\n"
        "项目建成后，沿线受益群众达6万人，农产品运到集镇的时间明显缩短。\n"
        "眉县猕猴桃产业助农增收\n"
        "今年，全县新发展猕猴桃种植1.5万亩，带动农户人均增收1200元，猕猴桃已成为群众增收的主导产业。\n"
        "全县猕猴桃产量达到9千吨，比上年增长8%，综合产值突破5亿元。\n")


def test_each_titled_item_of_a_news_page_is_an_article() -> None:
    page = Page.read(PAGE, "own-zones")
    assert [a.title for a in page.layout.articles] == ["太白县旅游收入稳步增长", "麟游县扎实推进农村道路建设",
                                                       "眉县猕猴桃产业助农增收"]


def test_each_items_figures_get_its_own_county() -> None:
    got = places(PAGE)
    assert got["310万人次"] == got["62家"] == "太白县"
    assert got["2.6亿元"] == got["6万人"] == "麟游县"
    assert got["1.5万亩"] == got["8%"] == "眉县"  # (a county of one character before 县: no article of its own before)


def test_a_subhead_opening_with_a_common_word_stays_in_its_article() -> None:
    # negative: 项目建设提速增效 heads a part of the county's story, not a story of its own
    text = ("太白县经济运行平稳\n今年前三季度，太白县地区生产总值增长6%，完成固定资产投资19亿元。\n"
            "项目建设提速增效\n全县新开工项目24个，竣工项目13个，项目建设呈现良好态势。\n")
    assert len(Page.read(text, "own-zones").layout.articles) == 1


def test_a_title_opens_with_an_area_by_its_full_name_or_a_zone() -> None:
    assert opens_with_area("陇县扎实推进农村道路建设")
    assert opens_with_area("铜川高新区举行项目集中开工")
    assert not opens_with_area("市场监管提质增效")
    assert not opens_with_area("区域合作再上台阶")


def test_an_author_line_under_each_headline_keeps_the_items_apart() -> None:
    # the short title and author lines pull the page's median width below a column's: its lines are still
    # paragraphs of their own (normalize._short_items), and each headline still opens an article
    lines = PAGE.split("\n")
    text = "\n".join(line + "\n本报记者 赵晓东" if line.endswith(("增长", "建设", "增收")) else line for line in lines)
    page = Page.read(text, "own-zones")
    assert [a.title for a in page.layout.articles] == ["太白县旅游收入稳步增长", "麟游县扎实推进农村道路建设",
                                                       "眉县猕猴桃产业助农增收"]
    assert places(text)["8%"] == "眉县"


SHORT_ITEMS = ("铜川高新区一季度项目建设开局良好\n"
               "今年以来，铜川高新区聚焦项目建设，新开工项目14个，完成投资33亿元。\n"
               "全区规模以上工业产值达到97亿元，同比增长7.5%。\n"
               "扶风县设施农业助民增收\n"
               "扶风县今年发展设施蔬菜9千亩，带动农户增收。\n"
               "全县蔬菜产量达到6万吨，同比增长5%。\n"
               "麟游县招商引资成效显著\n"
               "今年一季度，麟游县新签约项目19个，总投资58亿元。\n"
               "全县实际到位资金27亿元，同比增长11%。\n")


def test_short_items_each_keep_their_title_and_area() -> None:
    # body lines shorter than a column's: a page of items still (two headlines or more open with an area),
    # and the zone's item, naming no county, is the zone's, not the page's most named county's
    page = Page.read(SHORT_ITEMS, "own-items")
    assert [a.title for a in page.layout.articles] == ["铜川高新区一季度项目建设开局良好", "扶风县设施农业助民增收",
                                                       "麟游县招商引资成效显著"]
    got = {f.text: f.place for f in extract_text(SHORT_ITEMS, "own-items") if f.type in ("money", "count", "percent")}
    assert got["14个"] == got["97亿元"] == got["7.5%"] == "铜川高新区"
    assert got["5%"] == "扶风县" and got["27亿元"] == got["11%"] == "麟游县"
