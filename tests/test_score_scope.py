"""bench/score_scope.py: the matching rules of metric and place (the scorer reads ../shared only
when run; these rules need nothing)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import score_scope  # noqa: E402


def test_metric_contains_the_hint_or_falls_short_by_two_characters_at_most() -> None:
    assert score_scope.metric_right("地区生产总值", "地区生产总值增长")
    assert score_scope.metric_right("城镇新增就业", "新增就业")
    assert not score_scope.metric_right("城镇新增就业人数", "新增就业")
    assert not score_scope.metric_right("地区生产总值", None)
    assert not score_scope.metric_right("粮食产量", "产量增长")
    # the gold quotes the page's width, the extractor writes NFKC text
    assert score_scope.metric_right("ＧＤＰ", "GDP增长")
    assert not score_scope.metric_right("ＧＤＰ", "GNP增长")


def test_place_keys_drop_the_administrative_word() -> None:
    key = score_scope.place_key
    assert key("安徽省") == key("安徽")
    assert key("广西壮族自治区") == key("广西")
    assert key("新疆维吾尔自治区") == key("新疆")
    assert key("全国") == key("中国")
    assert key(None) is None
    assert key("合肥市") != key("安徽省")


def test_spans_are_found_by_quote_and_occurrence() -> None:
    flat = score_scope.Flat("增长 5% ，又增长\n5%")
    assert flat.span("5%", 1) == (3, 5)
    assert flat.span("5%", 2) == (11, 13)


def test_halves_split_documents_by_the_first_hex_digit_of_their_sha1() -> None:
    # sha1("gwr2026-jilin") starts with a digit 8-f (held), sha1("gwr2026-anhui") with 0-7 (fit)
    import hashlib
    for doc in ("gwr2026-jilin", "gwr2026-anhui", "19980104-01-001"):
        fit = hashlib.sha1(doc.encode()).hexdigest()[0] in "01234567"
        assert score_scope.in_half(doc, "fit") == fit
        assert score_scope.in_half(doc, "held") != fit


def test_a_held_half_prints_figures_only() -> None:
    import pytest
    with pytest.raises(SystemExit, match="figures only"):
        score_scope.main(["--split", "dev-blind", "--half", "held", "--show", "3"])


def test_a_document_line_gives_each_type_its_figures() -> None:
    report = {"numeric": {"money": {"gold": 17, "metric": 0.87, "place": 0.07, "period": 0.73}}}
    line = score_scope.doc_line("19980104-01-001", report)
    assert line.startswith("19980104-01-001")
    assert "money  17 m0.87 pl0.07 pe0.73" in line


def test_anonymous_pages_are_extracted_under_a_plain_id(monkeypatch) -> None:
    seen = []
    import extractor.api
    monkeypatch.setattr(extractor.api, "extract_text", lambda text, doc, date=None: seen.append((doc, date)) or [])
    monkeypatch.setattr(score_scope, "page_text", lambda doc: "２０２５年，全省生产总值１００亿元。")
    monkeypatch.setattr(score_scope, "read_jsonl", lambda path: [{"doc": "gwr2026-anhui", "type": "money",
                                                                    "quote": "１００亿元", "occurrence": 1}])
    monkeypatch.setattr(score_scope, "ANONYMOUS", True)
    score_scope.score("dev", {"gwr2026-anhui"})
    assert seen == [("page", None)]
    seen.clear()
    monkeypatch.setattr(score_scope, "DATED", True)  # --dated: the year the id names, given as the caller's date
    score_scope.score("dev", {"gwr2026-anhui"})
    assert seen == [("page", "2026")]
    seen.clear()
    monkeypatch.setattr(score_scope, "ANONYMOUS", False)
    monkeypatch.setattr(score_scope, "DATED", False)
    score_scope.score("dev", {"gwr2026-anhui"})
    assert seen == [("gwr2026-anhui", None)]


def test_the_date_a_caller_gives_is_the_day_or_year_the_id_names() -> None:
    assert score_scope.given_date("19980105-02-009") == "1998-01-05"
    assert score_scope.given_date("gwr-national-1981") == "1981"
    assert score_scope.given_date("page") is None


def test_every_bench_tool_holds_out_the_same_half() -> None:
    import mutation_split
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import generality
    for doc in ("gwr2026-jilin", "gwr2026-anhui", "19980104-01-001", "19980113-02-003", "gwr-national-2007"):
        held = score_scope.in_half(doc, "held")
        assert mutation_split.held_out(doc) == held
        assert generality.in_half(doc, "held") == held
