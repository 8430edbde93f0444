"""The date and time suites of bench/conformance.py: RT DateTimeModel and JioNLP's time cases. Which
expected times CONTRACT can hold (a written date, a span of them, a duration in one unit) and which it
cannot (REASONS: relative, time of day, period name, calendar, recurring, compound duration)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Optional

from conformance_core import (Expect, Result, Want, extract, jio_cases, judge, judge_or_exclude, rt_cases,
                              unit_is)

# ---------------------------------------------------------------- dates and times, shared

_CN_DIGITS = str.maketrans("〇零一二三四五六七八九０１２３４５６７８９", "001234567890123456789")
_RELATIVE = re.compile(
    r"今|明[年天日晚早]|昨|前天|[后後]天|去年|前年|大前|次年|次日|同月|本月|本周|本季|这|這|上个|下个|上個|下個|上上|下下"
    r"|上一|下一|上月|下月|上周|下周|上年|当月|当日|本日|当天|最近|过去|過去|未来|今后|现在|至今|之后|以后|之前|以前|以来|以內|以内"
    r"|^[近过再]|[前后後]\s*\d|(?<!\d\d\d)[\d一二两三四五六七八九十百千万半多几]\s*[个個]?\s*(?:天|日|年|月|周|週|星期|小时|小時|分钟"
    r"|钟头|秒)\s*半?\s*(?:之|以)?[前后後内](?![\d一二两三四五六七八九十])")
_PERIOD = re.compile(
    r"周|週|星期|礼拜|禮拜|季|春|夏|秋|冬|世纪|年代|半年|半月|半周|旬|初|底|末|伊始|节|除夕|元宵|端午|中秋|七夕"
    r"|国庆|國慶|寒假|暑假|冬至|夏至|大寒|小寒|芒种|清明|立春|早间|全天")
_CALENDAR = re.compile(r"农历|阴历|農曆|陰曆|正月|腊月|臘月|闰|閏|初[一二三四五六七八九十]|大年|元年|康熙|雍正|乾隆|民国|神龙")
_TIME_WORDS = re.compile(r"\d\s*[:：]\s*\d|[点點时時](?!间)|上午|下午|中午|晚上|早上|凌晨|夜|今早|今晨|黎明|白天|午后|午夜")


def _year_written(raw: str, year: str) -> bool:
    """Whether a year the peer resolved is written in the text (2008 as 2008, 08 or 零八)."""
    norm = re.sub(r"\s+", "", raw.translate(_CN_DIGITS))
    return year in norm or year[2:] in norm


_BARE_NUMBER = re.compile(r"[=\s]*\d{1,4}\s*")


def _date_reason(raw: str) -> Optional[str]:
    """Why a written time expression has no CONTRACT date value, or None when it may have one."""
    if _CALENDAR.search(raw):
        return "calendar"
    if _RELATIVE.search(raw):
        return "relative"
    if _PERIOD.search(raw):
        return "period name"
    if _TIME_WORDS.search(raw):
        return "time of day"
    return None


# the words around a date that translation 5 leaves outside its span
_LEAD = re.compile(r"^(?:在|从|自从|自|截止到|截至|到|=)\s*")
_OPEN_END = re.compile(r"\s*(?:或|及)?(?:之前|以前|之后|以后|以来|开始|起|前)$")


def _date_core(text: str, s: int, e: int) -> tuple[int, int]:
    m = _LEAD.match(text[s:e])
    if m and m.end() < e - s:
        s += m.end()
    m = _OPEN_END.search(text[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


# ---------------------------------------------------------------- Recognizers-Text DateTimeModel

_WEEKDAY_AFTER = re.compile(r"^(.*?\S)[，,\s]*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]$")
_TIMEX_POINT = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-\d\d)?)?$")
_TIMEX_RANGE = re.compile(r"^\(([^,]+),([^,]+),P[^)]+\)$")
_TIMEX_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))$")
_DURATION_UNITS = {"Y": ("年",), "M": ("月",), "W": ("周", "星期", "週"), "D": ("天", "日"),
                   "H": ("小时", "小時"), "TM": ("分钟", "分鐘", "分"), "S": ("秒", "秒钟")}


def _granular(raw: str, point: str) -> str:
    """An ISO point cut to what the text writes: a day, a month or a year."""
    if re.search(r"[日号號]|\d\s*[/.\-]\s*\d+\s*[/.\-]\s*\d|^\d{1,2}/\d{1,2}$", raw):
        return point[:10]
    return point[:7] if "月" in raw or re.search(r"\d{4}[./]\d|\d{4}-\d{1,2}(?!\d)", raw) else point[:4]


def _rt_expect(text: str, r: dict) -> tuple[int, int, Expect]:
    """One datetimeV2 result as our date or duration, or the reason it has none."""
    v = r["Resolution"]["values"][0]
    timex, kind = v.get("timex", ""), r["TypeName"].split(".")[-1]
    s, e = r["Start"], r["End"] + 1
    if kind == "set":
        return s, e, "recurring"
    if kind in ("time", "timerange", "datetime", "datetimerange"):
        return s, e, _date_reason(text[s:e]) if _RELATIVE.search(text[s:e]) else "time of day"
    if _CALENDAR.search(text[s:e]):
        return s, e, "calendar"
    if kind == "duration":
        m = _TIMEX_DURATION.match(timex)
        if not m:
            return s, e, "compound duration"
        unit = m.group(2) or ("TM" if m.group(4) == "M" else m.group(4))
        return s, e, Want(s, e, float(m.group(1) or m.group(3)), unit_is(*_DURATION_UNITS[unit]))
    if v.get("Mod"):
        s, e = _date_core(text, s, e)  # translation 5
    weekday = _WEEKDAY_AFTER.match(text[s:e])
    if weekday and _TIMEX_POINT.match(timex):
        e = s + weekday.end(1)  # translation 5: 10月12号，星期一 is the date 10月12号
    raw = text[s:e]
    reason = "bare number" if _BARE_NUMBER.fullmatch(raw) else _date_reason(raw)
    if reason:
        return s, e, reason
    if re.search(r"W|SU|SP|FA|WI|T", timex):
        return s, e, "period name"
    m = _TIMEX_RANGE.match(timex)
    if m:
        a, b = m.groups()
        if not _year_written(raw, a[:4]) and a[:4] != "XXXX":
            return s, e, "relative"
        s, e = _date_core(text, s, e)
        return s, e, Want(s, e, _granular(raw, a), qualifier="range", value_max=_granular(raw, b))
    if _TIMEX_POINT.match(timex):
        if timex[:4] != "XXXX" and not _year_written(raw, timex[:4]):
            return s, e, "relative"
        return s, e, Want(s, e, timex)
    return s, e, Want(s, e, timex)


def rt_datetime(peers: Path) -> Result:
    res = Result("RT DateTimeModel (dates, durations)")
    for case in rt_cases(peers, "DateTime/Chinese/DateTimeModel.json"):
        text = case["Input"]
        expects = [_rt_expect(text, r) for r in case["Results"]]
        judge_or_exclude(res, text, expects, extract(text, ["date", "duration"]))
    return res


# ---------------------------------------------------------------- JioNLP time

_DELTA_UNITS = {"year": ("年", "载", "周年"), "month": ("月",), "day": ("天", "日"), "hour": ("小时", "钟头", "小時"),
                "workday": ("工作日", "交易日"), "minute": ("分钟", "分"), "second": ("秒", "秒钟")}
# our unit as written -> how many of the peer's unit it is (translation 7)
_IN_DAYS = {"周": 7, "星期": 7, "礼拜": 7, "週": 7}
_IN_MONTHS = {"季度": 3}
_IN_MINUTES = {"刻钟": 15}


_DURATION_WORD = re.compile(r"年|月|周|週|星期|礼拜|天|日|小时|钟头|分钟|秒")


def _jio_duration(text: str, exp: dict) -> Expect:
    t = exp["time"]
    if isinstance(t, list):
        lo, hi = t
        if len(lo) != 1 or len(hi) != 1:
            return "compound duration"
        (ku, vu), (kv, vv) = next(iter(lo.items())), next(iter(hi.items()))
        if ku == "zero" and kv in _DELTA_UNITS:
            return Want(None, None, vv, unit_is(*_DELTA_UNITS[kv]), "under")
        if kv == "infinite" and ku in _DELTA_UNITS:
            return Want(None, None, vu, unit_is(*_DELTA_UNITS[ku]), "over")
        if len(set(_DURATION_WORD.findall(text))) > 1:
            return "compound duration"  # 13天—8周
        if ku == kv and ku in _DELTA_UNITS and vu == 0.5 and "大半" in text:
            return Want(None, None, vu, unit_is(*_DELTA_UNITS[ku]), "over")  # translation 14
        if ku == kv and ku in _DELTA_UNITS:
            conv = _converter(ku)
            return Want(None, None, vu, None, "range", vv, convert=conv)
        return "compound duration"
    if len(t) != 1:
        return "compound duration"
    unit, value = next(iter(t.items()))
    return Want(None, None, value, None, convert=_converter(unit))


def _converter(unit: str) -> Callable[[dict], float]:
    """Our duration in the peer's unit: 4周 is 28 day, 五个季度 15 month, 1刻钟 15 minute."""
    table = {"day": _IN_DAYS, "month": _IN_MONTHS, "minute": _IN_MINUTES}.get(unit, {})
    names = _DELTA_UNITS.get(unit, ())

    def conv(g: dict) -> float:
        u = g.get("unit") or ""
        if u in names:
            return float(g["value"])
        return float(g["value"]) * table[u] if u in table else float("nan")
    return conv


