"""Numbers as written in Chinese news: Arabic, Chinese numerals, and mixes (`3万4000`, `13万2`).

Values are Decimal, so `16.4亿` is exactly 1640000000. The numerals and scale words (十百千万亿)
come from one table, data/scales.toml, and every rule that scales a number uses it.

    parse_number(text)   one number as the rules match it: `47.264287亿`, `一千二百万`, `3万4000`
    number_value(text)   any written number: also signs, fractions (三分之二, 3/5, 一又二分之一),
                         approximations (五百余万 is its lower bound), 15k, 一打, 2e5, layout spaces,
                         full-width digits, and 元角分 amounts (五元三毛)
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def tables() -> dict:
    with resources.files("extractor.data").joinpath("scales.toml").open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def digit_values() -> dict[str, int]:
    return {k: int(v) for k, v in tables()["digits"].items()}


@lru_cache(maxsize=1)
def small_scales() -> dict[str, int]:
    """Scales inside a section: 十 百 千 (and their formal forms)."""
    return {k: int(v) for k, v in tables()["small_scales"].items()}


@lru_cache(maxsize=1)
def big_scales() -> dict[str, int]:
    """Section scales: 万 亿 兆 (a number before them is multiplied as a whole)."""
    return {k: int(v) for k, v in tables()["big_scales"].items()}


@lru_cache(maxsize=1)
def point_chars() -> str:
    return "".join(tables()["points"]["words"])


@lru_cache(maxsize=1)
def _spellings() -> dict[int, str]:
    table = dict(tables()["spellings"])
    for p in point_chars():
        table.setdefault(p, "点")
    return {ord(k): v for k, v in table.items()}


_ZEROS = "".join(ch for ch, v in digit_values().items() if v == 0)  # 零 〇 ○ (the table's zeros)


def _section(s: str) -> Decimal | None:
    """A number below 万: `三千五` (3500), `十五`, `二十`, `一九九八` (digit by digit), `2017`."""
    if not s:
        return Decimal(0)
    digits, smalls = digit_values(), small_scales()
    if all(ch.isdigit() or ch == "." for ch in s):
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    if all(ch in digits for ch in s):
        if len(s) == 1:
            return Decimal(digits[s])
        return Decimal("".join(str(digits[ch]) for ch in s))  # 一九九八, 二〇二三
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = _section(whole) if whole else None
        # the decimals are digits, Chinese or Arabic (一百点123 is 100.123)
        if w is None or not frac or any(ch not in digits and not ch.isdigit() for ch in frac):
            return None
        return w + Decimal("0." + "".join(ch if ch.isdigit() else str(digits[ch]) for ch in frac))
    total = Decimal(0)
    current: Decimal | None = None
    last_scale = None
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            try:
                current = Decimal(s[i:j])
            except InvalidOperation:
                return None
            i = j
            continue
        if ch in _ZEROS:
            current = None  # a placeholder: 一千零五, 一百零十万
        elif ch in digits:
            if current is not None:
                return None  # 二三十: two digits in a row are a vague number, not one value
            current = Decimal(digits[ch])
        elif ch in smalls:
            scale = smalls[ch]
            if last_scale is not None and scale >= last_scale:
                return None  # 十一十二: scales inside a section only go down
            if i == 1 and s[0] in smalls:
                return None  # 百十一, 千百: two scales with no digit are a vague amount (百十人: a hundred or so)
            total += (current if current is not None else Decimal(1)) * scale
            current = None
            last_scale = scale
        else:
            return None
        i += 1
    if current is not None:
        # 三千五 is 3500: a last digit after a scale counts at the next lower scale
        if last_scale and last_scale >= 100 and s[-2:-1] not in _ZEROS + "0" and current < 10:
            current *= last_scale // 10
        total += current
    return total


# no quantity in news needs more characters than this; longer runs (100,000 digits) are not numbers
MAX_CHARS = 48


def parse_number(text: str) -> Decimal | None:
    """The value of a written number, or None if it is not one."""
    s = text.replace(",", "").replace("，", "").replace(" ", "").translate(_spellings())
    if not s or len(s) > MAX_CHARS:
        return None
    suffixes = tables()["arabic_suffixes"]
    if len(s) > 1 and s[-1] in suffixes and s[-2].isdigit():
        head = _section(s[:-1]) if all(ch.isdigit() or ch == "." for ch in s[:-1]) else None
        return head * suffixes[s[-1]] if head is not None else None  # 15k
    bigs = big_scales()
    # the highest scale written splits the number: 4.78万亿 is (4.78万)亿, 5亿1万4千6百 is 5亿 + 1万4千6百
    for scale_char, scale in sorted(bigs.items(), key=lambda kv: -kv[1]):
        if scale_char in s:
            left, _, right = s.rpartition(scale_char)
            if right and ("." in left or "点" in left):
                return None  # 10.1万零100: a number with decimals before 万 ends there
            lv = parse_number(left) if left else Decimal(1)
            if lv is None:
                return None
            rv = _tail(right, scale)
            if rv is None:
                return None
            return lv * scale + rv
    return _section(s)


def _tail(right: str, scale: int) -> Decimal | None:
    """What follows 万/亿: `4000` in 3万4000; `2` in 13万2 means 2000; `零五` is 5; `点五` is .5."""
    if not right:
        return Decimal(0)
    if right[0] == "点":
        return parse_number("零" + right)
    if right[0] in _ZEROS:
        rest = right.lstrip(_ZEROS)
        return parse_number(rest) if rest else None
    value = parse_number(right)
    if value is None:
        return None
    if len(right) == 1 and value < 10:
        return value * (scale // 10)
    return value


# ---------------------------------------------------------------- any written number

_SCI = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+", re.I)
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_SLASH = re.compile(r"(?:(?P<whole>\d+)\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)")


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).translate(_spellings())
    return re.sub(r"\s+", "", s)


def _signed(s: str) -> tuple[int, str]:
    signs = tuple(tables()["signs"]["words"])
    if s.startswith(signs):
        return -1, s[1:]
    return 1, s


def _unsigned(s: str) -> Decimal | None:
    """A number without sign, fraction or money units."""
    if not s:
        return None
    if _SCI.fullmatch(s) or _PLAIN.fullmatch(s):
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    suffixes = tables()["arabic_suffixes"]
    if s[-1] in suffixes and _PLAIN.fullmatch(s[:-1].replace(",", "")):
        return Decimal(s[:-1].replace(",", "")) * suffixes[s[-1]]
    mult = tables()["multipliers"]
    if len(s) > 1 and s[-1] in mult:
        base = _unsigned(s[:-1])
        return base * mult[s[-1]] if base is not None else None
    if s.startswith("半") and len(s) == 2 and s[1] in small_scales():
        return Decimal(small_scales()[s[1]]) / 2  # 半百
    approx = "".join(tables()["approximate"]["words"])
    if any(ch in approx for ch in s):
        # 五百余万, 一百零几万: the lower bound, the approximation word (and a 零 before it) dropped
        s = re.sub(f"[{_ZEROS}]?[{approx}]", "", s)
    if not s or s[-1] in big_scales() and len(s) == 1:
        return None
    return parse_number(s)


def _fraction(s: str) -> Decimal | None:
    t = tables()["fractions"]
    whole = Decimal(0)
    if t["and"] in s:
        head, _, s = s.partition(t["and"])
        w = _number(head)
        if w is None:
            return None
        whole = w
    den_text, _, num_text = s.partition(t["of"])
    den, num = _number(den_text), _number(num_text)
    if not den or num is None:
        return None
    frac = num / den
    return whole - frac if whole < 0 else whole + frac


def _number(s: str) -> Decimal | None:
    sign, s = _signed(s)
    v = _unsigned(s)
    return sign * v if v is not None else None


def _money(s: str) -> Decimal | None:
    """`五元三毛` 5.3, `123元1角1分` 123.11, `壹拾壹元壹角壹分` 11.11, `十块三毛`."""
    minor = tables()["money_minor"]
    whole = "".join(tables()["money_whole"]["words"])  # 壹拾壹元整, 壹拾壹元正: nothing after 元
    m = re.fullmatch(rf"(.+?)(?:元|圆|块)[{whole}]?((?:[^{''.join(minor)}]+[{''.join(minor)}])*)钱?", s)
    if not m:
        return None
    total = _number(m.group(1))
    if total is None:
        return None
    for part in re.findall(rf"([^{''.join(minor)}]+)([{''.join(minor)}])", m.group(2)):
        v = _unsigned(part[0])
        if v is None:
            return None
        total += v * Decimal(minor[part[1]])
    return total


def number_value(text: str) -> Decimal | None:
    """The value of any written number (see the module doc), or None if it is not one."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    m = _SLASH.fullmatch(raw.lstrip("-"))
    if m:
        sign = -1 if raw.startswith("-") else 1
        den = Decimal(m.group("den"))
        if not den:
            return None
        return sign * (Decimal(m.group("whole") or 0) + Decimal(m.group("num")) / den)
    s = _clean(raw)
    if not s:
        return None
    if tables()["fractions"]["of"] in s:
        return _fraction(s)
    v = _number(s)
    if v is None and any(ch in s for ch in "元圆块"):
        v = _money(s)
    return v


def to_json_number(value: Decimal) -> int | float:
    """An exact Decimal as the JSON number a reader expects: int when whole."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
