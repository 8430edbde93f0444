"""Money: amounts in 元 (CONTRACT.md), scaled by 万/亿, and foreign currencies in their own unit.

Rules:
    <number><scale>?元          发放奖金 38 万元, 16.06 亿元, 1.1 万余元, 一千二百万元
    <number><scale>             a bare 万/亿 in a clause about money: 发放金额 3943 万
    <number>至<number><scale>元  5至10万元
    人民币<number><scale>元?     人民币3000万元
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import alternation, table
from .base import Candidate, Context, Rule, measured, rule
from .fragments import BIG, START, amount, measure, measure_range, PRE, POST

UNITS = table("money.toml")["units"]
CUES = table("money.toml")["cues"]["words"]
_CUE = re.compile(alternation(CUES))
_UNIT = alternation(UNITS)


def _with_unit(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return measured(m, "money", UNITS[m.group("unit")], r.name)


def _bare_scale(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    # only when the clause before the number speaks of money: 发放金额 3943 万, 投资 5000 万以上
    if not _CUE.search(ctx.clause_before(m.start("amount"))):
        return None
    return measured(m, "money", "元", r.name)


# a bare 万/亿 amount must end in its scale and not run on into a unit or classifier word
_BARE = (rf"(?P<pre>{PRE})?{START}(?P<amount>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
         rf"(?P<q1>余|多)?(?P<unit>{BIG}))(?P<q2>余|多)?(?P<post>{POST})?(?![元\d])")

RULES = [
    rule("<number><scale>?元", "money", measure(_UNIT), _with_unit, priority=2),
    rule("<number>至<number><scale>?元", "money", measure_range(_UNIT), _with_unit, priority=2),
    rule("<money-context><number><scale>", "money", _BARE, _bare_scale, priority=1),
]
