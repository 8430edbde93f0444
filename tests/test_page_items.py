"""A web page of news items under one date line (extractor/page_items.py, page_dates.is_furniture):
each headline stands above its own item, and each item's figures keep its own county and the issue's
month, both ways (a headline with no dateline under it stays joined to its line, as a cut paragraph)."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page
from extractor.page_items import opens_item

PAGE = """河口晚报数字报
2024年9月23日 星期一
第04版：县域经济
当前位置：首页 > 第04版 > 县域经济
上一版　下一版　　返回目录　　【字号 大 中 小】

宜章县新建村道18公里 惠及群众2.6万人
本报讯（记者 王某）今年以来，宜章县把农村道路建设作为民生实事来抓，统筹整合交通、农业和乡村振兴等各类资金，坚持先难后易、分批推进，全县新建村道18公里，投入资金2100万元，惠及群众2.6万人，一批群众盼了多年的断头路、泥泞路得到解决。
截至8月底，全县村道硬化率达到96.5%，比上年提高2.1个百分点，村村通客车、组组通硬化路的目标基本实现。县里还设立养护资金300万元，每公里补助1.5万元，建立县、乡、村三级路长制，确保道路建得好、管得住、养得好。
在梅田镇，新修的村道把三个村连成一片，村民的果蔬当天就能运进县城，过去一车货要多绕十几公里山路，如今半个小时就能到，运输成本降了不少，种植户的积极性也更高了。
县交通运输局负责人介绍，今年新建的村道全部按照四级公路标准建设，路面宽度不低于4.5米，并同步完善了安保设施和排水设施，力争每一条路都经得起检验。明年全县计划再新建村道20公里，让群众出行更方便。

嘉禾县一合作社分红52万元 140户社员领到“红包”
本报讯（记者 李某）9月18日，嘉禾县一家种植专业合作社召开分红大会，140户社员共领到分红52万元，户均3714元，会场上掌声不断，社员们脸上洋溢着丰收的喜悦，不少人当场算起了今年的收入账。
目前嘉禾县这家合作社流转土地3200亩，统一种植优质水稻和鲜食玉米，带动周边农户务工85人，发放务工工资96万元，既让土地产出更多效益，也让农民在家门口有了稳定收入。“入了社，收入更稳了。”一位社员说。
合作社还建起了烘干中心和冷藏库，统一收购社员的稻谷和玉米，价格比市场收购价略高一些，社员不用再为卖粮发愁，合作社也有了更稳定的货源和更大的议价空间。
嘉禾县农业农村局负责人表示，明年全县将再培育合作社5家，带动更多农户增收。

（本版图片由各县融媒体中心提供）

【打印本页】　【关闭窗口】
责任编辑：赵某　　校对：钱某
版权所有：河口晚报社
"""


def _facts() -> dict[str, tuple]:
    return {f.text: (f.place, f.period) for f in extract_text(PAGE, "own-items-page") if f.type in ("money", "count")}


def test_each_item_keeps_its_county() -> None:
    got = _facts()
    assert got["2100万元"][0] == "宜章县" and got["300万元"][0] == "宜章县"
    assert got["52万元"][0] == "嘉禾县" and got["96万元"][0] == "嘉禾县"


def test_each_headline_opens_an_article() -> None:
    page = Page.read(PAGE, "own-items-page")
    titles = [a.title for a in page.layout.articles if a.title]
    assert any(t.startswith("宜章县") for t in titles) and any(t.startswith("嘉禾县") for t in titles)


def test_a_dateline_opens_an_item_and_body_text_does_not() -> None:
    assert opens_item("本报讯（记者 李某）9月18日，嘉禾县一家合作社召开分红大会。")
    assert opens_item("本报南溪9月18日电 嘉禾县一家合作社召开分红大会。")
    assert not opens_item("嘉禾县一家合作社召开分红大会，本报讯员到场。")
    assert not opens_item("本报记者 李某")
