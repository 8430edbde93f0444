"""The area a document is about against its issuer's seat (extractor/place_issuer.py): a body named as a page's
source (来源：南宁海关) or as the measurer of a sentence's figures (据南宁海关统计，…) sits in its area, but the
page's figures are of the area its title and clauses name (广西壮族自治区); the seat is the fallback where nothing
else names an area. And a title's run of areas gives its most specific (花垣县双龙镇…公示: the town,
extractor/place_title_run.py); villages listed after one written after its town are villages
(extractor/place_words.py, 全镇金龙村、马鞍村…)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "issuer") if f.type in ("money", "count", "percent")}


_HEAD = "首页 > 海关统计 > 统计分析\n{title}\n发布时间:2026-11-20 10:30  来源:南宁海关  浏览次数:1673\n"


def test_a_customs_districts_release_on_a_region_gives_the_region() -> None:
    got = places(_HEAD.format(title="2026年前10个月广西壮族自治区外贸进出口情况")
                 + "据南宁海关统计,2026年前10个月,广西壮族自治区货物贸易进出口总值5860.4亿元,比上年同期的5396.3亿元增长8.6%。"
                   "其中,出口3172.6亿元,增长11.2%。\n"
                   "前10个月,全区以一般贸易方式进出口3126.8亿元,增长9.4%。\n")
    assert got["5396.3亿元"] == "广西壮族自治区" and got["8.6%"] == "广西壮族自治区"
    assert got["3172.6亿元"] == "广西壮族自治区" and got["3126.8亿元"] == "广西壮族自治区"


def test_the_region_wins_though_its_title_is_not_read() -> None:
    # the title run into the source line (one web line after another): the region is still named more
    # often than anything but the seat, which is not counted
    got = places("2026年前10个月广西外贸进出口情况\n来源:南宁海关\n"
                 "据南宁海关统计,前10个月,广西货物贸易进出口总值5860.4亿元,比上年同期的5396.3亿元增长8.6%。\n"
                 "前10个月,广西对东盟进出口2431.5亿元,增长10.3%。\n")
    assert got["5396.3亿元"] == "广西壮族自治区" and got["2431.5亿元"] == "广西壮族自治区"


def test_the_seat_is_the_fallback_where_nothing_else_names_an_area() -> None:
    # negative: the page names no area but its issuer's
    got = places(_HEAD.format(title="2026年前10个月外贸进出口情况")
                 + "据南宁海关统计,2026年前10个月,货物贸易进出口总值5860.4亿元,比上年同期增长8.6%。\n")
    assert got["5860.4亿元"] == "南宁市" and got["8.6%"] == "南宁市"


def test_a_body_that_acts_is_no_issuer() -> None:
    # negative: 南宁海关 seizing goods is the actor of its own figures, not the source of another area's
    got = places("南宁海关查获走私案件12起\n南宁海关今年查获走私案件12起,案值3.2亿元。\n")
    assert got["3.2亿元"] == "南宁市"


def test_a_towns_notice_titled_after_its_county_gives_the_town() -> None:
    got = places("首页 > 政务公开 > 乡村振兴 > 公示公告\n花垣县双龙镇2026年度衔接推进乡村振兴补助资金项目安排情况公示\n"
                 "发布时间:2026-04-15 09:40  来源:双龙镇人民政府\n"
                 "为进一步提高衔接推进乡村振兴补助资金使用的透明度,接受群众和社会监督,现将有关情况公示如下:\n"
                 "上述资金共安排项目12个,资金总额1286万元,比上年增长11.6%,带动脱贫户稳定增收,项目资金按进度拨付。\n")
    assert got["12个"] == "双龙镇" and got["1286万元"] == "双龙镇" and got["11.6%"] == "双龙镇"


def test_a_county_titled_alone_keeps_the_county() -> None:
    # negative: the title names the county only; a town named in the text is a detail
    got = places("花垣县2026年度衔接推进乡村振兴补助资金项目安排情况公示\n"
                 "现将有关情况公示如下:\n全县共安排项目86个,资金总额9860万元。在双龙镇召开了现场会。\n")
    assert got["9860万元"] == "花垣县"


def test_villages_listed_after_the_towns_first_are_each_a_village() -> None:
    text = ("花垣县双龙镇2026年度项目安排情况公示\n项目覆盖全镇金龙村、马鞍村、张刀村3个行政村。\n"
            "1.金龙村黄牛养殖小区扩建项目:资金142万元,受益户176户。\n2.马鞍村茶叶加工厂设备购置项目:资金118万元,受益户152户。\n")
    got = places(text)
    assert got["142万元"] == "金龙村" and got["118万元"] == "马鞍村" and got["152户"] == "马鞍村"


def test_a_village_nobody_introduced_is_no_place() -> None:
    # negative: a word ending in 村 with no town before it or its list (新农村) stays no area
    got = places("花垣县双龙镇2026年度项目安排情况公示\n1.马鞍村茶叶加工厂设备购置项目:资金118万元。\n")
    assert got["118万元"] == "双龙镇"


def test_a_seat_holding_the_areas_named_stays_the_pages_area() -> None:
    # negative: 安徽省国资委 on 全省省属企业, naming 合肥市 among them: the province issues on itself
    got = places("首页 > 信息公开 > 数据发布 > 统计信息\n2026年1-3季度全省省属企业经济运行情况\n"
                 "来源: 安徽省国资委综合处    发布时间: 2026-10-28 16:40    浏览次数: 1362\n"
                 "今年以来,省国资委深入落实国企改革深化提升行动部署,指导省属企业稳增长、调结构、强创新,生产经营总体平稳。\n"
                 "1-3季度,32户省属企业累计实现营业收入9862.4亿元,比上年同期增长5.8%;实现利润总额612.5亿元,同比增长7.3%。\n"
                 "分地区看,合肥市企业实现营业收入5630.2亿元,增长6.1%,占省属企业的57.1%,拉动作用明显。\n")
    assert got["9862.4亿元"] == "安徽省" and got["612.5亿元"] == "安徽省" and got["5630.2亿元"] == "合肥市"
