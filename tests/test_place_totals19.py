"""The total of a list of places' figures run together in one clause (a table whose rows' lines are joined:
天城镇207万元抄乐镇231万元合计3586万元) is not the last item's place but the area the list is in
(extractor/place_scope.py _list_total). The opposite shape: one place's figures totalled keep its place."""
from __future__ import annotations

from extractor.api import extract_text

NOTICE = ("湄潭县财政局文件\n湄潭县财政局关于下达2026年茶产业发展专项资金的通知\n"
          "各镇（街道）人民政府：\n现将专项资金下达给你们。{body}\n湄潭县财政局\n")


def places(body: str) -> dict[str, str | None]:
    text = NOTICE.format(body=body)
    return {f.text: f.place for f in extract_text(text, "fund-notice") if f.type in ("money", "count", "percent")}


def test_a_tables_total_row_is_the_areas() -> None:
    got = places("分配情况如下：\n镇（街道）        分配金额\n天城镇           207万元\n抄乐镇           231万元\n"
                 "合  计           438万元\n")
    assert got["231万元"] == "抄乐镇" and got["438万元"] == "湄潭县"


def test_one_places_figures_totalled_stay_its() -> None:
    # negative: one place, its own figures and their total
    got = places("抄乐镇新建产业路12条、机耕道8条，合计20条。")
    assert got["20条"] == "抄乐镇"
