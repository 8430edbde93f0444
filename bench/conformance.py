"""Conformance with the peers' own test suites (../shared/peers), counted under CONTRACT.md's rules.

    python bench/conformance.py [--peers ../shared/peers] [--json] [--show N]

Suites: Recognizers-Text (RT) Chinese CurrencyModel, PercentModel, DimensionModel, NumberModel,
DateTimeModel; JioNLP money (parse, extract) and time (extract, parse); cn2an (numbers, transform).
For each: the cases in scope, how many pass, and the failures grouped by cause.

A case is in scope when what it expects is a CONTRACT fact (or nothing). Where CONTRACT deliberately
differs from a peer, the case is counted by our rule; every such difference is written down in
DIFFERENCES below and applied in one place (the `_ours_*` helpers), never per case.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.numerals import number_value  # noqa: E402
from extractor.page import Page  # noqa: E402
from extractor.pipeline import page_records  # noqa: E402

DEFAULT_PEERS = ROOT.parent / "shared" / "peers"

DIFFERENCES = """\
Deliberate CONTRACT differences (cases are counted by our rule):
 1. 近 N is `about` (JioNLP: blur-, i.e. under).
 2. N多 / N余 is value N with qualifier `over` (JioNLP: the range [N, next order]); 几十万 / 数十亿 /
    十几 are the lower bound with `over` (JioNLP: a range).
 3. A bare 万/亿 amount is money only when its sentence is about money: `三百万`, `肆佰叁拾萬`,
    `小于40万`, `15k左右` alone are not money (JioNLP reads them as 元).
 4. Percents are positive; a sign (`-22.2%`, `负3.9%`) belongs to the metric, so the span starts after it.
 5. `5-20%` is one range record (5 to 20 %), not the single 20% that RT reports.
 6. A span is the number and its unit: a currency name or 从/自 written before the number
    (`人民币 50元`, `从二零一六年至二零一八年`) stays outside it.
 7. Quantities keep the unit as written: `三千比特` is 3000 比特 (RT: 3 Kilobit); values are compared
    in the base unit.
 8. Durations keep the unit as written: `4周` is 4 周 (JioNLP: 28 days); compared after conversion.
 9. Dates carry only what is written: a month or day without a year has `XXXX`; relative dates
    (明年, 5天前, 今日), times of day, weeks and open ranges (2018年以前) are not date records.
10. Money in a foreign currency keeps that currency as its unit; only 人民币 amounts are 元.
11. Any fraction is a percent (三分之二 is 66.667%, 五百分之2.2 is 0.44%); RT reads only 百/千/万分之.
12. 块 alone is also the classifier of pieces (3000块砖): like a bare 万, it is money only in a
    sentence about money (`三块` after 花费 is; `三五百块` alone is not). 块钱 is always money.
13. An amount in a currency is money, not a bare number: RT NumberModel's `一美元` and `一折` expect
    no number because its other models read them; only count, quantity, duration and date must stay silent.
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

    def cause(self, got: dict) -> Optional[str]:
        """None when `got` matches, else the first cause of difference."""
        if self.start is not None and (got["start"], got["end"]) != (self.start, self.end):
            return "span"
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


@dataclass
class Result:
    name: str
    in_scope: int = 0
    passed: int = 0
    out_of_scope: int = 0
    causes: dict = field(default_factory=lambda: defaultdict(list))

    def fail(self, cause: str, example: str) -> None:
        self.causes[cause].append(example)

    def table_row(self) -> str:
        pct = 100.0 * self.passed / self.in_scope if self.in_scope else 0.0
        return f"| {self.name} | {self.in_scope} | {self.passed} | {pct:.1f}% | {self.out_of_scope} |"


def judge(res: Result, label: str, wants: list[Want], got: list[dict],
          ignore: list[tuple[int, int]] = ()) -> None:
    """One case: every want matched by one of `got`, and nothing else in `got` (outside `ignore`)."""
    res.in_scope += 1
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
    extra = [g for g in got if not any(g["start"] < e and s < g["end"] for s, e in ignore)]
    if extra:
        causes.append("extra")
    if not causes:
        res.passed += 1
        return
    shown = ", ".join(f"{g['text']}={g['value']}{g.get('unit') or ''}/{g.get('qualifier')}" for g in got) or "-"
    res.fail(causes[0], f"{label}  [got {shown}]")


