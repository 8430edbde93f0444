"""Conformance with the peers' own test suites (../shared/peers), counted under CONTRACT.md's rules.

    python bench/conformance.py [--peers ../shared/peers] [--json] [--show N] [--excluded] [--write-excluded]

Suites: Recognizers-Text (RT) Chinese CurrencyModel, PercentModel, DimensionModel, NumberModel,
DateTimeModel; JioNLP money (parse, extract) and time (extract, parse); cn2an (cn2an(), transform).

EVERY case of a suite counts (RT's NotSupported and NotSupportedByDesign cases too), except a case whose
expected value contradicts CONTRACT.md: such a case is EXCLUDED with one reason drawn from REASONS below,
and listed (`--excluded`; `--write-excluded` writes bench/conformance_excluded.md). A case that CONTRACT
can express but that we do not parse is a failure, never an exclusion. Where CONTRACT writes the same
answer differently (近 is `about`, `4周` is 4 周), the case counts under our rule: TRANSLATIONS says how,
applied in one place each, never per case. A case with several expected results counts when at least one
of them is a CONTRACT fact; the spans of the others are then neither wanted nor counted as extra.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.numerals import number_value  # noqa: E402
from extractor.page import Page  # noqa: E402
from extractor.pipeline import page_records  # noqa: E402

DEFAULT_PEERS = ROOT.parent / "shared" / "peers"
EXCLUDED_MD = ROOT / "bench" / "conformance_excluded.md"

# The only reasons for which a case is left out: each is a place where the peer's expected value
# contradicts CONTRACT.md (quoted), never "unsupported".
REASONS = {
    "relative": "the peer resolves a relative time against its reference clock (明年, 今日, 5天前, 本月十日, "
                "上个季度, 未来7天, 2025年前 meaning from now until 2025); CONTRACT: \"Relative words alone "
                "(今年, 目前, 近日) are not date records\" and a date carries only what is written",
    "time of day": "the expected value is a time of day or a date with its time (下午5:00, 1987年1月11日八点, "
                   "15点20分到16点30); CONTRACT's date values stop at the day (`2022`, `2022-05`, `2022-05-17`)",
    "period name": "a week, weekday, quarter, season, half-year, decade, century, holiday, solar term or part "
                   "of a month or year (第一周, 周三, 一季度, 夏天, 上半年, 九十年代, 国庆, 冬至, 年底, 中旬); "
                   "CONTRACT's date values (`2022`, `2022-05`, `2022-05-17`, `XXXX-11`) have no form for it",
    "calendar": "a lunar or reign-era date (农历, 正月初一, 腊月, 康熙三年); the peer converts it to a Gregorian "
                "date that the text does not write, while CONTRACT's date is the ISO date as written",
    "recurring": "a recurring time (每天, 每周一, 每年9月); CONTRACT has no record type for it",
    "compound duration": "a duration in two or more units (8天20小时, 四年六个月, 13天—8周); a CONTRACT record "
                         "has one value in one unit",
    "bare amount": "a 万/亿 amount or 块 with no money word in its text (三百万, 15k左右, 三五百块) that the peer "
                   "reads as 元; CONTRACT: such an amount is money only \"when the sentence is about money\"",
    "fraction": "the peer expects no percent for a fraction (三分之二, 五百分之2.2); CONTRACT: \"`三分之二` is "
                "66.667\", a percent",
    "name": "a number inside a name or code (the event name 6·30, phone 003, the serial 一二点三零 read digit "
            "by digit, the year of a document number 财税2016 36号); CONTRACT: \"Numbers inside names ... are not facts\"",
    "not a date": "the peer expects a date that is no calendar date (0年0月40日, 零年貳月); a CONTRACT date is an "
                  "ISO date",
}

TRANSLATIONS = """\
How a peer's answer is read where CONTRACT writes the same thing differently (the case still counts):
 1. 近 N is `about` (JioNLP: blur-, i.e. under).
 2. N多 / N余 is value N with qualifier `over` (JioNLP: the range [N, next order]); 几十万 / 数十亿 /
    十几 are the lower bound with `over` (JioNLP: a range).
 3. Percents are positive; a sign (`-22.2%`, `负3.9%`) belongs to the metric, so the span starts after it.
 4. `5-20%` is one range record (5 to 20 %), not the single 20% that RT reports.
 5. A span is the date or amount itself: a currency name, 从/自, 截止到, an open end (以前, 之后,
    或之前, 及以后, 开始, 起, 以来) or a weekday (，星期一) written around it stays outside it and is not
    checked.
 6. Quantities keep the unit as written: `三千比特` is 3000 比特 (RT: 3 Kilobit); values are compared
    in the peer's unit.
 7. Durations keep the unit as written: `4周` is 4 周 (JioNLP: 28 days), `五个季度` is 5 季度 (15 months);
    compared after conversion.
 8. A month or day without a year has `XXXX` for the year (JioNLP fills in its reference year).
 9. Money in a foreign currency keeps that currency as its unit; only 人民币 amounts are 元.