def _jio_date(text: str, lo: str, hi: str) -> Expect:
    """A JioNLP time point or span as our date (translations 8, 13)."""
    if re.search(r"·", text):
        return "name"
    if not re.search(r"[年月日号號.\-/]|\d{4}", text):
        return "period name"  # 十一, 五一: a holiday
    day_written = bool(re.search(r"[日号號]|\d{2,4}[.\-/]\d{1,2}[.\-/]\d{1,2}(?!\d)|^\d{2}-\d{2}$|^\d{8}$", text)
                       or re.fullmatch(r"\d{4}\s\d{1,2}\s\d{1,2}", text))
    if lo[5:10] == "01-01" and hi[5:10] == "12-31" and not re.search(r"月|\d[.\-/]\d", text):
        cut = 4
    elif lo[8:10] == "01" and not day_written:
        cut = 7
    else:
        cut = 10

    def iso(point: str) -> str:
        year = point[:4] if _year_written(text, point[:4]) else "XXXX"
        month = "-XX" if re.fullmatch(r"[\d〇零一二三四五六七八九十廿]+[日号號]", text) else point[4:7]
        return (year + month + point[7:cut]) if cut > 4 else year
    a, b = iso(lo), iso(hi)
    if re.search(r"(?:至|到|~|-|—)\s*\d{4}\s*年?$", text):
        b = b[:4]  # 2008.03-2009: the second end is a year as written
    if re.match(r"\d{4}\s*年?\s*(?:至|到|~|-|—)", text):
        a = a[:4]  # 1985到89年9月: the first end is a year as written
    if a == "XXXX":
        return "relative"
    if a == b:
        return Want(None, None, a)
    return Want(None, None, a, qualifier="range", value_max=b)