# ---------------------------------------------------------------- Recognizers-Text

def _rt_cases(peers: Path, rel: str) -> list[dict]:
    return json.loads((peers / "recognizers-text" / rel).read_text(encoding="utf-8"))


def _dotnet_fails(case: dict) -> bool:
    """`dotnet` in NotSupported: even RT's reference implementation fails it; a wish, not a spec."""
    return "dotnet" in case.get("NotSupported", "").lower()


def _rt_supported(peers: Path, rel: str, res: Result) -> Iterator[dict]:
    """RT's cases in a file, less those its reference implementation fails (counted out of scope)."""
    for case in _rt_cases(peers, rel):
        if _dotnet_fails(case):
            res.out_of_scope += 1
            continue
        yield case


def _unit_is(*names: str) -> Callable[[str], bool]:
    return lambda u: u in names


_CURRENCY_NAMES = ("人民币",)


def _ours_money_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Difference 6: a currency name written before the number is outside the span."""
    m = re.match(r"(?:人民币)\s*", text[s:e])
    return (s + m.end(), e) if m and m.end() < e - s else (s, e)


def rt_currency(peers: Path) -> Result:
    res = Result("RT CurrencyModel (人民币; others not 元)")
    for case in _rt_supported(peers, "NumberWithUnit/Chinese/CurrencyModel.json", res):
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
        # other currencies must not come out as 元 (difference 10)
        if any(g["start"] < fe and fs < g["end"] for g in yuan for fs, fe in foreign):
            res.in_scope += 1
            res.fail("foreign as 元", text)
            continue
        judge(res, text, wants, yuan)
    return res


_PCT_SIGN = re.compile(r"^(?:-|－|负|負)\s*")


def rt_percent(peers: Path) -> Result:
    res = Result("RT PercentModel")
    for case in _rt_supported(peers, "Number/Chinese/PercentModel.json", res):
        text = case["Input"]
        if not case["Results"] and "分之" in text:
            res.out_of_scope += 1  # difference 11: a fraction is a percent for us
            continue
        wants = []
        spans = [(r["Start"], r["End"] + 1, r) for r in case["Results"]]
        # difference 5: `5-20%` is one range; RT's lone `20%` becomes the range that ends there
        for s, e, r in spans:
            value = abs(float(r["Resolution"]["value"].rstrip("%")))
            m = _PCT_SIGN.match(text[s:e])
            if m:
                s += m.end()  # difference 4
            rng = re.search(r"(\d+(?:\.\d+)?)\s*[-~至到]\s*$", text[:s])
            if rng:
                wants.append(Want(rng.start(1), e, float(rng.group(1)), qualifier="range", value_max=value))
                continue
            raw = re.sub(r"\s+", "", text[s:e])
            points = "百分点" in raw or "百分點" in raw
            wants.append(Want(s, e, value, _unit_is("个百分点") if points else _unit_is("%")))
        judge(res, text, wants, extract(text, ["percent"]))
    return res


# RT's English unit -> (our units as written, factor from our unit to RT's)
_DIM_UNITS = {
    "Mu": ("亩",), "Kilogram": ("公斤", "千克", "kg"), "Centimeter": ("公分", "厘米", "cm"),
    "Ton": ("吨",), "Meter": ("米", "m"), "Jin": ("斤",), "Liang": ("两",), "Kilometer": ("千米", "公里", "km"),
    "Gram": ("克", "g"), "Microgram": ("微克",), "Kilobit": ("比特",), "Kilobyte": ("字节",),
    "Megabyte": ("兆字节", "MB"), "Bit": ("位", "比特"),
}
_DIM_FACTOR = {"Kilobit": 1000, "Kilobyte": 1000}  # 三千比特: 3000 比特 is 3 Kilobit (difference 7)


def rt_dimension(peers: Path) -> Result:
    res = Result("RT DimensionModel")
    for case in _rt_supported(peers, "NumberWithUnit/Chinese/DimensionModel.json", res):
        text = case["Input"]
        wants = []
        for r in case["Results"]:
            unit = r["Resolution"]["unit"]
            factor = _DIM_FACTOR.get(unit, 1)
            names = tuple(n.lower() for n in _DIM_UNITS.get(unit, ()))
            wants.append(Want(r["Start"], r["End"] + 1, float(r["Resolution"]["value"]),
                              lambda u, names=names: u.lower() in names,
                              convert=lambda g, f=factor: float(g["value"]) / f))
        judge(res, text, wants, extract(text, ["quantity"]))
    return res


def rt_number(peers: Path) -> tuple[Result, Result]:
    """Values through our numeral parser; and cases expecting no number must give no fact."""
    values = Result("RT NumberModel values (numeral parser)")
    nothing = Result("RT NumberModel no-number cases (no fact)")
    for case in _rt_supported(peers, "Number/Chinese/NumberModel.json", values):
        text = case["Input"]
        if not case["Results"]:
            judge(nothing, text, [], extract(text, ["count", "quantity", "duration", "date"]))  # difference 13
            continue
        for r in case["Results"]:
            raw = text[r["Start"]: r["End"] + 1]
            values.in_scope += 1
            got = number_value(raw)
            if got is not None and close(got, float(r["Resolution"]["value"])):
                values.passed += 1
            else:
                values.fail("unparsed" if got is None else "value", f"{raw} -> {got} (want {r['Resolution']['value']})")
    return values, nothing


_NUMERAL = "0-9０-９〇零一二三四五六七八九十两兩壹贰貳叁肆伍陆陸柒捌玖拾"
_DATE_TEXT = re.compile(rf"^[{_NUMERAL}\s年月日号/\-–—至到]+$")
_DURATION_TEXT = re.compile(rf"^[{_NUMERAL}\s半个個年月日天周星期小时時钟頭头]+$")
_TIMEX_DATE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?$")
_TIMEX_YEARS = re.compile(r"^\((\d{4})-01-01,(\d{4})-01-01,P\d+Y\)$")
_TIMEX_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?)([YMDWH])$")
_DURATION_UNITS = {"Y": ("年",), "M": ("月",), "D": ("天", "日"), "W": ("周",), "H": ("小时",)}


def _lead_from(text: str, s: int, e: int) -> int:
    """Difference 6: 从/自 before a date range is outside the span."""
    m = re.match(r"[从自]\s*", text[s:e])
    return s + m.end() if m else s


def _date_want(text: str, r: dict) -> Optional[Want]:
    """A datetimeV2 result as our date or duration, or None when it has no CONTRACT equivalent."""
    v = r["Resolution"]["values"][0]
    timex, raw = v.get("timex", ""), text[r["Start"]: r["End"] + 1]
    s, e = r["Start"], r["End"] + 1
    if v.get("Mod"):
        return None
    kind = r["TypeName"].split(".")[-1]
    if kind in ("date", "daterange") and _DATE_TEXT.match(raw):
        if _TIMEX_DATE.match(timex) and not re.search(r"-XX", timex):
            return Want(s, e, timex, qualifier="exact")
        m = _TIMEX_YEARS.match(timex)
        if m:
            return Want(_lead_from(text, s, e), e, m.group(1), qualifier="range", value_max=m.group(2))
    if kind == "duration" and _DURATION_TEXT.match(raw):
        m = _TIMEX_DURATION.match(timex)
        if m:
            return Want(s, e, float(m.group(1)), _unit_is(*_DURATION_UNITS[m.group(2)]))
    return None


def rt_datetime(peers: Path) -> Result:
    res = Result("RT DateTimeModel (dates, durations)")
    for case in _rt_supported(peers, "DateTime/Chinese/DateTimeModel.json", res):
        text = case["Input"]
        if "python" in case.get("NotSupportedByDesign", ""):
            res.out_of_scope += 1
            continue
        wants, ignore = [], []
        for r in case["Results"]:
            w = _date_want(text, r)
            if w is None:
                ignore.append((r["Start"], r["End"] + 1))
            else:
                wants.append(w)
        if not wants and case["Results"]:
            res.out_of_scope += 1
            continue
        judge(res, text, wants, extract(text, ["date", "duration"]), ignore)
    return res


# ---------------------------------------------------------------- JioNLP

def _jio(peers: Path, name: str) -> list[dict]:
    return json.loads((peers / "jionlp" / name).read_text(encoding="utf-8"))


_VAGUE = re.compile(r"[几幾数數]|十几|多|余")
_NEAR = re.compile(r"^近")


def _ours_money(case: dict) -> Optional[Want]:
    """JioNLP's parse of a 元 amount under our rules (differences 1-3), or None: not money for us."""
    text, exp = case["input"], case["expected"]
    num, definition = exp["num"], exp["definition"]
    if not re.search(r"元|圆|人民币|钱|毛|角", text):
        return None  # differences 3 and 12: a bare amount (or 块) with no money in its sentence
    if isinstance(num, list):
        if _VAGUE.search(text) and not re.search(r"[到至~\-—－]", text):
            return Want(None, None, float(num[0]), _unit_is("元"), "over")  # difference 2
        return Want(None, None, float(num[0]), _unit_is("元"), "range", float(num[1]))
    qual = {"accurate": "exact", "blur": "about", "blur+": "over", "blur-": "under"}[definition]
    if _NEAR.search(text):
        qual = "about"  # difference 1
    return Want(None, None, float(num), _unit_is("元"), qual)


