"""Durations: lengths of time (CONTRACT.md duration), unit 年 月 天 工作日 小时 周 分钟.

Rules:
    <number>个?<time-unit>     45 个工作日, 3 个月, 两周, 72 小时, 15 天
    半个?<time-unit>           半个月 (0.5 月), 半年
    <number>年<after>          近 60 年来, 10 年间, 30 多年 (a bare N年 with a year-like N is a date)
    <number>日<after>          3 日内
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..lexicon import alternation, table
from .base import Candidate, Context, Rule, measured, qualifier, rule
from .fragments import POST, PRE, START, amount, measure, measure_range

UNITS = table("durations.toml")["units"]
AFTER = table("durations.toml")["after"]["words"]
_UNIT = alternation([u for u in UNITS if u != "年"])


def _duration(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return measured(m, "duration", UNITS.get(m.group("unit"), m.group("unit")), r.name)


def _years(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    c = measured(m, "duration", "年", r.name)
    if c is None:
        return None
    amount_text = m.group("amount")
    if amount_text.isdigit() and len(amount_text) == 4:
        return None  # 2022年 is a date
    following = ctx.text[m.end("unit"): m.end("unit") + 2]
    if not (m.group("pre") or m.group("q2") or m.group("q1") or following.startswith(tuple(AFTER))
            or c.value <= 100 and _is_span_context(ctx, m)):
        return None
    return c


def _is_span_context(ctx: Context, m: re.Match) -> bool:
    """`运行60年`, `用5年时间`: a verb of lasting or 时间 right around it."""
    before = ctx.text[max(0, m.start("amount") - 3): m.start("amount")]
    after = ctx.text[m.end("unit"): m.end("unit") + 2]
    return after.startswith(("时间", "的时间", "之久", "历史")) or before.endswith(("运行", "用了", "历时", "长达", "经过", "用", "坚持", "连续", "持续"))


def _half(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit = m.group("unit")
    return Candidate(m.start(), m.end("unit"), "duration", Decimal("0.5"), UNITS.get(unit, unit),
                     qualifier(m), None, r.name)


RULES = [
    rule("<number>个?<time-unit>", "duration", measure(_UNIT), _duration, priority=2),
    rule("<number>至<number><time-unit>", "duration", measure_range(_UNIT), _duration, priority=2),
    rule("<number>年<lasting>", "duration", rf"(?P<pre>{PRE})?{START}{amount()}(?P<unit>年)(?P<post>{POST})?",
         _years, priority=1),
    rule("半个?<time-unit>", "duration", rf"(?P<pre>{PRE})?(?<![一两三四五六七八九十])半(?P<unit>{_UNIT}|年)(?P<post>{POST})?",
         _half, priority=2),
]
