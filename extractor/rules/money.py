"""Money: amounts in 元 (docs/records.md), scaled by 万/亿, and foreign currencies in their own unit.

Rules:
    <number><scale>?元           发放奖金 38 万元, 16.06 亿元, 1.1 万余元, 一千二百万元, 4人民币
    <number>元<n>角<n>分          五元三毛 (5.3), 123元1角1分 (123.11)
    <number><scale>              a bare 万/亿 in a clause about money: 发放金额 3943 万, 10k~15k,
                                 or right after a currency's name: 旧卢布五百万 (in 旧卢布), 港币两千万
    <reaching><scale>            总投资上亿, 营收逾亿: a bare 万/亿 in a clause about money
    <number>个多<currency>       6个多美元 (over 6 美元; not the count 6个)
    <number>个<currency>         10个埃镑, 两个英镑 (spoken; not 一个 alone, the article)
    <number>个亿                 增加财政收入1个亿, 几个亿的资金 (spoken; with 元 or a money word near)
    <number>块                   三块, in a clause about money (块 is also the classifier of pieces)
    <number>至<number><scale>元   5至10万元, 1万(含)-5万元
    <number><scale>和<number><scale>元  283.98亿和260.19亿美元: the first amount's unit is written after the
                                 last of its list (和 与 及 、 或), the span stays the first amount
    <pair><scale>元              四五千块钱 (4000 to 5000)
    ￥<number>                   ￥300, $20
A currency named before the number (港币两千九百六十元) or after 元 (三万元欧元) is the currency.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..candidate import Candidate, pair_candidate
from ..fact_types import MONEY
from ..lexicon import alternation, table
from .base import Context, Rule, amount_value, measured, qualifier, rule
from .fragments import (BARE_SCALE, leaves_unit, BIG, DASH, TAIL, NUM, POST, PRE, START, VAGUE, amount, elided,
                        measure, measure_range, pair_range)

_DATA = table("money.toml")
UNITS = _DATA["units"]
PREFIXES = _DATA["prefixes"]
SYMBOLS = _DATA["symbols"]
MINOR = _DATA["minor"]
# a cue word that names people (投资者, 债权人, 低收入者) speaks of the people, not of their money
_CUE = re.compile("(?:" + alternation(_DATA["cues"]["words"]) + ")(?!" + alternation(_DATA["cues"]["not_after"]) + ")")
_UNIT = alternation(UNITS)
_COLLOQUIAL = alternation(_DATA["colloquial"]["units"])
_PREFIX = re.compile("(?:" + alternation(PREFIXES) + r")\s*$")
_FOREIGN_AFTER = re.compile(alternation([u for u, v in UNITS.items() if v != "元"]))


def _about_money(ctx: Context, pos: int) -> bool:
    return bool(_CUE.search(ctx.clause_before(pos)))


def _currency(m: re.Match, ctx: Context, written: str) -> tuple[str, int]:
    """The currency of an amount and where its span ends: the unit written, unless another
    currency is named right before the number or right after 元 (三万元欧元)."""
    unit, end = UNITS.get(written, "元"), m.end("unit")
    if unit == "元":
        before = _PREFIX.search(ctx.text, max(0, m.start() - 6), m.start("amount"))
        if before:
            unit = PREFIXES[before.group().strip()]
        after = _FOREIGN_AFTER.match(ctx.text, end)
        if after and written in ("元", "块"):
            unit, end = UNITS[after.group()], after.end()
    return unit, end


def _with_unit(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit, end = _currency(m, ctx, m.group("unit"))
    c = measured(m, MONEY.name, unit, r.name)
    if c is not None and end > c.end:
        c.end = end
    return c


def _elided(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """283.98亿和260.19亿美元: the first amount in the currency written after the last."""
    if not leaves_unit(m.group("amount"), ctx.text, m.start()):
        return None
    c = measured(m, MONEY.name, UNITS[m.group("unit")], r.name)
    if c is not None:
        c.end = m.end()
    return c


# 1个亿, 几个亿的资金: 个 between a number and 亿 in speech (个 is no classifier of a count here)
_GE_YI = (rf"(?P<pre>{PRE})?{START}(?:(?P<vague>[几数])|(?P<amount>{NUM}))(?P<unit>个[亿億])(?P<yuan>元)?"
          rf"(?P<post>{POST})?")
_HUNDRED_MILLION = Decimal(100000000)


def _ge_yi(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """Money when 元 follows or a money word stands in the clause before or in a few characters after."""
    after = ctx.text[m.end(): m.end() + 6]
    if not (m.group("yuan") or _about_money(ctx, m.start()) or _CUE.search(after)):
        return None
    if m.group("vague"):  # 几个亿: at least one 亿 (the vague prefix's lower bound, as 几十万)
        return Candidate(m.start(), m.end("yuan") if m.group("yuan") else m.end("unit"), MONEY.name,
                         _HUNDRED_MILLION, "元", "over", None, r.name)
    c = measured(m, MONEY.name, "元", r.name, scale=_HUNDRED_MILLION)
    if c is not None and m.group("yuan"):
        c.end = m.end("yuan")
    return c


def _ge_plain(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """10个埃镑; 一个 alone is the article (一个马克思主义者), no amount."""
    if m.group("amount") == "一":
        return None
    return _with_unit(m, ctx, r)


def _colloquial(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if not _about_money(ctx, m.start()):
        return None
    return _with_unit(m, ctx, r)


def _compound(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """五元三毛: the 元 amount plus its 角 and 分."""
    c = _with_unit(m, ctx, r)
    if c is None:
        return None
    for digit, minor in ((m.group("jiao"), m.group("jiao_unit")), (m.group("fen"), "分")):
        if digit:
            v = amount_value(digit)
            if v is None or v >= 10:
                return None
            c.value += v * Decimal(MINOR[minor])
    c.end = m.end()
    return c


# a currency named right before a bare 万/亿 amount: 旧卢布五百万, 港币两千万 (data/money.toml)
_NAMED_BEFORE = {**PREFIXES, **{w: UNITS.get(w, w) for w in _DATA["named_before_bare"]["words"]}}
_NAMED_BEFORE_RE = re.compile("(?:" + alternation(_NAMED_BEFORE) + ")$")


def _bare_scale(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    named = _NAMED_BEFORE_RE.search(ctx.text, max(0, m.start() - 4), m.start())
    if named:
        return measured(m, MONEY.name, _NAMED_BEFORE[named.group()], r.name)
    # else only when the clause before the number speaks of money: 发放金额 3943 万, 投资 5000 万以上
    if not _about_money(ctx, m.start()):
        return None
    return measured(m, MONEY.name, "元", r.name)


def _symbol(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    value = amount_value(m.group("amount"))
    if value is None:
        return None
    return Candidate(m.start(), m.end(), MONEY.name, value, SYMBOLS[m.group("sym")], qualifier(m), None, r.name)


def _pair(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if m.group("unit") in _DATA["colloquial"]["units"] and not _about_money(ctx, m.start()):
        return None
    return pair_candidate(m, MONEY.name, UNITS.get(m.group("unit"), "元"), r.name)


_DIGIT = r"[\d一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
# a bare 万/亿 (or k) amount must end in its scale and not run on into a unit or classifier word;
# 万亿 and 万多亿 are one scale
_BARE = (rf"(?P<pre>{PRE})?{START}(?P<vague>{VAGUE})?(?P<amount>{NUM}(?P<q1>余|多)?(?P<unit>{BIG}(?:(?<=[万萬])(?P<q3>余|多)(?=[亿億]))?{BIG}?(?:{TAIL})?|(?<=\d)[kK]))"
         rf"(?P<q2>余|多)?(?P<post>{POST})?(?![元\d])")
# 总投资上亿, 营收逾亿: a bare 万/亿 after a word of reaching or a qualifier, no unit after it
_BARE_ALONE = rf"(?P<pre>{PRE})?(?P<amount>(?P<unit>{BARE_SCALE}))(?P<q2>余|多)?(?P<post>{POST})?(?![元\d])"
_BARE_RANGE = rf"{START}{amount()}{DASH}{amount('2')}(?P<unit>(?<=[kK万亿]))(?![元\d])"
_COMPOUND = (rf"{START}{amount()}(?P<unit>元|圆|块)(?:(?P<jiao>{_DIGIT})(?P<jiao_unit>角|毛))?"
             rf"(?:(?P<fen>{_DIGIT})分)?(?<=[角毛分])钱?")
# 6个多美元: 个 with 多/余 between a number and its currency is spoken money, not a count of 个
# (not a bare 元: 多元 is a word, 3个多元化项目)
_GE_UNIT = alternation([u for u in UNITS if u not in _DATA["ge_over"]["not_units"]])
_GE_OVER = (rf"(?P<pre>{PRE})?{START}(?P<amount>{NUM})个(?P<q2>余|多)(?P<unit>{_GE_UNIT})"
            rf"(?P<post>{POST})?")
# 10个埃镑: 个 alone between a written number (not the article 一) and a currency other than 元
_GE_PLAIN = (rf"(?P<pre>{PRE})?{START}(?P<amount>{NUM})个(?P<unit>{_GE_UNIT})"
             rf"(?![\u4e00-\u9fff](?<![{_DATA['ge_over']['followed_by']}]))(?P<post>{POST})?")
_SYMBOL = rf"(?P<sym>{alternation(SYMBOLS)})\s?{START}(?P<amount>{NUM}(?:{BIG})?)(?:元)?"

RULES = [
    rule("<number><scale>?元", MONEY.name, measure(_UNIT), _with_unit, priority=2),
    rule("<number>元<n>角<n>分", MONEY.name, _COMPOUND, _compound, priority=3),
    rule("<number>至<number><scale>?元", MONEY.name, measure_range(_UNIT), _with_unit, priority=2),
    rule("<number><scale>和<number><scale>元", MONEY.name, elided(_UNIT), _elided, priority=3),
    rule("<number>个亿", MONEY.name, _GE_YI, _ge_yi, priority=2),
    rule("<number>个多<currency>", MONEY.name, _GE_OVER, _with_unit, priority=2),
    rule("<number>个<currency>", MONEY.name, _GE_PLAIN, _ge_plain, priority=2),
    rule("<number>块", MONEY.name, measure(_COLLOQUIAL), _colloquial, priority=2),
    rule("<pair><scale>元", MONEY.name, pair_range(_UNIT + "|" + _COLLOQUIAL), _pair, priority=2),
    rule("￥<number>", MONEY.name, _SYMBOL, _symbol, priority=2),
    rule("<money-context><number><scale>", MONEY.name, _BARE, _bare_scale, priority=1),
    rule("<money-context><reaching><scale>", MONEY.name, _BARE_ALONE, _bare_scale, priority=1),
    rule("<money-context><number>至<number><scale>", MONEY.name, _BARE_RANGE, _bare_scale, priority=1),
]
