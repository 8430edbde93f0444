"""Percentages (CONTRACT.md percent): always positive, unit % or 个百分点.

Rules:
    <number>%                 4.0%, 60%以上, 23.4％ (full-width is mapped by normalization)
    百分之<number>            百分之二十
    <number>个百分点          提高 3.82 个百分点 (unit 个百分点)
    <digit>成                 七成, 八成以上 (a tenth each)
    <number>分之<number>      三分之二 (66.667), 千分之五 (0.5)
    <number>‰                 千分数
    <number>%至<number>%      5%至8%
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from .base import Candidate, Context, Rule, amount_value, measured, qualifier, rule
from .fragments import CN_DIGIT, NUM, POST, PRE, START, amount, measure, measure_range


def _percent(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit = "个百分点" if m.group("unit") == "个百分点" else "%"
    scale = Decimal("0.1") if m.group("unit") == "‰" else Decimal(1)
    return measured(m, "percent", unit, r.name, scale)


def _percent_words(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = amount_value(m.group("amount"))
    if value is None:
        return None
    return Candidate(m.start(), m.end("amount"), "percent", value, "%", qualifier(m), None, r.name)


def _tenths(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = amount_value(m.group("amount"))
    if value is None or value >= 10 or value == 0:
        return None
    return Candidate(m.start("amount"), m.end("unit"), "percent", value * 10, "%", qualifier(m), None, r.name)


def _fraction(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    den, num = amount_value(m.group("den")), amount_value(m.group("num"))
    if not den or num is None or num > den:
        return None
    value = (num * 100 / den).quantize(Decimal("0.001"))
    return Candidate(m.start("den"), m.end("num"), "percent", value.normalize(), "%", qualifier(m), None, r.name)


_UNITS = r"%|‰|个百分点"

RULES = [
    rule("<number>%", "percent", measure(_UNITS), _percent, priority=3),
    rule("<number>%至<number>%", "percent", measure_range(_UNITS), _percent, priority=3),
    rule("百分之<number>", "percent", rf"(?P<pre>{PRE})?百分之{amount()}(?P<post>{POST})?", _percent_words, priority=3),
    rule("<digit>成", "percent", rf"(?P<pre>{PRE})?{START}(?P<amount>{CN_DIGIT}|十)(?P<unit>成)(?P<post>{POST})?(?![为绩果效立功员本品交长都年熟])",
         _tenths, priority=1),
    rule("<number>分之<number>", "percent", rf"(?P<pre>{PRE})?{START}(?P<den>{NUM})分之(?P<num>{NUM})(?P<post>{POST})?",
         _fraction, priority=3),
]
