"""Shared parts of bench/conformance.py: the exclusion reasons, the translations, running extractor on
one case and judging it (a Want per expected fact, a Result per suite), and the peers' case files."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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
    "fraction": "RT expects no percent for a fraction other than its own 百/千/万分之 (三分之二, "
                "五百分之2.2); CONTRACT: \"`三分之二` is 66.667\", a percent",
    "name": "a number inside a name or code (the event name 6·30, phone 003, the serial 一二点三零 read digit "
            "by digit, the year of a document number 财税2016 36号); CONTRACT: \"Numbers inside names ... are not facts\"",
    "bare number": "a number written alone (2018, = 2019) that the peer reads as a year; CONTRACT records a "
                   "number with what it measures (a classifier, a unit, 年), and a date as written (`2022` for "
                   "2022年): a bare number is no record of any of its types",
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
14. 大半 (大半天, 大半年) is half with qualifier `over`, as N多 is N with `over` (JioNLP: the range
    [0.5, 0.9] of the unit).
15. A list of days after one month (9月10号，11号，12号) is one date record each, the month carried to
    every day (JioNLP: one span from the first day to the last): the first and the last are checked
    against the span's ends, the days between are neither wanted nor counted as extra.
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


def unit_is(*names: str) -> Callable[[str], bool]:
    return lambda u: u.lower() in {n.lower() for n in names}


def rt_cases(peers: Path, rel: str) -> list[dict]:
    return json.loads((peers / "recognizers-text" / rel).read_text(encoding="utf-8"))


def jio_cases(peers: Path, name: str) -> list[dict]:
    return json.loads((peers / "jionlp" / name).read_text(encoding="utf-8"))
