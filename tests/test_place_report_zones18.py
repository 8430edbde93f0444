"""A zone or park named as the subject of a figure's clause in a province's report (extractor/
place_report_zones.py): the figure is the zone's. The opposite shapes: a clause telling of work done on a
zone, a kind of zone, the province's own zone named by no name, and a zone opening an earlier clause of a
list of deeds keep the province."""
from __future__ import annotations

from extractor.api import extract_text

REPORT = ("2026年江西省政府工作报告\n各位代表：\n"
          "过去一年，江西省经济运行稳中有进，全省生产总值增长5.1%。"
          "{body}\n全省城镇新增就业42万人。\n")


def places(body: str) -> dict[str, str | None]:
    text = REPORT.format(body=body)
    return {f.text: f.place for f in extract_text(text, "gwr2026-report") if f.type in ("money", "count")}


def test_a_named_park_opening_its_clause_is_the_figures_place() -> None:
    got = places("赣湘先进材料共建产业园签约项目26个。")
    assert got["26个"] == "赣湘先进材料共建产业园"


def test_an_area_inside_the_zones_name_is_not_the_figures_place() -> None:
    got = places("庐山（濂溪）文旅创意产业园营收超80亿元。")
    assert got["80亿元"] == "庐山（濂溪）文旅创意产业园"


def test_a_part_of_the_zones_figure_goes_with_it() -> None:
    got = places("中国（江西）自贸试验区累计形成制度创新成果140项，其中22项在全国推广。")
    assert got["140项"] == "中国（江西）自贸试验区" and got["22项"] == "中国（江西）自贸试验区"


def test_work_done_on_a_zone_is_the_provinces() -> None:
    # negative: a verb or a time opens the clause (建成…产业园, 今年新增…园区): the province's deeds
    got = places("建成数字经济产业园12个。今年新增特色农业产业园区7个。")
    assert got["12个"] == "江西省" and got["7个"] == "江西省"


def test_a_kind_of_zone_or_the_provinces_own_zone_is_the_provinces() -> None:
    # negative: 国家…示范区 names a kind; 自贸试验区 alone names no zone of its own
    got = places("国家生态文明建设示范区达到9个。自贸试验区新设企业3.2万家。")
    assert got["9个"] == "江西省" and got["3.2万家"] == "江西省"


def test_a_zone_opening_an_earlier_clause_of_a_list_of_deeds_is_not_the_figures() -> None:
    # negative: the zone is the first deed's subject; the routes opened are the province's
    got = places("南昌综合保税区封关运行，新开通国际货运航线12条。")
    assert got["12条"] == "江西省"
