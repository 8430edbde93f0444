"""Dates (docs/records.md date): `2022`, `2022-05`, `2022-05-17`, `XXXX-11`; spans of years as ranges.

Rules:
    <year>年<month>月<day>日     2022年5月17日, 二〇二三年十一月
    <year>年                    2022年 (1900-2099, or four Chinese digits); 08年, 九七年 (two digits
                                read one by one: 1997; 七八年 alone is seven or eight years)
    <month>月<day>日?           11月 (XXXX-11), 6月18日, 八月十五 (日 may go at a phrase's end or before a
                                verb of data/dates.toml: 10月22出生)
    <day>日                     29日 (XXXX-XX-29), 廿二日; Arabic days otherwise (一日之计 is no date);
                                in a list after a dated day it takes that month: 1月5日、6日 (XXXX-01-06),
                                9月10号，11号 (号 only there: 3号线, 1号文件 are names)
    <year>年?<month>至<month>月  1至9月 (XXXX-01 to XXXX-09), 2024年1至9月 (a range)
    <year>至<year>年            2023至2024年, 2023-2024年 (value 2023, value_max 2024, range); 1995—97年,
                                1985到89年9月 (the second year by its last two digits)
    <year>.<month>.<day>        2023.05.17, 2023-05-17, 2020-10-11 04:00 (a page's clock after it)
    <year>.<month>-<day>        1994.01-19 (separators mixed; a day of 13-31 only: 2019.08-12 may be months)
    <mm>-<dd>                   09-01, 10-11 04:00 (page furniture: two digits each, a leading zero or a clock)
    <day>/<month>/<year>        1/2/2020 (2020-02-01: a year written last follows day and month; 3/4 alone is a fraction)
    <date>至<date>              a span of days as one range: 1月10日至12日, 2019年6月1日-6月30日,
                                2020-05-26至2020-05-29 (the second end takes the year and month it omits)
    <year>年<month>月至<year>年<month>月  2017年五月至2018年四月 (a span of months across years)
    <year>.<month>至<year>.<month>  1999.08-2002.02, 2008.03-2009 (a span as in a CV; two-digit months)
    <date>和<date>之间          2015年和2018年之间, 三月和九月之间 (a span)
    <year>年第N个月, 首月, 前N个月, 后N个月  2021年的第三个月 (2021-03), 2022年前十一个月 (2022-01 to 2022-11)
    <yyyymmdd>                  20240307 alone (a valid day of 1900-2099; never inside a longer digit run)
Relative words (今年, 目前) are not dates.
"""
from __future__ import annotations

import re
from typing import Optional

from ..candidate import Candidate
from ..fact_types import DATE
from .base import Context, Rule, amount_value, rule
from ..lexicon import alternation, table
from .fragments import CN_DIGIT, DASH

_YEAR = rf"(?:(?:19|20)\d\d|{CN_DIGIT}{{4}})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_NOT_NUM_BEFORE = r"(?<![\d.第])"
# a short year: 08年 (a leading zero), 零八年, two digits before a month (98年4月, 15年3月2日), or two
# Chinese digits read one by one (九七年: a length of years is written 九十七年); 七八年 alone is 7 or 8
# years (_date tells them apart), 八九十年代 a decade
_SHORT_YEAR = rf"(?:0\d|[零〇]{CN_DIGIT}|\d\d(?=年{_MONTH}月)|{CN_DIGIT}{{2}}(?=年{_MONTH}月))"
_CN_YEAR_ALONE = rf"(?<![{CN_DIGIT[1:-1]}十百千万]){CN_DIGIT}{{2}}(?=年(?!代))"
# the last year a short year may name: 30 and below is this century (24年 is 2024), above it the
# last (三三年 is 1933, 98年 1998); short years of the 2030s are rare in writing, of the 1930s-40s not
_SHORT_YEAR_PIVOT = 30
# a day written without 日 only at the end of a phrase or before a verb of an event: 八月十五, 1月3,
# 10月22出生 (never 5月15家)
_DAY_VERBS = alternation(table("dates.toml")["day_before_verb"]["verbs"])
_DAY_END = rf"(?:[日号]|(?![\d\u4e00-\u9fff%.A-Za-z])|(?={_DAY_VERBS}))"
# digits only: a year of this or the last century, a month, a day (the last two alternations:
# always inside a group of their own)
_Y4 = r"(?:19|20)\d\d"
_M12 = r"1[0-2]|0?[1-9]"
_D31 = r"3[01]|[12]\d|0?[1-9]"
# no digit or Chinese numeral goes on after the match: 1995—97年 is whole, not 1995—97年9
_NO_NUMERAL_AFTER = rf"(?![\d{CN_DIGIT[1:-1]}十])"
# no day goes on after a run of months (1—9月4日 is no run): a figure may (其中1—9月401家次, as 9月401家次 is the month)
_NO_DAY_AFTER = rf"(?!{_DAY}{_DAY_END}|[{CN_DIGIT[1:-1]}十])"
_ISO = rf"(?P<y{{t}}>{_Y4})(?P<sep{{t}}>[.\-/])(?P<m{{t}}>{_M12})(?P=sep{{t}})(?P<d{{t}}>{_D31})"
# after an ISO day, a clock (04:00) may follow with its space dropped by normalization: 2020-10-1104:00
_ISO_END = r"(?:(?![\d.])|(?<=\d\d)(?=(?:[01]\d|2[0-3])[:：][0-5]\d))"
_NOT_DIGIT_AROUND = r"(?<![\d./:：\-])"


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