def jio_money(peers: Path) -> tuple[Result, Result, Result]:
    parse = Result("JioNLP parse_money (元)")
    extract_res = Result("JioNLP extract_money")
    foreign = Result("JioNLP parse_money other currencies (not 元)")
    for case in _jio(peers, "money_cases.json"):
        text = case["input"]
        if case["test"] == "extract_money":
            wants = [Want(x["offset"][0], x["offset"][1], None) for x in case["expected"]]
            for w in wants:
                w.cause = (lambda got, w=w: None if (got["start"], got["end"]) == (w.start, w.end) else "span")
            judge(extract_res, text, wants, extract(text, ["money"]))
            continue
        got = extract(text, ["money"])
        if case["expected"]["case"] != "元":
            foreign.in_scope += 1
            if any(g["unit"] == "元" for g in got):
                foreign.fail("foreign as 元", text)
            else:
                foreign.passed += 1
            continue
        want = _ours_money(case)
        if want is None:
            parse.out_of_scope += 1
            judge(parse, text + " (not money: difference 3)", [], got)
            continue
        judge(parse, text, [want], got)
    return parse, extract_res, foreign


def _jio_date(text: str, exp: dict) -> Optional[str]:
    """A JioNLP time point that is one written day, month or year, in our format (difference 9)."""
    if exp.get("type") not in ("time_point", "time_span") or not _DATE_TEXT.match(text):
        return None
    if not re.search(r"[年月日号/\-]", text):
        return None  # 十一 alone is a holiday or a number, not a written date
    lo, hi = exp["time"]
    if hi == "inf":
        return None
    year = lo[:4] if re.search(r"年|\d{4}[-/]", text) else "XXXX"
    if lo[5:10] == "01-01" and hi[5:10] == "12-31" and "月" not in text:
        return year if year != "XXXX" else None
    if lo[:10] == hi[:10]:
        return f"{year}-{lo[5:10]}"
    if lo[8:10] == "01" and lo[:7] == hi[:7]:
        return f"{year}-{lo[5:7]}"
    return None


