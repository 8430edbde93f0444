"""Dates (docs/records.md date): `2022`, `2022-05`, `2022-05-17`, `XXXX-11`; spans of years as ranges.

Rules:
    <year>年<month>月<day>日     2022年5月17日, 二〇二三年十一月
    <year>年                    2022年 (1900-2099, or four Chinese digits)
    <month>月<day>日?           11月 (XXXX-11), 6月18日, 八月十五 (日 may go at a phrase's end)
    <day>日                     29日 (XXXX-XX-29), Arabic days only
    <year>年?<month>至<month>月  1至9月 (XXXX-01 to XXXX-09), 2024年1至9月 (a range)
    <year>至<year>年            2023至2024年, 2023-2024年 (value 2023, value_max 2024, range)
    <year>.<month>.<day>        2023.05.17, 2023-05-17
Relative words (今年, 目前) are not dates.
"""
from __future__ import annotations

import re
from typing import Optional

from ..candidate import Candidate
from ..fact_types import DATE
from .base import Context, Rule, amount_value, rule
from .fragments import CN_DIGIT, DASH

_YEAR = rf"(?:(?:19|20)\d\d|{CN_DIGIT}{{4}})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_NOT_NUM_BEFORE = r"(?<![\d.第])"
# a short year: 08年 (a leading zero), 零八年, or two digits before a month (98年4月, 15年3月2日)
_SHORT_YEAR = rf"(?:0\d|[零〇]{CN_DIGIT}|\d\d(?=年{_MONTH}月)|{CN_DIGIT}{{2}}(?=年{_MONTH}月))"
# a day written without 日 only at the end of a phrase: 八月十五, 1月3 (never 5月15家)
_DAY_END = r"(?:[日号]|(?![\d\u4e00-\u9fff%.A-Za-z]))"


def _num(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    v = amount_value(text)
    return int(v) if v is not None else None


def _format(year: Optional[int], month: Optional[int], day: Optional[int]) -> Optional[str]:
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    parts = [f"{year:04d}" if year is not None else "XXXX"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def _date(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    g = m.groupdict()
    year = _num(g.get("y"))
    short = g.get("ys")
    if short:
        y = _num(short)
        year = None if y is None else (1900 + y if y >= 50 and not short[0] in "0零〇" else 2000 + y)
    if year is not None and not 1800 <= year <= 2199:
        return None
    value = _format(year, _num(g.get("m")), _num(g.get("d")))
    if value is None or value == "XXXX":
        return None
    return Candidate(m.start(), m.end(), DATE.name, value, None, "exact", None, r.name)


def _year_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    y1, y2 = _num(m.group("y")), _num(m.group("y2"))
    if y1 is None or y2 is None or not y1 < y2 <= 2199:
        return None
    return Candidate(m.start(), m.end(), DATE.name, f"{y1:04d}", None, "range", f"{y2:04d}", r.name)


def _day(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    day = _num(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    return Candidate(m.start(), m.end(), DATE.name, f"XXXX-XX-{day:02d}", None, "exact", None, r.name)


def _month_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    year = _num(m.group("y"))
    m1, m2 = _num(m.group("m")), _num(m.group("m2"))
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12 or year is not None and not 1800 <= year <= 2199:
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    return Candidate(m.start(), m.end(), DATE.name, f"{y}-{m1:02d}", None, "range", f"{y}-{m2:02d}", r.name)


RULES = [
    rule("<year>年<month>月<day>日", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})|(?P<ys>{_SHORT_YEAR}))年(?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY}){_DAY_END})?)?",
         _date, priority=3),
    rule("<month>月<day>日", DATE.name,
         rf"(?<![\d.第{CN_DIGIT[1:-1]}十])(?P<m>{_MONTH})月(?:(?P<d>{_DAY}){_DAY_END})?(?!份额)", _date, priority=2),
    # 29日 alone (记者29日获悉): a day of an unnamed month; 3日内 and 一日之计 are not dates
    rule("<day>日", DATE.name, r"(?<![\d.第月])(?P<d>3[01]|[12]\d|0?[1-9])日(?![内间来后前之])", _day, priority=1),
    rule("<year>年?<month>至<month>月", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月?{DASH}(?P<m2>{_MONTH})月(?![\d{CN_DIGIT[1:-1]}十])",
         _month_range, priority=4),
    rule("<year>至<year>年", DATE.name, rf"{_NOT_NUM_BEFORE}(?P<y>{_YEAR})年?{DASH}(?P<y2>{_YEAR})年", _year_range, priority=4),
    rule("<year>.<month>.<day>", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?P<y>(?:19|20)\d\d)(?P<sep>[.\-/])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])",
         _date, priority=3),
]