def _short_year(short: Optional[str]) -> Optional[int]:
    """The year a two-digit year names: 08 and 零八 are 2008, 24 is 2024, 98 and 九七 are 1998, 1997."""
    y = _num(short)
    if y is None:
        return None
    return 1900 + y if y > _SHORT_YEAR_PIVOT and short[0] not in "0零〇" else 2000 + y


def _approximate_years(digits: str) -> bool:
    """七八年, 一二年, 三五年 alone: two or three, seven or eight years (a length), not 1978."""
    a, b = _num(digits[0]), _num(digits[1])
    return a is not None and b is not None and (b == a + 1 or (a, b) == (3, 5))


def _date(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    g = m.groupdict()
    year = _num(g.get("y"))
    short = g.get("ys")
    if short and len(short) == 2 and not short.isdigit() and not g.get("m") and _approximate_years(short):
        return None
    if short:
        year = _short_year(short)
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


# a list of days after a dated one: 1月5日、6日和8日, 9月10号，11号 (the later days take its month)
_LISTED = rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月{_DAY}[日号](?:[、，,和及与]{_DAY}[日号])*[、，,和及与]$"
_LISTED_RE = re.compile(_LISTED)
_LIST_LOOKBACK = 48


def _day(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    day = _num(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    listed = _LISTED_RE.search(ctx.text, max(0, m.start() - _LIST_LOOKBACK), m.start())
    if listed is None:
        if m.group(0).endswith("号"):
            return None  # 3号 alone is a number of a thing (3号线, 1号文件), a day only in a list
        return Candidate(m.start(), m.end(), DATE.name, f"XXXX-XX-{day:02d}", None, "exact", None, r.name)
    value = _format(_num(listed.group("y")), _num(listed.group("m")), day)
    if value is None:
        return None
    return Candidate(m.start(), m.end(), DATE.name, value, None, "exact", None, r.name)


def _ends(m: re.Match) -> Optional[tuple[str, str]]:
    """The two ends of a span of days or months; the second end takes what it omits from the first."""
    g = m.groupdict()
    y1 = _short_year(g["ys"]) if g.get("ys") else _num(g.get("y"))
    y2 = _short_year(g["ys2"]) if g.get("ys2") else _num(g.get("y2"))
    m1, d1 = _num(g.get("m")), _num(g.get("d"))
    m2, d2 = _num(g.get("m2")), _num(g.get("d2"))
    if y2 is None:
        y2 = y1
    if m2 is None:
        m2 = m1
    if any(v is not None and not 1800 <= v <= 2199 for v in (y1, y2)):
        return None
    a, b = _format(y1, m1, d1), _format(y2, m2, d2)
    if a is None or b is None or a[:4] != b[:4] and "XXXX" in (a[:4], b[:4]) or not a < b:
        return None
    return a, b


def _cv_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """1999.08-2002.02, 2008.03-2009: the second end as written, a month or a year."""
    a = _format(_num(m.group("y")), _num(m.group("m")), None)
    b = _format(_num(m.group("y2")), _num(m.group("m2")), None)
    if a is None or b is None or not a < b:
        return None
    return Candidate(m.start(), m.end(), DATE.name, a, None, "range", b, r.name)


def _short_span(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """1995—97年, 1985到89年9月: the second year written with its last two digits only."""
    y1 = _num(m.group("y"))
    if y1 is None or not 1800 <= y1 <= 2199:
        return None
    y2 = y1 // 100 * 100 + int(m.group("yy"))
    b = _format(y2, _num(m.group("m2")), None)
    if b is None or not y1 < y2:
        return None
    return Candidate(m.start(), m.end(), DATE.name, f"{y1:04d}", None, "range", b, r.name)


def _day_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    ends = _ends(m)
    if ends is None:
        return None
    return Candidate(m.start(), m.end(), DATE.name, ends[0], None, "range", ends[1], r.name)


def _months_of_year(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """2021年的第三个月, 2005年首月 (one month); 2022年前十一个月, 二零二一年后三月 (a span of months)."""
    g = m.groupdict()
    year = _short_year(g["ys"]) if g.get("ys") else _num(g.get("y"))
    n = 1 if g.get("first") else _num(g.get("n") or g.get("n2"))
    if year is None or not 1800 <= year <= 2199 or n is None or not 1 <= n <= 12:
        return None
    if g.get("dir") == "前" and n > 1:
        return Candidate(m.start(), m.end(), DATE.name, f"{year:04d}-01", None, "range", f"{year:04d}-{n:02d}", r.name)
    if g.get("dir") == "后" and n > 1:
        return Candidate(m.start(), m.end(), DATE.name, f"{year:04d}-{13 - n:02d}", None, "range",
                         f"{year:04d}-12", r.name)
    month = n if not g.get("dir") else (1 if g["dir"] == "前" else 12)
    return Candidate(m.start(), m.end(), DATE.name, f"{year:04d}-{month:02d}", None, "exact", None, r.name)


def _between(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    g = m.groupdict()
    m1, m2 = _num(g.get("m") or g.get("mo")), _num(g.get("m2") or g.get("mo2"))
    y1, y2 = _num(g.get("y")), _num(g.get("y2"))
    if (y1 is None) != (y2 is None) or (m1 is None) != (m2 is None):
        return None
    a, b = _format(y1, m1, None), _format(y2, m2, None)
    if a is None or b is None or not a < b:
        return None
    return Candidate(m.start(), m.end(), DATE.name, a, None, "range", b, r.name)


def _slash(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = _format(_num(m.group("y")), _num(m.group("m")), _num(m.group("d")))
    return None if value is None else Candidate(m.start(), m.end(), DATE.name, value, None, "exact", None, r.name)


def _month_day(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = _format(None, _num(m.group("m") or m.group("m2")), _num(m.group("d") or m.group("d2")))
    return None if value is None else Candidate(m.start(), m.end(), DATE.name, value, None, "exact", None, r.name)


def _month_range(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    year = _num(m.group("y"))
    m1, m2 = _num(m.group("m")), _num(m.group("m2"))
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12 or year is not None and not 1800 <= year <= 2199:
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    return Candidate(m.start(), m.end(), DATE.name, f"{y}-{m1:02d}", None, "range", f"{y}-{m2:02d}", r.name)


def _ymd(tag: str = "") -> str:
    """<year>年?<month>月<day>日?, groups tagged: a day of a span."""
    return (rf"(?:(?:(?P<y{tag}>{_YEAR})|(?P<ys{tag}>{_SHORT_YEAR}))年)?(?P<m{tag}>{_MONTH})月"
            rf"(?P<d{tag}>{_DAY})[日号]?")


def _span(name: str, pattern: str, build) -> Rule:
    """A rule for a span of dates (a range, the months of a year): it outranks the single dates
    and the year ranges inside it."""
    return rule(name, DATE.name, pattern, build, priority=5)


RULES = [
    rule("<year>年<month>月<day>日", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})|(?P<ys>{_SHORT_YEAR}|{_CN_YEAR_ALONE}))年"
         rf"(?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY}){_DAY_END})?)?",
         _date, priority=3),
    rule("<month>月<day>日", DATE.name,
         rf"(?<![\d.第{CN_DIGIT[1:-1]}十])(?P<m>{_MONTH})月(?:(?P<d>{_DAY}){_DAY_END})?(?!份额)", _date, priority=2),
    # 29日 alone (记者29日获悉): a day of an unnamed month; 3日内 and 一日之计 are not dates
    rule("<day>日", DATE.name, r"(?<![\d.第月])(?P<d>3[01]|[12]\d|0?[1-9]|廿[一二三四五六七八九]?)[日号](?![内间来后前之线])",
         _day, priority=1),
    rule("<year>年?<month>至<month>月", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月?{DASH}(?P<m2>{_MONTH})月{_NO_DAY_AFTER}",
         _month_range, priority=4),
    rule("<year>至<year>年", DATE.name, rf"{_NOT_NUM_BEFORE}(?P<y>{_YEAR})年?{DASH}(?P<y2>{_YEAR})年", _year_range, priority=4),
    rule("<year>.<month>.<day>", DATE.name,
         rf"{_NOT_NUM_BEFORE}{_ISO.format(t='')}{_ISO_END}",
         _date, priority=3),
    # 1994.01-19: separators mixed within one date; only a day that cannot be a month (13-31), since
    # 2019.08-12 is as often the months August to December of a CV as a day
    rule("<year>.<month>-<day>", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?P<y>{_Y4})(?P<sep>[.\-/])(?P<m>{_M12})(?!(?P=sep))[.\-/]"
         rf"(?P<d>1[3-9]|2\d|3[01]){_ISO_END}",
         _date, priority=3),
    _span("<date>至<date>",
         rf"{_NOT_NUM_BEFORE}{_ymd()}起?{DASH}(?:(?:(?:(?P<y2>{_YEAR})|(?P<ys2>{_SHORT_YEAR}))年)?(?P<m2>{_MONTH})月)?"
         rf"(?P<d2>{_DAY}){_DAY_END}", _day_range),
    _span("<iso date>至<iso date>",
         rf"{_NOT_NUM_BEFORE}{_ISO.format(t='')}起?{DASH}{_ISO.format(t='2')}{_ISO_END}", _day_range),
    rule("<year>至<yy>年", DATE.name,
         rf"{_NOT_NUM_BEFORE}(?P<y>{_Y4})年?{DASH}(?P<yy>\d\d)年(?:(?P<m2>{_MONTH})月)?{_NO_NUMERAL_AFTER}",
         _short_span, priority=4),
    _span("<year>年<month>月至<year>年<month>月",
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})|(?P<ys>{_SHORT_YEAR}))年(?P<m>{_MONTH})月{DASH}"
         rf"(?:(?P<y2>{_YEAR})|(?P<ys2>{_SHORT_YEAR}))年(?P<m2>{_MONTH})月{_NO_NUMERAL_AFTER}",
         _day_range),
    _span("<d/m/year>至<d/m/year>",
         rf"{_NOT_DIGIT_AROUND}(?P<d>{_D31})/(?P<m>{_M12})/(?P<y>{_Y4}){DASH}"
         rf"(?P<d2>{_D31})/(?P<m2>{_M12})/(?P<y2>{_Y4})(?![\d./%])",
         _day_range),
    _span("<year>.<month>至<year>.<month>",
         rf"{_NOT_DIGIT_AROUND}(?P<y>{_Y4})\.(?P<m>0[1-9]|1[0-2]){DASH}"
         rf"(?P<y2>{_Y4})(?:\.(?P<m2>0[1-9]|1[0-2]))?(?![\d.%])", _cv_range),
    _span("<date>和<date>之间",
         rf"{_NOT_NUM_BEFORE}(?:(?:(?P<y>{_YEAR})年(?:(?P<m>{_MONTH})月)?)|(?P<mo>{_MONTH})月)和"
         rf"(?:(?:(?P<y2>{_YEAR})年(?:(?P<m2>{_MONTH})月)?)|(?P<mo2>{_MONTH})月)之?间", _between),
    _span("<year>年第N个月",
         rf"{_NOT_NUM_BEFORE}(?:(?P<y>{_YEAR})|(?P<ys>\d\d|{CN_DIGIT}{{2}}))年的?"
         rf"(?:(?P<first>首)月|第(?P<n>{_MONTH})个?月|(?P<dir>[前后])(?P<n2>{_MONTH}|两)个?月)", _months_of_year),
    rule("<yyyymmdd>", DATE.name,
         rf"(?<![\dA-Za-z.\-/])(?P<y>{_Y4})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\dA-Za-z.%])",
         _date, priority=1),
    # 09-01 (a web page's furniture, often with its clock: 09-01 20:01): a month-day written with two
    # digits each and a leading zero or a clock; 10-12 alone is a score or a range, not a date
    rule("<mm>-<dd>", DATE.name,
         rf"(?<![\d./\-:])(?:(?P<m>0[1-9])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d./\-:%])"
         rf"|(?P<m2>1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01])(?=\s?(?:[01]\d|2[0-3])[:：][0-5]\d))",
         _month_day, priority=1),
    # 3/4 alone is a fraction: a slash date needs its year
    rule("<day>/<month>/<year>", DATE.name,
         rf"{_NOT_DIGIT_AROUND}(?P<d>{_D31})/(?P<m>{_M12})/(?P<y>{_Y4})(?![\d./%])",
         _slash, priority=1),
]
