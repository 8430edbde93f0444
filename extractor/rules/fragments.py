"""Named regex fragments that every dimension composes; built once, at import.

    NUM      a number: Arabic (with thousands separators and decimals) or Chinese numerals
    AMOUNT   a number with its scale words: 26.5万, 3万4000, 16.06亿, 194余万, 1.1万余
    PRE/POST qualifier words before a number and after its unit (from data/qualifiers.toml)
    DASH     the range words between two numbers: 至, 到, -, ~
"""
from __future__ import annotations

from ..lexicon import alternation, qualifier_words
from ..numerals import big_scales, digit_values, small_scales

CN_DIGIT = "[" + "".join(digit_values()) + "]"
CN_CHARS = "".join(digit_values()) + "".join(small_scales())
ARABIC = r"\d+(?:(?:,|，(?=\d{3}\.))\d{3})*(?:\.\d+)?"
CHINESE = rf"[{CN_CHARS}]+(?:点{CN_DIGIT}+)?"
NUM = rf"(?:{ARABIC}|{CHINESE})"
BIG = "[" + "".join(big_scales()) + "]"
# what may follow 万/亿 inside one amount: 3万4000, 13万2, 一万二
TAIL = rf"(?:\d{{1,4}}(?![\d.])|{CN_DIGIT}(?![{CN_CHARS}]))"
BETWEEN = alternation(qualifier_words("between"))
PRE = alternation(qualifier_words("before"))
POST = alternation(qualifier_words("after"))
DASH = r"(?:至|到|~|-|—|－|～)"
# a number never starts inside another number
START = rf"(?<![\d.{CN_CHARS}{''.join(big_scales())}])"


def amount(tag: str = "") -> str:
    """AMOUNT with its own group names: amount{tag}, q1{tag} (余 before the scale), q2{tag}."""
    return (rf"(?P<amount{tag}>{NUM}(?P<q1{tag}>{BETWEEN})?(?:{BIG}(?:{TAIL}{BIG}?)?)?)"
            rf"(?P<q2{tag}>{BETWEEN})?")


def measure(units: str) -> str:
    """`<pre>? <amount> <unit> <post>?`: the generic shape of a measured number."""
    return rf"(?P<pre>{PRE})?{START}{amount()}(?P<unit>{units})(?P<post>{POST})?"


def measure_range(units: str) -> str:
    """`<amount> <unit>? <dash> <amount> <unit>`: 5至15户, 5-15户, 三到五个."""
    return rf"{START}{amount()}(?:{units})?{DASH}{amount('2')}(?P<unit>{units})(?P<post>{POST})?"
