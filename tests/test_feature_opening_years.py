"""A feature's opening that tells a history over several years gives its later paragraphs none of them; one that
states one year gives them that year (extractor/article_years.py OpeningYears, read by sentence_periods.py); own words
and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str, doc: str = "19980103-99-001") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_a_history_opening_gives_its_later_paragraphs_no_year():
    p = _periods("某区扶贫纪实\n　　某区是个贫困大区。１９７２年建区时，总人口１８３万。１９７８年开始推行新政，"
                 "１９９６年，全区总人口控制在２９０万人。\n"
                 "　　全区１９８个乡镇全部建立了服务所，山区面积占８７．５％。\n")
    assert p["１８３万"] == "1972" and p["２９０万人"] == "1996"
    assert p["１９８个"] is None and p["８７．５％"] is None


def test_a_review_opening_of_one_year_gives_its_later_paragraphs_that_year():
    p = _periods("某区扶贫纪实\n　　１９９６年，某区扶贫工作取得新进展，全区总人口控制在２９０万人。\n"
                 "　　全区１９８个乡镇全部建立了服务所，山区面积占８７．５％。\n")
    assert p["２９０万人"] == "1996" and p["１９８个"] == "1996"


def test_a_base_year_in_the_opening_is_no_second_year():
    # 比１９９５年: a base, the review is still of one year
    p = _periods("某区扶贫纪实\n　　１９９６年，某区总人口控制在２９０万人，比１９９５年减少２万人。\n"
                 "　　全区１９８个乡镇全部建立了服务所。\n")
    assert p["１９８个"] == "1996"


def test_a_dispatch_is_not_read_so():
    # a dated story is read sentence by sentence, not paragraph by paragraph: what it stated goes on
    p = _periods("某区扶贫纪实\n　　本报太原１月２日电　１９７２年建区时，某区总人口１８３万。１９９６年，全区总人口控制在２９０万人。\n"
                 "　　全区１９８个乡镇全部建立了服务所。\n")
    assert p["１９８个"] == "1996"  # (the year the dispatch stated goes on, as before)