_DELTA_UNITS = {"year": ("年",), "month": ("月",), "day": ("天", "日"), "hour": ("小时",), "workday": ("工作日",)}
_TO_DAYS = {"周": 7, "星期": 7}


def _jio_duration(exp: dict) -> Optional[Want]:
    t = exp["time"]
    if isinstance(t, list):
        lo, hi = t
        if len(lo) != 1 or len(hi) != 1:
            return None
        (ku, vu), (kv, vv) = next(iter(lo.items())), next(iter(hi.items()))
        if ku == "zero" and kv in _DELTA_UNITS:
            return Want(None, None, vv, _unit_is(*_DELTA_UNITS[kv]), "under")
        if kv == "infinite" and ku in _DELTA_UNITS:
            return Want(None, None, vu, _unit_is(*_DELTA_UNITS[ku]), "over")
        if ku == kv and ku in _DELTA_UNITS:
            return Want(None, None, vu, _unit_is(*_DELTA_UNITS[ku]), "range", vv)
        return None
    if len(t) != 1:
        return None
    unit, value = next(iter(t.items()))
    if unit == "day":
        # difference 8: 4周 is 4 周 for us; JioNLP counts 28 days
        return Want(None, None, value, None, convert=lambda g: float(g["value"]) * _TO_DAYS.get(g["unit"], 1))
    if unit not in _DELTA_UNITS:
        return None
    return Want(None, None, value, _unit_is(*_DELTA_UNITS[unit]))


