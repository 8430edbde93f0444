"""Dates (CONTRACT.md date): `2022`, `2022-05`, `2022-05-17`, `XXXX-11`; spans of years as ranges.

Rules:
    <year>年<month>月<day>日     2022年5月17日, 二〇二三年十一月
    <year>年                    2022年 (1900-2099, or four Chinese digits)
    <month>月<day>日?           11月 (XXXX-11), 6月18日
    <year>至<year>年            2023至2024年, 2023-2024年 (value 2023, value_max 2024, range)
    <year>.<month>.<day>        2023.05.17, 2023-05-17
Relative words (今年, 目前) are not dates.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Candidate, Context, Rule, amount_value, rule
from .fragments import CN_DIGIT, DASH

_YEAR = rf"(?:(?:19|20)\d\d|{CN_DIGIT}{{4}})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_NOT_NUM_BEFORE = r"(?<![\d.第])"


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
    if year is not None and not 1800 <= year <= 2199:
        return None
    value = _format(year, _num(g.get("m")), _num(g.get("d")))
    if value is None or value == "XXXX":
        return None
    return Candidate(m.start(), m.end(), "date", value, None, "exact", None, r.name)


def _year_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    y1, y2 = _num(m.group("y")), _num(m.group("y2"))
    if y1 is None or y2 is None or not y1 < y2 <= 2199:
        return None
    return Candidate(m.start(), m.end(), "date", f"{y1:04d}", None, "range", f"{y2:04d}", r.name)


RULES = [
    rule("<year>年<month>月<day>日", "date",
         rf"{_NOT_NUM_BEFORE}(?P<y>{_YEAR})年(?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号])?)?", _date, priority=3),
    rule("<month>月<day>日", "date",
         rf"(?<![\d.第{CN_DIGIT[1:-1]}十])(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号])?(?!份额)", _date, priority=2),
    rule("<year>至<year>年", "date", rf"{_NOT_NUM_BEFORE}(?P<y>{_YEAR})年?{DASH}(?P<y2>{_YEAR})年", _year_range, priority=4),
    rule("<year>.<month>.<day>", "date",
         rf"{_NOT_NUM_BEFORE}(?P<y>(?:19|20)\d\d)(?P<sep>[.\-/])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])",
         _date, priority=3),
]
