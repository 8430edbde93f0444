"""The tolerance policy: each number stands for the interval of values it can mean.

A number is as precise as it is written: an amount is rounded to its last digit (`3943 万`
means 3942.5–3943.5 万, `2.2 公里` 2.15–2.25), a percentage rounded or cut (`47%` means
46.5–48, `47.10%` 47.095–47.11, so 91.58% may be printed 91%). A count or a sum of money
written out in full without a scale word (`84 笔`, `1900 元`) is exact. Qualifiers widen the interval:
`约`/`左右` (about) ±10%; `近`/`将近` (nearly) up to 10% under, not over; `余`/`多` (over, `7800 余个`) up to the next unit of the last written
digit (7800–7900); `以上`/`超过` (over) no upper end; `以内`/`不到` (under) no lower end but 0;
a range `5 至 15 户` its two ends. A claim is consistent when the interval it states meets
the interval the other numbers imply (interval arithmetic, so rounding in the parts adds up).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..fact_types import WHOLE_IS_EXACT_TYPES

ABOUT = 0.10  # 约, 左右: ±10%
_NEAR_OVER = 0.01  # 近: over the written value by at most this share of its last digit's place
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_OPEN_OVER = ("余", "多")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3})")  # 2,849,405,000 and 2，849，405，000


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        products = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)
                    if not (math.isinf(a) and b == 0 or math.isinf(b) and a == 0)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval":
        # only positive divisors occur (bases, denominators); a zero base has no ratio
        if other.lo <= 0:
            return Interval(-math.inf, math.inf)
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, k: float) -> "Interval":
        return Interval(min(self.lo * k, self.hi * k), max(self.lo * k, self.hi * k))

    def meets(self, other: "Interval", slack: float = 1e-9) -> bool:
        # the slack scales with the finite lower ends only: an open end (a difference with a part
        # said `以上`) would make it infinite and let any interval meet
        eps = slack * max([1.0] + [abs(x) for x in (self.lo, other.lo) if math.isfinite(x)])
        return self.lo <= other.hi + eps and other.lo <= self.hi + eps

    @property
    def mid(self) -> float:
        if math.isinf(self.hi):
            return self.lo
        return (self.lo + self.hi) / 2

    @classmethod
    def point(cls, v: float) -> "Interval":
        return cls(v, v)


def written(text: str) -> tuple[float, int, str] | None:
    """The first Arabic number as written in a span: (number, decimals, what follows it)."""
    compact = _THOUSANDS.sub("", "".join(text.split()))
    m = _NUMBER.search(compact)
    if not m:
        return None
    digits = m.group()
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return float(digits), decimals, compact[m.end():]


def _numeral_tables() -> tuple[dict, dict, dict, str]:
    from ..numerals import big_scales, digit_values, point_chars, small_scales
    return digit_values(), small_scales(), big_scales(), point_chars() + "点"


_FRACTION = "分之"
_TENTHS = "成"  # 四成: four tenths
_PERCENT_WORD = "百分之"


def chinese_place(text: str) -> float | None:
    """The place of the last written digit of a number in Chinese numerals, in its value's units:
    百分之六十八 1, 百分之五十五点三 0.1, 三千九百二十亿 10亿, 四百亿 1亿, 一千九百零五亿 1亿,
    八百二十七亿一千万 1000万, 二十八万五千 1000. None for a fraction (三分之二) or where no numeral is found."""
    digits, small, big, points = _numeral_tables()
    compact = "".join(text.split())
    at = compact.find(_FRACTION)
    if at > 0 and compact[at - 1] not in small:
        return None  # 三分之二: a fraction, not 百分之 / 千分之
    runs, cur = [], ""
    for ch in compact:
        if ch in digits or ch in small or ch in big or (ch in points and cur):
            cur += ch
        else:
            if cur:
                runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    runs = [r for r in runs if any(c in digits for c in r) or r.startswith("十")]
    if not runs:
        return None
    run = runs[-1]
    end_scale = 1.0
    while run and run[-1] in big:
        end_scale *= float(big[run[-1]])
        run = run[:-1]
    point = next((i for i, c in enumerate(run) if c in points), -1)
    if point >= 0:
        return 10.0 ** -len(run[point + 1:]) * end_scale
    if not any(c in big for c in run):
        if end_scale > 1 and run and run[-1] in small and sum(c in digits for c in run) > 1:
            # a scaled numeral of several digits is written to its last one: 六百六十万 to 十万,
            # 三千九百二十亿 to 十亿 (the zeros after it are not written, as `6600000` writes
            # them); a lone round figure (四百亿, 三千万) is taken to its scale's unit
            return float(small[run[-1]]) * end_scale
        return end_scale  # one section: 六十八, 一千九百零五(亿): units of its scale
    last = run[-1]
    return float(small.get(last, 1)) * end_scale  # 二十八万五千: the 千 of the last digit


def _last_digit_place(number: float, decimals: int) -> float:
    """The place of the last non-zero written digit: 7800 gives 100, 30 gives 10, 1.1 gives 0.1."""
    if decimals:
        return 10.0 ** -decimals
    n, place = int(round(number)), 1.0
    while n and n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _noun_tail(text: str) -> bool:
    """`预算数１６，３２７，５４０，０００元`: a span that opens with the `数` of a noun (`预算数`,
    `总数`) before Arabic digits; `数` approximates only before a numeral place (`数十万`)."""
    compact = "".join(text.split())
    return compact[:1] == "数" and compact[1:2].isdigit()


@lru_cache(maxsize=1)
def _near_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from . import cues
    t = cues.table("tolerance.toml")["tolerance"]
    return tuple(sorted(t["near"], key=len, reverse=True)), tuple(t["not_near"])


def said_near(before: str) -> bool:
    """The words right before a number say `nearly` (`近 6 亿亩`, `将近 3000 人`), not a word that
    merely ends in 近 (`最近 3 年`)."""
    near, not_near = _near_words()
    before = "".join(before.split())
    return any(before.endswith(w) for w in near) and not any(before.endswith(w) for w in not_near)


def interval_of(text: str, value: float, qualifier: str, value_max: float | None, type_: str,
                near: bool = False) -> Interval:
    """The values a written number can stand for (see the module doc); `near` for a number said
    `近`: about, from below only."""
    if qualifier == "over" and _noun_tail(text):
        qualifier = "exact"
    w = written(text)
    place = None if w is not None else chinese_place(text)
    if w is None and place is None:
        # a fraction (三分之二) is exact; as a percentage it is rounded to 0.001
        half, step = (0.001 if type_ == "percent" else 0.0), 1.0
    elif w is None:
        # Chinese numerals are rounded like digits: 百分之六十八 to 1 (67.5–69), 八百二十七亿一千万
        # to 一千万; a count or sum written out in full (二百零四个) is exact; `四成` counts tenths,
        # so it is rounded to ten points (35–50)
        if type_ == "percent" and _TENTHS in text and _PERCENT_WORD not in text:
            place *= 10.0
        scaled = place > 1 or type_ not in WHOLE_IS_EXACT_TYPES
        half = 0.5 * place if scaled else 0.0
        step = place
    else:
        number, decimals, _ = w
        scale = value / number if number else 1.0
        unscaled = abs(scale - 1.0) < 1e-9
        if decimals == 0 and unscaled and type_ in WHOLE_IS_EXACT_TYPES:
            half = 0.0
        else:
            half = 0.5 * 10.0 ** -decimals * scale
        step = _last_digit_place(number, decimals) * scale
    if qualifier == "about" and near:
        # `近 6 亿亩`: a little under 6 亿 (5.4–6 亿); the number is the mark approached, not a
        # value rounded to it, so little above it: only a hair over, what a figure rounded at a
        # place two digits finer than its last written one allows (`近 6000 人` for 6002 人, a
        # count rounded to tens; not 106 座 for `近 100 座`)
        return Interval(value * (1 - ABOUT), value + _NEAR_OVER * step)
    if qualifier == "about":
        return Interval(value * (1 - ABOUT) - half, value * (1 + ABOUT) + half)
    if qualifier == "over":
        bounded = any(c in "".join(text.split()) for c in _OPEN_OVER)
        return Interval(value, value + step if bounded else math.inf)
    if qualifier == "under":
        return Interval(0.0, value + half)
    # a percentage, computed, may be rounded or cut to its last digit (91% for 91.58%);
    # an amount is rounded
    up = 2 * half if type_ == "percent" else half
    if qualifier == "range" and value_max is not None:
        return Interval(value - half, value_max + up)
    return Interval(value - half, value + up)


def quotient_interval(text: str, value: float, qualifier: str, value_max: float | None, type_: str,
                      near: bool = False) -> Interval:
    """The values a figure found by division (`人均 357 元`, `次均 762 元`) can stand for: a whole
    number of a type whose whole numbers are exact (`1900 元` said of a payment) is here a
    quotient rounded to its last digit, never exact (7634 万元 ÷ 21.36 万人 = 357.4 is `357 元`)."""
    iv = interval_of(text, value, qualifier, value_max, type_, near)
    if qualifier == "exact" and iv.lo == iv.hi and math.isfinite(value):
        return Interval(value - 0.5, value + 0.5)
    return iv


ROUNDED = "（按所写精度四舍五入后一致）"


def rounded(point: float, stated: float) -> str:
    """The note for a verdict that rests on rounding: the computed value is not the stated one
    but within what its precision allows."""
    return ROUNDED if abs(point - stated) > 1e-9 * max(1.0, abs(stated)) else ""


def fmt(x: float, decimals: int = 4) -> str:
    """A number for an explanation: integers plainly, others to a few decimals."""
    if math.isinf(x):
        return "∞"
    if abs(x - round(x)) < 10 ** -(decimals + 2):
        return str(int(round(x)))
    return f"{x:.{decimals}f}".rstrip("0").rstrip(".")


def fmt_like(x: float, like_text: str, like_value: float) -> str:
    """x written the way a fact is written: in its scale word and unit (`3943万`, `84笔`)."""
    w = written(like_text)
    if w is None or not w[0]:
        # a number in Chinese numerals: in the scale word it is written with (`1905亿`)
        for word, scale in (("亿", 1e8), ("万", 1e4)):
            if word in like_text and abs(x) >= scale:
                return fmt(x / scale, 4) + word
        return fmt(x)
    number, decimals, suffix = w
    scale = like_value / number
    suffix = suffix.lstrip("".join(_OPEN_OVER))
    for q in ("以上", "以内", "以下", "左右", "多", "余"):
        suffix = suffix.replace(q, "")
    return fmt(x / scale, max(decimals + 2, 2)) + suffix


def fmt_interval(iv: Interval, like_text: str, like_value: float) -> str:
    if iv.hi - iv.lo <= 1e-9 * max(1.0, abs(iv.lo)):
        return fmt_like(iv.lo, like_text, like_value)
    if math.isinf(iv.hi):
        return "≥" + fmt_like(iv.lo, like_text, like_value)
    return fmt_like(iv.lo, like_text, like_value) + "–" + fmt_like(iv.hi, like_text, like_value)


def as_number(x: float) -> float | int:
    """A finding's expected or observed value: an int where the float is whole, else 6 places."""
    return int(round(x)) if abs(x - round(x)) < 1e-6 else round(x, 6)




def within(part_text: str, part_value: float, part_iv: Interval,
           whole_text: str, whole_value: float, whole_iv: Interval) -> str:
    """How a part fits its whole, in numbers a reader can check by hand (the words after the
    part). Where the part's value is above the whole's, the whole's written bound is what holds
    it: a whole said as a lower bound (`超 3000 亿元`) has no upper end, so it holds any part
    (`突破 6000 亿元`), and a whole said roughly (`3000 多亿元`) reaches its greatest value;
    writing `6000 ≤ 3000` would state what is false."""
    if part_value <= whole_value:
        return f"不超过整体 {whole_text}（{part_text} ≤ {whole_text}）"
    if math.isinf(whole_iv.hi):
        least = fmt_like(whole_value, whole_text, whole_value)
        return f"与整体不矛盾：整体只给出下限（至少 {least}，没有上限），可以容纳 {part_text}"
    least = fmt_like(part_iv.lo, part_text, part_value)
    most = fmt_like(whole_iv.hi, whole_text, whole_value)
    return f"不超过整体 {whole_text}（按所写精度，部分至少 {least}，整体至多 {most}：{least} ≤ {most}）"