10. Any fraction is a percent (二分之一 is 50%).
11. 块 alone is also the classifier of pieces (3000块砖): money only in a sentence about money.
12. An amount in a currency is money, not a bare number: RT NumberModel's `一美元` and `一折` expect no
    number; only count, quantity, duration and date must stay silent there.
13. A span of years, months or days (1995-1997年, 三月到五月, 2019年6月1日-6月30日) is one date record:
    value the first, value_max the last, qualifier `range`.
"""


# ---------------------------------------------------------------- running the extractor

NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")


def extract(text: str, types: Iterable[str] = NUMERIC) -> list[dict]:
    """Our numeric facts of one input, offsets into the input."""
    page = Page.read(text, "case")
    return page_records(page, list(types), None, scope=False)


def close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return a == b
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


@dataclass
class Want:
    """One expected fact: span (None = any span), value, unit check, qualifier, value_max."""

    start: Optional[int]
    end: Optional[int]
    value: object
    unit: Optional[Callable[[str], bool]] = None
    qualifier: Optional[str] = None
    value_max: object = None
    convert: Optional[Callable[[dict], float]] = None  # our value in the peer's unit
    span_only: bool = False

    def cause(self, got: dict) -> Optional[str]:
        """None when `got` matches, else the first cause of difference."""
        if self.start is not None and (got["start"], got["end"]) != (self.start, self.end):
            return "span"
        if self.span_only:
            return None
        ours = self.convert(got) if self.convert else got["value"]
        if not close(ours, self.value):
            return "value"
        if self.unit is not None and not self.unit(got.get("unit") or ""):
            return "unit"
        if self.qualifier is not None and got.get("qualifier") != self.qualifier:
            return "qualifier"
        if self.value_max is not None and not close(got.get("value_max"), self.value_max):
            return "value_max"
        return None


# what one expected result becomes: a Want to check, or the key of REASONS that excludes it
Expect = Union[Want, str]


@dataclass
class Result:
    name: str
    counted: int = 0
    passed: int = 0
    excluded: list = field(default_factory=list)  # (case, reason key)
    causes: dict = field(default_factory=lambda: defaultdict(list))

    @property
    def rate(self) -> float:
        return self.passed / self.counted if self.counted else 0.0

    def exclude(self, label: str, reason: str) -> None:
        assert reason in REASONS, reason
        self.excluded.append((label, reason))

    def fail(self, cause: str, example: str) -> None:
        self.causes[cause].append(example)

    def table_row(self) -> str:
        total = self.counted + len(self.excluded)
        return f"| {self.name} | {total} | {self.counted} | {self.passed} | {100 * self.rate:.1f}% | {len(self.excluded)} |"


def judge(res: Result, label: str, wants: list[Want], got: list[dict],
          ignore: Iterable[tuple[int, int]] = ()) -> None:
    """One case: every want matched by one of `got`, and nothing else in `got` (outside `ignore`)."""
    res.counted += 1
    got = list(got)
    causes = []
    for w in wants:
        best, best_cause = None, "missed"
        for g in got:
            c = w.cause(g)
            if c is None:
                best, best_cause = g, None
                break
            if w.start is not None and g["start"] < w.end and w.start < g["end"] and best_cause == "missed":
                best_cause = c
        if best is not None:
            got.remove(best)
        else:
            causes.append(best_cause)
    ignore = list(ignore)
    extra = [g for g in got if not any(g["start"] < e and s < g["end"] for s, e in ignore)]
    if extra:
        causes.append("extra")
    if not causes:
        res.passed += 1
        return
    shown = ", ".join(f"{g['text']}={g['value']}{'..' + str(g['value_max']) if g.get('value_max') else ''}"
                      f"{g.get('unit') or ''}/{g.get('qualifier')}" for g in got) or "-"
    res.fail(causes[0], f"{label}  [got {shown}]")


def judge_or_exclude(res: Result, label: str, expects: list[tuple[int, int, Expect]], got: list[dict]) -> None:
    """A case whose expected results are each a Want or an exclusion reason: excluded when none is a Want,
    else judged on its Wants, the spans of the excluded results ignored."""
    wants = [x for _, _, x in expects if isinstance(x, Want)]
    reasons = [x for _, _, x in expects if isinstance(x, str)]
    if reasons and not wants:
        res.exclude(label, reasons[0])
        return
    ignore = [(s, e) for s, e, x in expects if isinstance(x, str)]
    judge(res, label, wants, got, ignore)


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


# ---------------------------------------------------------------- Recognizers-Text

def _rt_cases(peers: Path, rel: str) -> list[dict]:
    return json.loads((peers / "recognizers-text" / rel).read_text(encoding="utf-8"))


def _unit_is(*names: str) -> Callable[[str], bool]:
    return lambda u: u.lower() in {n.lower() for n in names}


def _ours_money_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Translation 5: a currency name written before the number is outside the span."""
    m = re.match(r"(?:人民币)\s*", text[s:e])
    return (s + m.end(), e) if m and m.end() < e - s else (s, e)


