"""A release's title on a part of a year that opens a title block after bodies (notices then a quarter's summary
printed as one text, extractor/sentence_periods.py → period_release.py): own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text) if f.type in ("money", "count", "percent")}


_NOTICE = ("某县体育馆维修项目成交公告\n公告日期：2025年5月20日\n成交金额：86.40万元，供应商共3家。\n"
           "有关当事人对成交结果有异议的，可以书面形式提出质疑。\n— 1 —\n")


def test_a_part_of_a_year_in_a_release_title_after_notices_is_the_span_under_review():
    p = _periods(_NOTICE + "某县2025年上半年政府采购情况\n（某县财政局 2025年7月8日）\n"
                 "上半年，全县完成政府采购项目142个，采购金额3.26亿元。分类型看：货物类61个，金额1.05亿元。\n")
    assert p["142个"] == "2025-01/2025-06" and p["3.26亿元"] == "2025-01/2025-06"
    # the next sentence goes back to the span under review, not to the bare year (read so before session 18)
    assert p["61个"] == "2025-01/2025-06" and p["1.05亿元"] == "2025-01/2025-06"


def test_a_headline_with_its_figure_after_notices_keeps_the_year():
    # a headline's part with its own figure is its own: the story's other figures keep the year
    p = _periods(_NOTICE + "某县上半年采购金额增长12.5%\n"
                 "上半年，全县完成政府采购项目142个。分类型看：货物类61个，金额1.05亿元。\n")
    assert p["142个"] == "2025-01/2025-06" and p["61个"] == "2025"
