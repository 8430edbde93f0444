"""A yearly report's look back over the years that led to its year: a bulletin or report on one year
(2025年…统计公报) that, in a paragraph of a section about that year, sums up the five years ending with it
("十四五"时期(2021-2025年),全市累计城镇新增就业198.7万人,年均39.7万人). The span is that paragraph's
section's: the next heading of the text's first rank (二、社会保险; not a sub-heading, （二）…, under which a
government work report's five-year review goes on) goes back to the year the text reports on, for the figures
and for the dates written without a year there (全年, 年末: that year's, not the span's first). Two years only
(a school year 2025/2026, 1996、1997两年) are no look back, nor a plan's years ahead (“十五五”时期…目标).
A report whose section opens on the span (一、过去五年工作回顾) states it before any single year
there, and keeps it as before. The other way round, a text on a span other than a calendar year (a school year's
bulletin, 2025/2026学年…) whose section turns to the year's flows (五、学生资助 / 全年共资助…2.86万人次) gives that
year to its section only: the next heading of the first rank (六、乡镇教育发展) goes back to the span the text is on
(whole_year_aside). A report's sub-section (（四）冰雪经济火热出圈。) may open on a part of a year or a span across two (2024—2025雪季
(2024年11月至2025年3月),全省接待游客…): that span is the sub-section's; the next heading of any rank ((五)十件民生
实事全部兑现) goes back to what stood before it, as a look back's does at the next section (sub_section_span).
Used by extractor/sentence_periods.py."""
from __future__ import annotations

import re
from typing import Optional

from .time_exprs_carry import whole_year

_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
_SECTION = re.compile(r"[一二三四五六七八九十]+、")  # a heading of the first rank (二、社会保险), not （二）
# a numbered heading of the second rank opening a paragraph: （四）, (四)
_SUB_SECTION = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
# a period with months (2024-11/2025-03, 2025-07): no whole year nor a run of whole years
_WITH_MONTHS = re.compile(r"\d{4}-\d{2}")
_LEAST_YEARS = 3  # a look back spans three years or more (2021/2025); two are a school year or a pair


def _years(period: Optional[str]) -> Optional[tuple[int, int]]:
    """The first and last year of a span of three years or more (2021/2025), else None."""
    m = _YEARS.match(period or "")
    return (int(m[1]), int(m[2])) if m and int(m[2]) - int(m[1]) + 1 >= _LEAST_YEARS else None


def looks_back(lead: Optional[str], before: Optional[str]) -> bool:
    """Whether lead is a span of three years or more (2021/2025) ending at the single year (2025) that stood before it."""
    span = _years(lead)
    return span is not None and (before or "").isdigit() and span[1] == int(before)


def opens_section(text: str, at: int) -> bool:
    """Whether a heading of the text's first rank (二、社会保险) starts at `at`."""
    return bool(_SECTION.match(text, at))


def whole_year_aside(said: str, lead: Optional[str], before: Optional[str]) -> bool:
    """Whether a sentence's lead, said as the whole year (`said`, the words: 全年), turns a text on a span other than
    one calendar year (`before`, 2025/2026 or 2026-07/2026-09) to that year's flows (2025): to its section only. A year
    inside a yearly text (2025 under 2025) turns to nothing; 全年 under a look back's five years is the year the text
    reports on (looks_back keeps what stood before those)."""
    return bool(lead) and lead.isdigit() and bool(before) and "/" in before and lead != before \
        and _years(before) is None and said in whole_year()


def sub_section_span(text: str, paragraph_start: int, lead: Optional[str], before: Optional[str]) -> bool:
    """Whether a report's lead (`lead`, the period its sentence opens on) is a span of months stated in a paragraph
    that opens a numbered sub-section ((四)冰雪经济火热出圈。2024—2025雪季(2024年11月至2025年3月),…), where a year or
    a span of years (`before`) stood: that sub-section's only, to its next heading. A whole year stated there
    ((一)2025年,…) is no such span, nor months under months (1-9月 where 1-9月 stood)."""
    return bool(lead and _WITH_MONTHS.search(lead) and before and not _WITH_MONTHS.search(before)
                and _SUB_SECTION.match(text, paragraph_start))
