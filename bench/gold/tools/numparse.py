"""Parse the number(s) written in a quoted fact: Arabic (half- or full-width, 1,234), with 万/亿
scales, Chinese numerals (三, 二十五, 一千二百万), 百分之/千分之, and ratio strings a:b:c.

Each number comes back as (value in base units, half the unit of its last written digit), so a
check can allow exactly the rounding that the stated precision allows (5.6% is 5.55-5.65)."""
from __future__ import annotations

import re

FULL = str.maketrans("０１２３４５６７８９．％：，·", "0123456789.%:,.")  # PD writes 67·8％
SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
          "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3}
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 1e4, "亿": 1e8}
ARABIC = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![米克瓦]))?")
CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")


def chinese_value(s: str) -> float:
    total, wan, section, num = 0.0, 0.0, 0.0, 0
    for ch in s:
        if ch in DIGITS:
            num = DIGITS[ch]
        elif ch in UNITS:
            section += (num or 1) * UNITS[ch]
            num = 0
        elif ch == "万":
            wan += (section + num or 1) * 1e4
            section, num = 0.0, 0
        elif ch == "亿":
            total = (total + wan + section + num or 1) * 1e8
            wan, section, num = 0.0, 0.0, 0
    return total + wan + section + num


def parse_all(quote: str) -> list[tuple[float, float]]:
    """Every number in the quote, in order."""
    q = quote.translate(FULL)
    for unit, short in (("千瓦", "kW"), ("千米", "km"), ("千克", "kg")):  # 千 of a unit, not a digit place
        q = q.replace(unit, short)
    out = []
    frac = re.match(r"(百分之|千分之)(.+)", q)
    if frac:
        inner = parse_all(frac.group(2))
        return inner[:1]
    for m in ARABIC.finditer(q):
        digits, scale = m.group(1).replace(",", ""), SCALES.get(m.group(2) or "", 1.0)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        out.append((round(float(digits) * scale, 6), round(0.5 * 10 ** -decimals * scale, 9)))
    if not out:
        # `四亿零七百多万`: a 多/余 between a numeral's digits and its scale word ends no number (the scale
        # still applies: 407000000, not 400000700); the roughness is the annotator's to mark ({h=..})
        q = re.sub(r"(?<=[零〇一二两三四五六七八九十百千])[多余餘](?=[万亿萬億])", "", q)
        for m in CHINESE.finditer(q):
            s = m.group(0)
            if set(s) <= set("万亿千百"):
                continue
            whole, _, frac = s.partition("点")
            value = chinese_value(whole)
            if frac:
                value += float("0." + "".join(str(DIGITS[c]) for c in frac))
                out.append((value, 0.5 * 10 ** -len(frac)))
            elif ("万" in whole or "亿" in whole) and value:
                # a scaled numeral is written to its last non-zero place: 六百六十万 is to 10万
                step = 1
                while value % (step * 10) == 0:
                    step *= 10
                out.append((value, 0.5 * step))
            else:
                out.append((value, 0.5))
    return out


def parse(quote: str) -> tuple[float, float]:
    found = parse_all(quote)
    if not found:
        raise ValueError(f"no number in {quote!r}")
    return found[0]


def per_mille(quote: str) -> bool:
    return "‰" in quote or "千分之" in quote