def rt_currency(peers: Path) -> Result:
    res = Result("RT CurrencyModel (人民币; others not 元)")
    for case in _rt_cases(peers, "NumberWithUnit/Chinese/CurrencyModel.json"):
        text = case["Input"]
        wants, foreign = [], []
        for r in case["Results"]:
            v = r["Resolution"].get("value")
            if v is None:
                continue  # a bare currency name is no fact
            s, e = _ours_money_span(text, r["Start"], r["End"] + 1)
            if r["Resolution"].get("isoCurrency") == "CNY":
                wants.append(Want(s, e, v, _unit_is("元")))
            else:
                foreign.append((s, e))
        yuan = [g for g in extract(text, ["money"]) if g["unit"] == "元"]
        # other currencies must not come out as 元 (translation 9)
        if any(g["start"] < fe and fs < g["end"] for g in yuan for fs, fe in foreign):
            res.counted += 1
            res.fail("foreign as 元", text)
            continue
        judge(res, text, wants, yuan)
    return res


_PCT_SIGN = re.compile(r"^(?:-|－|负|負)\s*")


def rt_percent(peers: Path) -> Result:
    res = Result("RT PercentModel")
    for case in _rt_cases(peers, "Number/Chinese/PercentModel.json"):
        text = case["Input"]
        if not case["Results"] and "分之" in text:
            res.exclude(text, "fraction")
            continue
        wants = []
        for r in case["Results"]:
            s, e = r["Start"], r["End"] + 1
            value = abs(float(r["Resolution"]["value"].rstrip("%")))
            m = _PCT_SIGN.match(text[s:e])
            if m:
                s += m.end()  # translation 3
            rng = re.search(r"(\d+(?:\.\d+)?)\s*[-~至到]\s*$", text[:s])
            if rng:  # translation 4: RT's lone `20%` of `5-20%` is the range that ends there
                wants.append(Want(rng.start(1), e, float(rng.group(1)), qualifier="range", value_max=value))
                continue
            raw = re.sub(r"\s+", "", text[s:e])
            points = "百分点" in raw or "百分點" in raw
            wants.append(Want(s, e, value, _unit_is("个百分点") if points else _unit_is("%")))
        judge(res, text, wants, extract(text, ["percent"]))
    return res