def _jio_parse_expect(case: dict) -> Expect:
    text, exp = case["input"], case["expected"]
    if exp["type"] == "time_period":
        return "recurring"
    if "农历" in (case.get("group") or "") and not (case.get("kwargs") or {}).get("lunar_date") is False:
        return "calendar"
    if exp["type"] == "time_delta":
        return _jio_duration(text, exp)
    lo, hi = exp["time"]
    base = case.get("time_base_local")
    if "inf" in (lo, hi) or "-inf" in (lo, hi) or base in (lo, hi):
        return "relative"
    reason = "bare number" if _BARE_NUMBER.fullmatch(text) else _date_reason(text)
    if reason:
        return reason
    if lo[11:] != "00:00:00" or hi[11:] != "23:59:59":
        return "time of day"
    return _jio_date(text, lo, hi)


def _jio_extract_expect(text: str, x: dict) -> tuple[int, int, Expect]:
    s, e = x["offset"]
    raw = text[s:e]
    reason = _date_reason(raw)
    if reason:
        return s, e, reason
    if re.fullmatch(r"\d{4}", raw) and re.match(r"\s*\d+\s*号", text[e:]):
        return s, e, "name"  # the year of a document number (财税2016 36号)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", raw)
    if m:
        return s, e, Want(s, e, raw)
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})[日号]?", raw)
    if m:
        return s, e, Want(s, e, f"XXXX-{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})至(\d{1,2})月(\d{1,2})", raw)
    if m:
        a, b = [f"XXXX-{int(m.group(i)):02d}-{int(m.group(i + 1)):02d}" for i in (1, 3)]
        return s, e, Want(s, e, a, qualifier="range", value_max=b)
    m = re.fullmatch(r"(\d{4})(\d\d)(\d\d)", raw)
    if m:
        return s, e, Want(s, e, f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    if re.fullmatch(r"\d{4}", raw):
        return s, e, Want(s, e, raw)
    return s, e, Want(s, e, raw, span_only=True)


# translation 15: 9月10号，11号，12号 is a date for each day listed, the peer's span from the first to the last
_DAY_LIST = re.compile(r"[日号號](?:\s*[，,、]\s*\d{1,2}[日号號])+$")
_LISTED_DAY = re.compile(r"(?<=[，,、])\s*\d{1,2}[日号號]")


def _day_list(text: str, want: Want) -> tuple[list[Want], list[tuple[int, int]]]:
    """The wants of one parse case and the spans not checked: a listed span's ends and its inner days."""
    if want.qualifier != "range" or not _DAY_LIST.search(text):
        return [want], []
    inner = [(m.start(), m.end()) for m in _LISTED_DAY.finditer(text)][:-1]
    return [Want(None, None, want.value), Want(None, None, want.value_max)], inner


def jio_time(peers: Path) -> tuple[Result, Result]:
    ext = Result("JioNLP extract_time (dates; negatives)")
    for case in jio_cases(peers, "time_extract_cases.json"):
        text = case["input"]
        expects = [_jio_extract_expect(text, x) for x in case["expected"]]
        judge_or_exclude(ext, text, expects, extract(text, ["date", "duration"]))
    parse = Result("JioNLP parse_time (dates, durations)")
    for case in jio_cases(peers, "time_parse_cases.json"):
        text = case["input"]
        want = _jio_parse_expect(case)
        if isinstance(want, str):
            parse.exclude(text, want)
            continue
        types = ["duration"] if case["expected"]["type"] == "time_delta" else ["date"]
        wants, inner = _day_list(text, want)
        judge(parse, text, wants, extract(text, types), inner)
    return ext, parse
