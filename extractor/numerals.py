"""Numbers as written in Chinese news: Arabic, Chinese numerals, and mixes (`3万4000`, `13万2`).

Values are Decimal, so `16.4亿` is exactly 1640000000. The scale words (十百千万亿) come from
one table, data/scales.toml, and every rule that scales a number uses it.
"""
from __future__ import annotations

import tomllib
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def tables() -> dict:
    with resources.files("extractor.data").joinpath("scales.toml").open("rb") as f:
        return tomllib.load(f)


def digit_values() -> dict[str, int]:
    return {k: int(v) for k, v in tables()["digits"].items()}


def small_scales() -> dict[str, int]:
    """Scales inside a section: 十 百 千 (and their formal forms)."""
    return {k: int(v) for k, v in tables()["small_scales"].items()}


def big_scales() -> dict[str, int]:
    """Section scales: 万 亿 (a number before them is multiplied as a whole)."""
    return {k: int(v) for k, v in tables()["big_scales"].items()}


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
        w = _section(whole)
        if w is None or not frac or any(ch not in digits for ch in frac):
            return None
        return w + Decimal("0." + "".join(str(digits[ch]) for ch in frac))
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
        if ch in digits:
            current = Decimal(digits[ch])
        elif ch in smalls:
            scale = smalls[ch]
            total += (current if current is not None else Decimal(1)) * scale
            current = None
            last_scale = scale
        else:
            return None
        i += 1
    if current is not None:
        # 三千五 is 3500: a last digit after a scale counts at the next lower scale
        if last_scale and last_scale >= 100 and not s.endswith(("零" + s[-1], "〇" + s[-1])) and current < 10:
            current *= last_scale // 10
        total += current
    return total


def parse_number(text: str) -> Decimal | None:
    """The value of a written number, or None if it is not one."""
    s = text.replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        return None
    for scale_char, scale in sorted(big_scales().items(), key=lambda kv: -kv[1]):
        if scale_char in s:
            left, _, right = s.rpartition(scale_char)
            if left.endswith(tuple(big_scales())) and not left.rstrip("".join(big_scales())):
                return None
            lv = parse_number(left) if left else Decimal(1)
            if lv is None:
                return None
            rv = _tail(right, scale)
            if rv is None:
                return None
            return lv * scale + rv
    return _section(s)


def _tail(right: str, scale: int) -> Decimal | None:
    """What follows 万/亿: `4000` in 3万4000; `2` in 13万2 means 2000; `零五` is 5."""
    if not right:
        return Decimal(0)
    if right[0] in "零〇":
        return parse_number(right.lstrip("零〇"))
    value = parse_number(right)
    if value is None:
        return None
    single = len(right) == 1 or (right.isdigit() and len(right) == 1)
    if single and value < 10:
        return value * (scale // 10)
    return value


def to_json_number(value: Decimal) -> int | float:
    """An exact Decimal as the JSON number a reader expects: int when whole."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
