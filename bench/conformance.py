"""Conformance with the peers' own test suites (../shared/peers), counted under CONTRACT.md's rules.

    python bench/conformance.py [--peers ../shared/peers] [--json] [--show N] [--excluded] [--write-excluded]

Suites: Recognizers-Text (RT) Chinese CurrencyModel, PercentModel, DimensionModel, NumberModel,
DateTimeModel; JioNLP money (parse, extract) and time (extract, parse); cn2an (cn2an(), transform).

EVERY case of a suite counts (RT's NotSupported and NotSupportedByDesign cases too), except a case whose
expected value contradicts CONTRACT.md: such a case is EXCLUDED with one reason drawn from REASONS (in
conformance_core.py; the date and time suites are in conformance_time.py),
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
from collections import Counter
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conformance_core import (DEFAULT_PEERS, EXCLUDED_MD, REASONS, ROOT, TRANSLATIONS, Expect,  # noqa: E402,F401
                              Result, Want, close, extract, jio_cases, judge, judge_or_exclude, rt_cases,
                              unit_is)
from conformance_time import jio_time, rt_datetime  # noqa: E402

from extractor.numerals import number_value  # noqa: E402


# ---------------------------------------------------------------- Recognizers-Text

def _ours_money_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Translation 5: a currency name written before the number is outside the span."""
    m = re.match(r"(?:人民币)\s*", text[s:e])
    return (s + m.end(), e) if m and m.end() < e - s else (s, e)


def rt_currency(peers: Path) -> Result:
    res = Result("RT CurrencyModel (人民币; others not 元)")
    for case in rt_cases(peers, "NumberWithUnit/Chinese/CurrencyModel.json"):
        text = case["Input"]
        wants, foreign = [], []
        for r in case["Results"]:
            v = r["Resolution"].get("value")
            if v is None:
                continue  # a bare currency name is no fact
            s, e = _ours_money_span(text, r["Start"], r["End"] + 1)
            if r["Resolution"].get("isoCurrency") == "CNY":
                wants.append(Want(s, e, v, unit_is("元")))
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


_FRACTION = re.compile(r"([\d〇零一二三四五六七八九十百千万两佰仟]+)\s*分\s*之")
_RT_SHARES = ("百", "佰", "千", "仟", "万")  # 百分之N, 千分之N, 万分之N: RT reads these itself
_PCT_SIGN = re.compile(r"^(?:-|－|负|負)\s*")


def rt_percent(peers: Path) -> Result:
    res = Result("RT PercentModel")
    for case in rt_cases(peers, "Number/Chinese/PercentModel.json"):
        text = case["Input"]
        fraction = _FRACTION.search(text)
        if not case["Results"] and fraction and fraction.group(1) not in _RT_SHARES:
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
            wants.append(Want(s, e, value, unit_is("个百分点") if points else unit_is("%")))
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
    for case in rt_cases(peers, "NumberWithUnit/Chinese/DimensionModel.json"):
        text = case["Input"]
        wants = []
        for r in case["Results"]:
            unit = r["Resolution"]["unit"]
            factor = _DIM_FACTOR.get(unit, 1)
            wants.append(Want(r["Start"], r["End"] + 1, float(r["Resolution"]["value"]),
                              unit_is(*_DIM_UNITS.get(unit, ())),
                              convert=lambda g, f=factor: float(g["value"]) / f))
        judge(res, text, wants, extract(text, ["quantity"]))
    return res


def rt_number(peers: Path) -> tuple[Result, Result]:
    """Values through our numeral parser; and cases expecting no number must give no fact."""
    values = Result("RT NumberModel values (numeral parser)")
    nothing = Result("RT NumberModel no-number cases (no fact)")
    for case in rt_cases(peers, "Number/Chinese/NumberModel.json"):
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


# ---------------------------------------------------------------- JioNLP

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
            return Want(None, None, float(num[0]), unit_is("元"), "over")  # translation 2
        return Want(None, None, float(num[0]), unit_is("元"), "range", float(num[1]))
    qual = {"accurate": "exact", "blur": "about", "blur+": "over", "blur-": "under"}[definition]
    if _NEAR.search(text):
        qual = "about"  # translation 1
    return Want(None, None, float(num), unit_is("元"), qual)


def jio_money(peers: Path) -> tuple[Result, Result, Result]:
    parse = Result("JioNLP parse_money (元)")
    extract_res = Result("JioNLP extract_money")
    foreign = Result("JioNLP parse_money other currencies (not 元)")
    for case in jio_cases(peers, "money_cases.json"):
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