# RT's English unit -> our units as written; factor from our unit to RT's (translation 6)
_DIM_UNITS = {
    "Mu": ("亩",), "Kilogram": ("公斤", "千克", "kg"), "Centimeter": ("公分", "厘米", "cm"),
    "Ton": ("吨",), "Meter": ("米", "m"), "Jin": ("斤",), "Liang": ("两",), "Kilometer": ("千米", "公里", "km"),
    "Gram": ("克", "g"), "Microgram": ("微克",), "Kilobit": ("比特",), "Kilobyte": ("字节",),
    "Megabyte": ("兆字节", "MB"), "Bit": ("位", "比特"), "Hertz": ("赫兹", "赫", "Hz"),
    "Megahertz": ("兆赫兹", "兆赫", "MHz"), "Kilowatt": ("千瓦", "kW"), "Kilocalorie": ("千卡", "大卡", "kcal"),
}
_DIM_FACTOR = {"Kilobit": 1000, "Kilobyte": 1000}


def rt_dimension(peers: Path) -> Result:
    res = Result("RT DimensionModel")
    for case in _rt_cases(peers, "NumberWithUnit/Chinese/DimensionModel.json"):
        text = case["Input"]
        wants = []
        for r in case["Results"]:
            unit = r["Resolution"]["unit"]
            factor = _DIM_FACTOR.get(unit, 1)
            wants.append(Want(r["Start"], r["End"] + 1, float(r["Resolution"]["value"]),
                              _unit_is(*_DIM_UNITS.get(unit, ())),
                              convert=lambda g, f=factor: float(g["value"]) / f))
        judge(res, text, wants, extract(text, ["quantity"]))
    return res


def rt_number(peers: Path) -> tuple[Result, Result]:
    """Values through our numeral parser; and cases expecting no number must give no fact."""
    values = Result("RT NumberModel values (numeral parser)")
    nothing = Result("RT NumberModel no-number cases (no fact)")
    for case in _rt_cases(peers, "Number/Chinese/NumberModel.json"):
        text = case["Input"]
        if not case["Results"]:
            judge(nothing, text, [], extract(text, ["count", "quantity", "duration", "date"]))  # translation 12
            continue
        for r in case["Results"]:
            raw = text[r["Start"]: r["End"] + 1]
            values.counted += 1
            got = number_value(raw)
            if got is not None and close(got, float(r["Resolution"]["value"])):
                values.passed += 1
            else:
                values.fail("unparsed" if got is None else "value", f"{raw} -> {got} (want {r['Resolution']['value']})")
    return values, nothing


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
        return s, e, Want(s, e, float(m.group(1) or m.group(3)), _unit_is(*_DURATION_UNITS[unit]))
    if v.get("Mod"):
        s, e = _date_core(text, s, e)  # translation 5
    weekday = _WEEKDAY_AFTER.match(text[s:e])
    if weekday and _TIMEX_POINT.match(timex):
        e = s + weekday.end(1)  # translation 5: 10月12号，星期一 is the date 10月12号
    raw = text[s:e]
    reason = _date_reason(raw)
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
    for case in _rt_cases(peers, "DateTime/Chinese/DateTimeModel.json"):
        text = case["Input"]
        expects = [_rt_expect(text, r) for r in case["Results"]]
        judge_or_exclude(res, text, expects, extract(text, ["date", "duration"]))
    return res


# ---------------------------------------------------------------- JioNLP

def _jio(peers: Path, name: str) -> list[dict]:
    return json.loads((peers / "jionlp" / name).read_text(encoding="utf-8"))


_VAGUE = re.compile(r"[几幾数數]|十几|多|余")
_NEAR = re.compile(r"^近")


def _ours_money(case: dict) -> Expect:
    """JioNLP's parse of a 元 amount under our rules (translations 1, 2, 11), or why it is no money for us."""
    text, exp = case["input"], case["expected"]
    num, definition = exp["num"], exp["definition"]
    if not re.search(r"元|圆|人民币|钱|毛|角", text):
        return "bare amount"
    if isinstance(num, list):
        if _VAGUE.search(text) and not re.search(r"[到至~\-—－]", text):
            return Want(None, None, float(num[0]), _unit_is("元"), "over")  # translation 2
        return Want(None, None, float(num[0]), _unit_is("元"), "range", float(num[1]))
    qual = {"accurate": "exact", "blur": "about", "blur+": "over", "blur-": "under"}[definition]
    if _NEAR.search(text):
        qual = "about"  # translation 1
    return Want(None, None, float(num), _unit_is("元"), qual)