def jio_time(peers: Path) -> tuple[Result, Result]:
    ext = Result("JioNLP extract_time (dates; negatives)")
    for case in _jio(peers, "time_extract_cases.json"):
        text = case["input"]
        wants, ignore = [], []
        for x in case["expected"]:
            s, e = x["offset"]
            raw = text[s:e]
            if _DATE_TEXT.match(raw) and re.search(r"\d{4}-\d\d-\d\d", raw):
                wants.append(Want(s, e, raw))
            elif re.fullmatch(r"\d{1,2}月\d{1,2}[日号]?", raw):
                mo, d = re.findall(r"\d+", raw)
                wants.append(Want(s, e, f"XXXX-{int(mo):02d}-{int(d):02d}"))
            else:
                ignore.append((s, e))
        if not wants and case["expected"]:
            ext.out_of_scope += 1
            continue
        judge(ext, text, wants, extract(text, ["date", "duration"]), ignore)
    parse = Result("JioNLP parse_time (dates, durations)")
    for case in _jio(peers, "time_parse_cases.json"):
        text, exp = case["input"], case["expected"]
        want = None
        if "农历" in case.get("group", ""):
            parse.out_of_scope += 1  # lunar dates: the text holds no Gregorian date
            continue
        if exp["type"] == "time_delta":
            want = _jio_duration(exp)
        else:
            d = _jio_date(text, exp)
            if d:
                want = Want(None, None, d)
        if want is None:
            parse.out_of_scope += 1
            continue
        types = ["duration"] if exp["type"] == "time_delta" else ["date"]
        judge(parse, text, [want], extract(text, types))
    return ext, parse


# ---------------------------------------------------------------- cn2an

def cn2an(peers: Path) -> tuple[Result, Result]:
    values = Result("cn2an cn2an() values (numeral parser)")
    for case in json.loads((peers / "cn2an" / "cases.json").read_text(encoding="utf-8")):
        text = case["input"]
        modes = case["modes"]
        if "direct" in modes or not modes and not case["raises_in_modes"]:
            values.out_of_scope += 1
            continue
        got = number_value(text)
        if modes:
            values.in_scope += 1
            if got is not None and close(got, case["expected"]):
                values.passed += 1
            else:
                values.fail("unparsed" if got is None else "value", f"{text} -> {got} (want {case['expected']})")
        elif case["tier"] is None:
            # never a number in any mode: our parser must refuse it too
            values.in_scope += 1
            if got is None:
                values.passed += 1
            else:
                values.fail("accepted a non-number", f"{text!r} -> {got}")
        else:
            values.out_of_scope += 1
    words = Result("cn2an transform (words that are not numbers)")
    for case in json.loads((peers / "cn2an" / "transform_cases.json").read_text(encoding="utf-8")):
        if case["method"] != "cn2an":
            continue
        if case["input"] == case["expected"]:
            judge(words, case["input"], [], extract(case["input"]))
        else:
            words.out_of_scope += 1
    return values, words


# ---------------------------------------------------------------- main

def run_all(peers: Path = DEFAULT_PEERS) -> list[Result]:
    out: list[Result] = [rt_currency(peers), rt_percent(peers), rt_dimension(peers)]
    out += list(rt_number(peers))
    out.append(rt_datetime(peers))
    out += list(jio_money(peers))
    out += list(jio_time(peers))
    out += list(cn2an(peers))
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", type=Path, default=DEFAULT_PEERS)
    ap.add_argument("--json", action="store_true", help="print pass counts as JSON")
    ap.add_argument("--show", type=int, default=3, help="examples per failure cause")
    args = ap.parse_args(argv)
    if not args.peers.is_dir():
        print(f"no peer suites at {args.peers}", file=sys.stderr)
        return 2
    results = run_all(args.peers)
    if args.json:
        print(json.dumps({r.name: {"in_scope": r.in_scope, "passed": r.passed} for r in results},
                         ensure_ascii=False, indent=1))
        return 0
    print(DIFFERENCES)
    print("| suite | in scope | passed | rate | out of scope |\n| --- | --- | --- | --- | --- |")
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
