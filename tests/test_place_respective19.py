"""A 分别 list of places (extractor/place_respective.py): the k-th figure of the list is the k-th place of the
run named before 分别 in its clause. The opposite shapes: trade partners, a run not as long as the list, a
figure after the list's clause, and places of another clause keep the figure's place as before."""
from __future__ import annotations

from extractor.api import extract_text

NEWS = ("首页 > 新闻中心\n赣州市招商引资情况通报\n发布时间:2026-11-20 来源:赣州市商务局\n"
        "记者从市商务局获悉，1-10月，全市招商引资到位资金1268.4亿元。{body}\n")


def places(body: str, page: str = NEWS) -> dict[str, str | None]:
    text = page.format(body=body)
    return {f.text: f.place for f in extract_text(text, "signing-news") if f.type in ("money", "count", "percent")}


def test_each_figure_of_a_respective_list_is_its_own_places() -> None:
    got = places("分县(市、区)看，赣州经开区、南康区、赣县区到位资金分别为168.3亿元、142.6亿元、97.4亿元，合计占全市的32.2%。")
    assert (got["168.3亿元"], got["142.6亿元"], got["97.4亿元"]) == ("赣州经开区", "南康区", "赣县区")
    assert got["32.2%"] == "赣州市"  # the clause after the list: the whole's


def test_a_run_closed_by_its_count_pairs_with_the_list() -> None:
    got = places("大塘埠镇、古陂镇和安西镇3个中心镇在校学生分别为6820人、5940人、6270人。")
    assert (got["6820人"], got["5940人"], got["6270人"]) == ("大塘埠镇", "古陂镇", "安西镇")


def test_trade_partners_are_not_the_figures_places() -> None:
    # negative: 对非洲、拉美市场出口: where the exports go, not whose they are
    got = places("全市对非洲、拉美市场出口分别增长20%、7.6%。")
    assert got["20%"] == "赣州市" and got["7.6%"] == "赣州市"


def test_a_run_not_as_long_as_the_list_pairs_with_nothing() -> None:
    # negative: two places, three figures: no pairing can be read
    got = places("南康区、赣县区签约项目分别为12个、9个、7个。")
    assert got["12个"] == got["9个"] == got["7个"] != "南康区"


def test_places_of_another_clause_do_not_pair() -> None:
    # negative: the run stands in the clause before the 分别's
    got = places("南康区、赣县区表现突出，全市工业和服务业投资分别增长8%、6%。")
    assert got["8%"] == got["6%"] == "赣州市"