def jio_money(peers: Path) -> tuple[Result, Result, Result]:
    parse = Result("JioNLP parse_money (元)")
    extract_res = Result("JioNLP extract_money")
    foreign = Result("JioNLP parse_money other currencies (not 元)")
    for case in _jio(peers, "money_cases.json"):
        text = case["input"]
        if case["test"] == "extract_money":
            wants = [Want(x["offset"][0], x["offset"][1], None, span_only=True) for x in case["expected"]]
            judge(extract_res, text, wants, extract(text, ["money"]))
            continue
        got = extract(text, ["money"])
        if case["expected"]["case"] != "元":
            foreign.counted += 1
            if any(g["unit"] == "元" for g in got):
                foreign.fail("foreign as 元", text)
            else:
                foreign.passed += 1
            continue
        want = _ours_money(case)
        if isinstance(want, str):
            parse.exclude(text, want)
            continue
        judge(parse, text, [want], got)
    return parse, extract_res, foreign


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
            return Want(None, None, vv, _unit_is(*_DELTA_UNITS[kv]), "under")
        if kv == "infinite" and ku in _DELTA_UNITS:
            return Want(None, None, vu, _unit_is(*_DELTA_UNITS[ku]), "over")
        if len(set(_DURATION_WORD.findall(text))) > 1:
            return "compound duration"  # 13天—8周
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
    reason = _date_reason(text)
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


def jio_time(peers: Path) -> tuple[Result, Result]:
    ext = Result("JioNLP extract_time (dates; negatives)")
    for case in _jio(peers, "time_extract_cases.json"):
        text = case["input"]
        expects = [_jio_extract_expect(text, x) for x in case["expected"]]
        judge_or_exclude(ext, text, expects, extract(text, ["date", "duration"]))
    parse = Result("JioNLP parse_time (dates, durations)")
    for case in _jio(peers, "time_parse_cases.json"):
        text = case["input"]
        want = _jio_parse_expect(case)
        if isinstance(want, str):
            parse.exclude(text, want)
            continue
        types = ["duration"] if case["expected"]["type"] == "time_delta" else ["date"]
        judge(parse, text, [want], extract(text, types))
    return ext, parse


# ---------------------------------------------------------------- cn2an

def cn2an(peers: Path) -> tuple[Result, Result]:
    values = Result("cn2an cn2an() values (numeral parser)")
    for case in json.loads((peers / "cn2an" / "cases.json").read_text(encoding="utf-8")):
        text = case["input"]
        got = number_value(text)
        if "direct" in case["modes"]:
            values.exclude(text, "name")  # digit by digit (零一, 幺八九): a code, not an amount
            continue
        values.counted += 1
        if case["modes"]:
            if got is not None and close(got, case["expected"]):
                values.passed += 1
            else:
                values.fail("unparsed" if got is None else "value", f"{text} -> {got} (want {case['expected']})")
        elif got is None:  # never a number in the modes that read amounts: our parser must refuse it
            values.passed += 1
        else:
            values.fail("accepted a non-number", f"{text!r} -> {got}")
    words = Result("cn2an transform (numbers in sentences)")
    for case in json.loads((peers / "cn2an" / "transform_cases.json").read_text(encoding="utf-8")):
        if case["method"] != "cn2an":
            continue  # an2cn writes numbers out in words: the inverse of extraction, not measured
        _transform(words, case["input"], case["expected"])
    return values, words


_ARABIC = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def _fact_numbers(got: list[dict]) -> list[float]:
    out: list[float] = []
    for g in got:
        if g["type"] == "date":
            for v in (g["value"], g.get("value_max")):
                out += [float(p) for p in re.findall(r"\d+", v or "")]
            continue
        out.append(abs(float(g["value"])))
        if g.get("value_max") is not None:
            out.append(abs(float(g["value_max"])))
    return out


