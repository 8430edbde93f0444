"""A page joined from many documents (extractor/documents.py): each document's places are read from
its own places, as when it stands alone. A county's short form stands where its own document names
the county's city (安义 for 安义县 under 南昌市), not where another document does; an article that
names no area takes no other document's most-named place."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.documents import by_document, report_at, report_documents
from extractor.page import Page
from joined_reports import REPORT_NO_AREA_NO_YEAR

# a report naming no area of its own: its 安义 is no county's short form there, its figures have no place
# (新建 is a verb wherever it stands: names/short_stop.txt)
PLAIN = REPORT_NO_AREA_NO_YEAR.replace("新建改建农村公路", "安义新建改建农村公路")
# a report of a city that names its county: there 安义 is the county's short form
CITY = """2024年南昌市政府工作报告
——2024年1月22日在南昌市第十六届人民代表大会第四次会议上
各位代表：
2023年，南昌市地区生产总值增长5.2%，江西省会城市的带动作用进一步增强。
南昌市安义县、进贤县加快发展，安义新建改建城市道路45公里，新增城镇就业6.1万人。
赣江两岸城市更新有序推进，一批产业园区提档升级，营商环境持续优化，市场主体活力不断增强。
今年，南昌市将新开工保障性住房900套，办好群众身边的实事。
"""
GAP = "\n\n\n"


def _facts(text: str, lo: int, hi: int) -> set[tuple[int, str, str, str | None]]:
    return {(f.start - lo, f.type, f.text, f.place) for f in extract_text(text, "t") if lo <= f.start < hi}


def test_the_two_reports_are_two_documents() -> None:
    assert len(Page.read(PLAIN + GAP + CITY, "t").layout.documents) == 2
    assert len(Page.read(CITY + GAP + PLAIN, "t").layout.documents) == 2
    assert len(Page.read(CITY, "t").layout.documents) == 1


def test_a_report_naming_no_area_takes_no_place_from_the_next_report() -> None:
    alone = _facts(PLAIN, 0, len(PLAIN))
    assert {f[3] for f in alone if f[1] != "place"} == {None}
    assert "安义" in PLAIN and not any(f[1] == "place" and f[2] in ("新建", "安义") for f in alone)
    for joined, lo in ((PLAIN + GAP + CITY, 0), (CITY + GAP + PLAIN, len(CITY) + len(GAP))):
        assert _facts(joined, lo, lo + len(PLAIN)) == alone


def test_the_city_report_keeps_its_own_short_forms_and_places_when_joined() -> None:
    alone = _facts(CITY, 0, len(CITY))
    assert (CITY.index("45公里"), "quantity", "45公里", "安义县") in alone  # 安义新建改建: the county's
    assert (CITY.index("900套"), "count", "900套", "南昌市") in alone
    lo = len(PLAIN) + len(GAP)
    assert _facts(PLAIN + GAP + CITY, lo, lo + len(CITY)) == alone


def test_items_group_by_document_in_their_order() -> None:
    assert by_document([1, 5, 9, 12], [0, 6, 10], lambda x: x) == [[1, 5], [9], [12]]
    assert by_document([3, 1], [0], lambda x: x) == [[3, 1]]  # a page of one document: as given
    assert by_document([2, 30], [0, 10, 20], lambda x: x) == [[2], [30]]  # (no empty group)


# a news story longer than the opening is_report reads, then a report: a page whose first document
# is no report
STORY = """某地举办春季农产品展销会
本报讯 春节前夕，某地举办春季农产品展销会，吸引了周边群众前来选购年货。
展销会设置展位三百个，展出蔬菜、水果、禽蛋等农产品两千多种，现场气氛热烈。
主办方介绍，今年的展销会更加注重绿色农产品，不少摊位还开通了线上销售渠道。
""" + "".join(
    f"{kind}展区里，农户们把自家种养的{kind}摆得整整齐齐，一边招呼顾客品尝，一边介绍种养的门道，"
    f"不少市民一买就是好几袋，农户们说这样的展销会让{kind}卖得快、卖得好，盼着以后多办几场。\n"
    for kind in ("蔬菜", "水果", "禽蛋", "茶叶", "菌菇", "粮油", "干货", "花卉"))


PROVINCE = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第四次会议上
各位代表：
2025年，湖北省地区生产总值增长5.8%，粮食产量稳定在550亿斤以上。
湖北省参加第三次全国土壤普查，新采集样点6200个，完成全国统一部署的各项任务。
全省新增城镇就业90万人，城乡居民收入稳步增长，社会大局和谐稳定。
"""


def test_each_document_is_a_report_or_not_by_its_own_opening() -> None:
    page = Page.read(STORY + GAP + PROVINCE, "t")
    assert len(page.layout.documents) == 2
    assert report_documents(page) == [False, True]
    assert not report_at(page, 10) and report_at(page, len(STORY) + len(GAP) + 10)
    assert report_documents(Page.read(PROVINCE, "t")) == [True]
    assert report_documents(Page.read(STORY, "t")) == [False]
