"""Percentages (docs/records.md percent): always positive, unit % or 个百分点.

Rules:
    <number>%                 4.0%, 60%以上, 23.4％ (full-width is mapped by normalization)
    百分之<number>            百分之二十, 百分之一点五, 百分之负三点八 (3.8: the sign belongs to the metric),
                              佰分之叁拾 (the formal 佰)
    <number>个百分点          提高 3.82 个百分点 (unit 个百分点)
    <number>成<digit>?        七成 (70), 八成以上, 9.5成, 七成六 (76), 三成半 (35), 半成 (5)
    <number>折                九折 (90), 五五折 (55), 8.5折, 打对折 (50): a price as a share of the full one
    <number>分之<number>      三分之二 (66.667), 千分之五 (0.5), 万分之三
    <n>/<n> as a share        占总数的1/4 (25), 近1/3的耕地: after 的, 占 or a qualifier only, a smaller
                              whole number over one of at most three digits (2/3 elsewhere may be a date,
                              a score or a page)
    <number>‰                 千分数
    <number>%至<number>%      5%至8%, 5-20%
    <number>、<number>和<number>%   下降4.2、3.6和1.5个百分点: the first numbers of a list after a
                              word of change take the unit written after the last
A `%` inside a URL (`%2D`, `=30%25`) is no percentage.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..candidate import Candidate
from ..fact_types import PERCENT
from ..lexicon import alternation, table
from ..numerals import big_scales
from .base import Context, Rule, amount_value, measured, qualifier, rule
from .fragments import (ARABIC, CN_CHARS, LINK, CN_DIGIT, NUM, POINT, POST, PRE, START, amount, measure,
                        measure_range)

_WORDS = table("percent.toml")
# a URL escape is % and two hex digits; a number right after a letter, %, = or / is part of a URL
_NOT_URL_BEFORE = r"(?<![A-Za-z%=&/?#_])"
_POINTS = r"[个個]百分[点點]"
_UNITS = rf"%(?![0-9A-Fa-f]{{2}})|‰|{_POINTS}"


def _percent(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit = "%" if m.group("unit") in ("%", "‰") else "个百分点"
    scale = Decimal("0.1") if m.group("unit") == "‰" else Decimal(1)
    return measured(m, PERCENT.name, unit, r.name, scale)


_LISTED_BEFORE = tuple(_WORDS["listed"]["before"])


# the numbers listed before this one (4.2、 before 3.6): the list's head is looked for before them
_EARLIER_ITEMS = re.compile(rf"(?:{ARABIC}{LINK}){{1,4}}$")


def _listed(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    earlier = _EARLIER_ITEMS.search(ctx.text, max(0, m.start() - 48), m.start())
    head = earlier.start() if earlier else m.start()
    if not ctx.text.endswith(_LISTED_BEFORE, 0, head):
        return None  # (1995、1996和1997%: no word of change before the list, no shared unit)
    unit = "个百分点" if m.group("unit") not in ("%", "‰") else "%"
    value = amount_value(m.group("amount"))
    if value is None:
        return None
    scale = Decimal("0.1") if m.group("unit") == "‰" else Decimal(1)
    return Candidate(m.start(), m.end("amount"), PERCENT.name, value * scale, unit, "exact", None, r.name)


def _percent_words(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = amount_value(m.group("amount"))
    if value is None:
        return None
    return Candidate(m.start(), m.end("amount"), PERCENT.name, value, "%", qualifier(m), None, r.name)


def _share(m: re.Match, whole: int) -> Optional[Decimal]:
    """The percentage of `<number>成<digit>?` (whole 10) or `<number>折` (whole 10, or 100 for 75折)."""
    text = m.group("amount")
    if text == "半":
        return Decimal(5)
    value = amount_value(text)
    if value is None or value <= 0:
        return None
    if value < 10 or whole == 10 and value == 10:
        value *= 10
    elif not (whole == 100 and 10 < value < 100 and value == int(value)):
        return None  # 75折 is 75%; 十折 and 120成 are no share
    extra = m.groupdict().get("extra")
    if extra:
        value += 5 if extra == "半" else amount_value(extra)
    return value


def _tenths(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = _share(m, 10)
    if value is None or value > 100:
        return None
    end = m.end("extra") if m.group("extra") else m.end("unit")
    return Candidate(m.start("amount"), end, PERCENT.name, value, "%", qualifier(m), None, r.name)


def _discount(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = Decimal(50) if m.group("amount") in "半对對" else _share(m, 100)
    if value is None or value >= 100:
        return None  # 十折 is no discount at all
    return Candidate(m.start("amount"), m.end("unit"), PERCENT.name, value, "%", qualifier(m), None, r.name)


def _percent_of(num: Decimal, den: Decimal) -> Decimal:
    value = num * 100 / den
    if value != value.quantize(Decimal("1e-10")):
        value = value.quantize(Decimal("0.001"))  # 三分之二: 66.667, the rounding docs/records.md shows
    return value.normalize()


def _fraction(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    den, num = amount_value(m.group("den")), amount_value(m.group("num"))
    if not den or num is None or num > den:
        return None
    return Candidate(m.start("den"), m.end("num"), PERCENT.name, _percent_of(num, den), "%", qualifier(m), None, r.name)


def _slash(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    num, den = Decimal(m.group("num")), Decimal(m.group("den"))
    if not num or num >= den:
        return None  # 5/5 or 7/3 is no share of a whole
    return Candidate(m.start("num"), m.end("den"), PERCENT.name, _percent_of(num, den), "%", qualifier(m), None, r.name)


# where a share stands: right after 的 or 占, or after a qualifier (近1/3); never inside a longer
# number, date (1/4号), ratio chain (1/2/3) or code
_SLASH_SHARE = (rf"(?<![\d/.])(?:(?<=[的占])|(?={PRE}))(?P<pre>{PRE})?(?P<num>\d{{1,2}})/(?P<den>\d{{1,3}})"
                rf"(?![\d/.:A-Za-z{_WORDS['slash']['not_after']}])(?P<post>{POST})?")
_SHARE_AMOUNT = rf"(?:{ARABIC}|{CN_DIGIT}{{1,2}}(?:{POINT}{CN_DIGIT})?|十|半)"
_DENOMINATOR = rf"(?:{ARABIC}|[{CN_CHARS}{''.join(big_scales())}]+)"
_NOT_SHARE_AFTER = alternation(_WORDS["tenths"]["not_after"])
_NOT_DISCOUNT_AFTER = alternation(_WORDS["discount"]["not_after"])
_HALF = alternation(_WORDS["discount"]["half"]) + "|(?<=打)[对對]"

RULES = [
    rule("<number>%", PERCENT.name, _NOT_URL_BEFORE + measure(_UNITS), _percent, priority=3),
    rule("<number>%至<number>%", PERCENT.name, _NOT_URL_BEFORE + measure_range(_UNITS), _percent, priority=3),
    rule("<number>、<number>%", PERCENT.name,
         rf"{START}(?P<amount>{ARABIC})(?=(?:{LINK}{ARABIC}){{0,4}}{LINK}{ARABIC}(?P<unit>{_UNITS}))", _listed,
         priority=3),
    rule("百分之<number>", PERCENT.name, rf"(?P<pre>{PRE})?[百佰]分之(?:[负負])?{amount()}(?P<post>{POST})?", _percent_words, priority=3),
    rule("<number>成<digit>?", PERCENT.name,
         rf"(?P<pre>{PRE})?{START}(?P<amount>{_SHARE_AMOUNT})(?P<unit>成)(?P<extra>{CN_DIGIT}|半)?"
         rf"(?P<post>{POST})?(?!{_NOT_SHARE_AFTER})", _tenths, priority=1),
    rule("<number>折", PERCENT.name,
         rf"(?P<pre>{PRE})?{START}(?P<amount>{_SHARE_AMOUNT}|{_HALF})(?P<unit>折)(?!{_NOT_DISCOUNT_AFTER})",
         _discount, priority=1),
    rule("<number>分之<number>", PERCENT.name,
         rf"(?P<pre>{PRE})?{START}(?P<den>{_DENOMINATOR})分之(?P<num>{NUM})(?P<post>{POST})?", _fraction, priority=3),
    rule("<n>/<n> as a share", PERCENT.name, _SLASH_SHARE, _slash, priority=3),
]
