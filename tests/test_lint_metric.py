"""bench/lint_metric.py: each lint fires on the shape it names and not on its look-alikes (records
made up here, as bench/dev_records.py writes them)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import lint_metric  # noqa: E402


def _record(sentence: str, text: str, metric: str | None, kind: str = "count", start: int = 0) -> dict:
    return {"id": f"r{start}", "doc": "d", "type": kind, "start": start, "text": text, "metric": metric,
            "article": 0, "paragraph": 0, "sentence": sentence}


def _lints(rows: list[dict], tmp_path: Path) -> dict[str, set[str]]:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return {name: {h["text"] for h in hits} for name, hits in lint_metric.run(dump).items()}


def test_a_metric_cut_inside_a_word_is_found_and_a_whole_one_is_not(tmp_path: Path) -> None:
    hits = _lints([
        _record("某县5次调高城乡居民基础养老金标准。", "5次", "调高城乡居民基础养老金标"),
        _record("某县6次调高城乡居民基础养老金标准。", "6次", "调高城乡居民基础养老金", start=1),
        # an edge right at the number is no cut, whatever jieba joins there
        _record("设立两个部门。", "两个", "部门", start=2),
    ], tmp_path)
    assert hits.get("cuts_word") == {"5次"}


def test_punctuation_at_the_edge_but_not_a_quoted_name(tmp_path: Path) -> None:
    hits = _lints([
        _record("一条长3.7公里、宽约6米的公路。", "6米", "、宽", "quantity"),
        _record("建成“千万工程”示范村50个。", "50个", "“千万工程”示范村", start=1),
    ], tmp_path)
    assert hits.get("punct_edge") == {"6米"}


def test_a_number_inside_the_metric_but_not_a_word_holding_a_numeral(tmp_path: Path) -> None:
    hits = _lints([
        _record("全省新增就业9万人，其中高校毕业生3万人。", "3万人", "新增就业9万人其中高校毕业生"),
        _record("一般公共预算收入增长5%。", "5%", "一般公共预算收入增长", "percent", start=1),
    ], tmp_path)
    assert hits.get("number_inside") == {"3万人"}


def test_an_empty_metric_counts_only_where_a_noun_stands_before_the_number(tmp_path: Path) -> None:
    hits = _lints([
        _record("全县粮食产量达到12万吨。", "12万吨", None, "quantity"),
        _record("2024年，12万吨。", "12万吨", None, "quantity", start=1),
    ], tmp_path)
    assert hits.get("empty") == {"12万吨"}


def test_one_metric_for_every_number_of_a_list_unless_places_are_listed() -> None:
    items = "轻、重工业分别增长8%、6%。"
    places = "甲市、乙市分别增长8%、6%。"
    rows = [_record(items, "8%", "重工业增长", "percent"), _record(items, "6%", "重工业增长", "percent", 1),
            _record(places, "甲市", None, "place", 2),
            _record(places, "8%", "增长", "percent", 3), _record(places, "6%", "增长", "percent", 4)]
    after = "贸易额分别是：甲国，8亿元；乙国，6亿元。"
    rows += [_record(after, "甲国", None, "place", 5), _record(after, "8亿元", "贸易额", "money", 6),
             _record(after, "乙国", None, "place", 7), _record(after, "6亿元", "贸易额", "money", 8)]
    hits = lint_metric.run_rows(rows)
    assert {h["id"] for h in hits["same_in_list"]} == {"r0", "r1"}


def test_a_percent_naming_only_its_change_but_not_one_naming_the_thing(tmp_path: Path) -> None:
    hits = _lints([
        _record("某市出口比上年同比增长6%。", "6%", "同比增长", "percent"),
        _record("某市出口比上年增长7%。", "7%", "出口增长", "percent", start=1),
    ], tmp_path)
    assert hits.get("rate_only") == {"6%"}


def test_a_growth_after_a_level_names_the_level_s_thing() -> None:
    s = "全县税收收入3.2亿元，同比增长9%。"
    other = "全县税收收入3.5亿元，同比增长4%。"
    rows = [_record(s, "3.2亿元", "税收收入", "money"), _record(s, "9%", "同比增长全县", "percent", 1),
            _record(other, "3.5亿元", "税收收入", "money", 2), _record(other, "4%", "税收收入增长", "percent", 3)]
    # (a level that is itself an increment: its words of change aside, its thing is the growth's)
    inc = "某县存款余额80亿元，比上年末增加6亿元，增长8%。"
    rows += [_record(inc, "6亿元", "存款余额比上年末增加", "money", 4), _record(inc, "8%", "存款余额增长", "percent", 5)]
    assert {h["id"] for h in lint_metric.run_rows(rows)["growth_level"]} == {"r1"}


def test_a_share_whose_metric_is_its_base_but_not_its_part() -> None:
    s = "该县茶园面积12万亩，占全省茶园的15%。"
    other = "该县茶园面积14万亩，占全省的18%。"
    rows = [_record(s, "15%", "全省茶园", "percent"), _record(other, "18%", "茶园面积", "percent", 1)]
    assert {h["id"] for h in lint_metric.run_rows(rows)["share_base"]} == {"r0"}


def test_a_part_after_qizhong_that_takes_the_whole_s_name() -> None:
    s = "全乡培训农民800人，其中妇女300人。"
    rows = [_record(s, "800人", "培训农民"), _record(s, "300人", "培训农民", start=1),
            _record("全乡培训农民900人，其中妇女400人。", "400人", "妇女", start=2)]
    assert {h["id"] for h in lint_metric.run_rows(rows)["across_qizhong"]} == {"r1"}


def test_money_named_by_its_payer_or_a_verb_only() -> None:
    s = "市农业银行发放贷款4亿元。"
    rows = [_record(s, "市农业银行", None, "org"), _record(s, "4亿元", "市农业银行", "money", 1),
            _record("该县完成投资5亿元。", "5亿元", "完成投资", "money", 2),
            _record("该县完成交通投资6亿元。", "6亿元", "交通投资", "money", 3)]
    hits = lint_metric.run_rows(rows)
    assert {h["id"] for h in hits["money_payer"]} == {"r1"}
    assert {h["id"] for h in hits["money_verb"]} == {"r2"}


def test_a_number_in_brackets_whose_metric_stands_outside() -> None:
    s = "奖金共8000欧元（约合6万元）。"
    rows = [_record(s, "6万元", "奖金", "money"),
            _record("某品牌（市场占有率12%）领先。", "12%", "市场占有率", "percent", 1)]
    assert {h["id"] for h in lint_metric.run_rows(rows)["bracket_colon"]} == {"r0"}
