import re
from pathlib import Path

import pytest

from extractor.time_sites import TimeSites, may, pattern_sets, sites_scanner

PAGES = sorted((Path(__file__).resolve().parent.parent / "corpus" / "pages").glob("*.txt"))


def test_sets_every_match_holds():
    # a character each way of an alternation holds (年), beside one set from each way
    sets = pattern_sets(re.compile("(?:近|这)[两三]年(?:来|间)"))
    assert frozenset("年") in sets and frozenset("两三") in sets
    assert frozenset("年") in pattern_sets(re.compile("(?:今后五年|过去五年|近五年)"))
    # zero-width parts hold nothing; a repeat that may be absent holds nothing
    assert pattern_sets(re.compile("(?=年)(?:月)?")) == []


def test_scanner_finds_a_character_of_every_match():
    scan = sites_scanner([re.compile("近[两三]年来"), re.compile("前[两三]个月")], ["上个月"])
    for text in ("近两年来产量增长", "前三个月出口增长", "上个月开工"):
        assert scan.search(text)
    assert not scan.search("全省新建学校一百所，投资三亿元")


def test_no_scanner_where_a_pattern_gives_no_set():
    assert sites_scanner([re.compile("近[两三]年"), re.compile(r".+")], []) is None
    assert sites_scanner([re.compile("年")], [""]) is None


def test_sites_in_sentences():
    sites = TimeSites("他们说，近三年来粮食产量增长。全省新建学校一百所。前三个月出口增长")
    assert may(sites.scans(0, 15), "recent")
    assert sites.scans(15, 28) == frozenset()
    # 月 only: the scans of months may find something, those of years cannot
    assert may(sites.scans(28, 36), "first_months") and not may(sites.scans(28, 36), "recent")
    assert may(None, "recent")  # the test off


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_times_the_same_with_and_without_the_test(path, monkeypatch):
    """The test only skips sentences where the patterns can find nothing: each sentence's
    time expressions are those a full read gives."""
    from extractor.engine import page_records
    from extractor.fact_types import NUMERIC_TYPES
    from extractor.page import Page
    import extractor.time_sites as ts
    page = Page.read(path.read_text(encoding="utf-8"), path.stem)
    fast = [(r.start, r.period) for r in page_records(page, NUMERIC_TYPES)]
    monkeypatch.setattr(ts, "_plan", lambda: None)  # the test off: every sentence read
    assert [(r.start, r.period) for r in page_records(page, NUMERIC_TYPES)] == fast


def test_time_words_starting_keeps_the_order_and_every_word_found():
    from extractor.time_words import time_words_in, time_words_starting
    every = time_words_in(1998)
    some = time_words_starting(1998, {"去", "今"})
    assert some == [w for w in every if w[0][:1] in ("去", "今")] != []
    assert [w for w, _ in some].index("去年") >= 0
    assert time_words_starting(1998, set()) == []
    assert time_words_starting(1998, {"啊"}) == []


def test_recent_year_patterns_are_built_once():
    """The patterns of recent_years.py are built once a run (the scans ask for them on every page)."""
    from extractor import recent_years
    for build in (recent_years.event_since, recent_years.recent_years, recent_years.years_ahead,
                  recent_years.counted_years):
        assert build() is build()