def _transform(res: Result, text: str, expected: str) -> None:
    """cn2an rewrites the numbers of a sentence in digits: each must be the value of one of our facts
    (a date's year, month, day), a fraction as its percent (translation 10), an ordinal (第1) is no fact."""
    written = [m for m in _ARABIC.finditer(expected) if not expected[:m.start()].endswith("第")]
    kept = set(_ARABIC.findall(text))
    want = []
    for m in written:
        if m.group() in kept:
            continue
        a, _, b = m.group().lstrip("-").partition("/")
        want.append(float(a) / float(b) * 100 if b else float(a))
    if any(re.match(r"0+\d", m.group().lstrip("-")) for m in written):
        res.exclude(text, "name")  # 003, -01: digits of a code
        return
    if re.search(r"(?:^|\D)0年0?\d*月", expected):
        res.exclude(text, "not a date")
        return
    ours = _fact_numbers(extract(text))
    res.counted += 1
    missing = [w for w in want if not any(close(w, o) for o in ours)]
    extra = [o for o in ours if not any(close(o, w) for w in want)]
    if not missing and not extra:
        res.passed += 1
    else:
        res.fail("missed" if missing else "extra", f"{text} -> {expected}  [ours {ours}]")


# ---------------------------------------------------------------- main

def run_all(peers: Path = DEFAULT_PEERS) -> list[Result]:
    out: list[Result] = [rt_currency(peers), rt_percent(peers), rt_dimension(peers)]
    out += list(rt_number(peers))
    out.append(rt_datetime(peers))
    out += list(jio_money(peers))
    out += list(jio_time(peers))
    out += list(cn2an(peers))
    return out


def excluded_markdown(results: list[Result]) -> str:
    """Every excluded case with its reason, and the reasons in full."""
    lines = ["# Peer cases excluded from conformance counting", "",
             "Written by `python bench/conformance.py --write-excluded`; do not edit by hand. A case is excluded",
             "only when its expected value contradicts CONTRACT.md, for one of these reasons:", ""]
    used = Counter(reason for r in results for _, reason in r.excluded)
    for key, text in REASONS.items():
        lines.append(f"- **{key}** ({used.get(key, 0)} cases): {text}")
    for r in results:
        if not r.excluded:
            continue
        lines += ["", f"## {r.name}: {len(r.excluded)} excluded of {r.counted + len(r.excluded)}", "",
                  "| case | reason |", "| --- | --- |"]
        for label, reason in r.excluded:
            lines.append(f"| `{label.replace('|', '¦')}` | {reason} |")
    return "\n".join(lines) + "\n"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", type=Path, default=DEFAULT_PEERS)
    ap.add_argument("--json", action="store_true", help="print counts per suite as JSON")
    ap.add_argument("--show", type=int, default=3, help="examples per failure cause")
    ap.add_argument("--excluded", action="store_true", help="list every excluded case with its reason")
    ap.add_argument("--write-excluded", action="store_true", help=f"write the list to {EXCLUDED_MD.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    if not args.peers.is_dir():
        print(f"no peer suites at {args.peers}", file=sys.stderr)
        return 2
    results = run_all(args.peers)
    if args.write_excluded:
        EXCLUDED_MD.write_text(excluded_markdown(results), encoding="utf-8")
    if args.excluded:
        print(excluded_markdown(results))
        return 0
    if args.json:
        print(json.dumps({r.name: {"cases": r.counted + len(r.excluded), "counted": r.counted, "passed": r.passed,
                                   "excluded": len(r.excluded)} for r in results}, ensure_ascii=False, indent=1))
        return 0
    print(TRANSLATIONS)
    print("| suite | cases | counted | passed | rate | excluded |\n| --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(r.table_row())
    for r in results:
        if not r.causes:
            continue
        print(f"\n## {r.name}: failures by cause")
        for cause, examples in sorted(r.causes.items(), key=lambda kv: -len(kv[1])):
            print(f"  {cause} ({len(examples)})")
            for ex in examples[: args.show]:
                print(f"      {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
