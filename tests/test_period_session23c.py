"""Session 23 (period23c): a span of months opening a report's sub-section is that sub-section's only. Own words
and numbers."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.period_look_back import sub_section_span


def _periods(text: str, doc: str = "own-report-2026") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


_HEAD = "某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n"


def test_a_season_opening_a_sub_section_ends_at_the_next_heading():
    # (extractor/period_look_back.py sub_section_span) (四)…2024—2025雪季(…) is (四)'s; (五) is the year reviewed
    p = _periods(_HEAD + "(三)开放水平持续提升。全省进出口总额3210亿元，增长6.1%。\n"
                 "(四)冰雪经济火热出圈。2024—2025雪季(2024年11月至2025年3月),全省接待游客1.86亿人次,"
                 "实现旅游收入2534.6亿元。某市接待游客9000万人次。\n"
                 "(五)民生实事全部兑现。年初承诺的民生实事全部完成，新建改建农村公路桥梁320座，新增城镇就业33.6万人。\n")
    assert p["1.86亿人次"] == "2024-11/2025-03" and p["9000万人次"] == "2024-11/2025-03"
    assert p["320座"] == "2025" and p["33.6万人"] == "2025"


def test_a_whole_year_opening_a_sub_section_goes_on():
    # negative: (一)2025年,… is a year, no span of months: the next sub-section keeps it
    assert not sub_section_span("(一)2025年，…", 0, "2025", "2026")
    assert not sub_section_span("全省接待游客…", 0, "2024-11/2025-03", "2025")  # no sub-section opens there
    assert not sub_section_span("(四)1-9月，…", 0, "2025-01/2025-09", "2025-01/2025-06")  # months under months
    assert sub_section_span("(四)2024—2025雪季…", 0, "2024-11/2025-03", "2025")
