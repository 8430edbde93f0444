"""Durations: lengths of time (docs/records.md duration), unit 年 月 天 工作日 小时 周 分钟.

Rules:
    <number>个?<time-unit>     45 个工作日, 3 个月, 两周, 72 小时, 15 天, 一个钟头 (小时), 17个多月 (over)
    半个?<time-unit>           半个月 (0.5 月), 半年, 半个钟头; 大半年 (0.5 年, over: most of a year)
    <number>年半?              三年半 (3.5), 两年, 近 60 年来, 30 多年; a four-digit N年 is a date,
                               an Arabic N年 needs a word of lasting around it (运行60年, 10 年间),
                               unless it is one digit (今后3年, 4年投资: short years have two)
    <number><unit>以上<number><unit>以下  3年以上7年以下 (one range, 3 to 7 年)
    <number>日                 90日, 两日, 3 日内, 30~90日: a day count above 31, counted with 两/几,
                               or followed by a word of lasting (29日 alone is a date)
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..candidate import Candidate
from ..fact_types import DURATION
from ..lexicon import alternation, table
from ..numerals import small_scales
from .base import Context, Rule, measured, qualifier, rule
from .fragments import DASH, POST, PRE, START, amount, measure, measure_range

_DATA = table("duration.toml")
UNITS = _DATA["units"]
AFTER = _DATA["after"]["words"]
LASTING_BEFORE = tuple(_DATA["lasting"]["before"])
LASTING_AFTER = tuple(_DATA["lasting"]["after"])
_UNIT = alternation([u for u in UNITS if u != "年"])
_NOT_AFTER = alternation(_DATA["not_after"]["words"])


_WEEKDAY = _DATA["weekday"]
_WORD_TAILS = _DATA["word_tails"]


def _part_of_word(unit: str, ctx: Context, end: int) -> bool:
    """900万天津人民, 新一年度: the unit's last character begins another word."""
    tails = _WORD_TAILS.get(unit[-1:], "")
    nxt = ctx.text[end: end + 1]
    return bool(nxt) and nxt in tails


_RING = _DATA["catchment"]
_RING_AFTER = re.compile(rf"[^{re.escape(_RING['stops'])}]{{0,{_RING['gap']}}}{re.escape(_RING['ring'])}")


def _names_a_ring(ctx: Context, end: int) -> bool:
    """一刻钟便民生活圈, 1小时经济圈: the time names a catchment area."""
    return bool(_RING_AFTER.match(ctx.text, end, end + _RING["gap"] + 1))


def _duration(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    written = m.group("unit")
    if written in _WEEKDAY["units"] and ctx.text[m.end("unit"): m.end("unit") + 1] in tuple(_WEEKDAY["next"]):
        return None  # 一个星期天 is a Sunday, not a week
    if _part_of_word(written, ctx, m.end("unit")) or _names_a_ring(ctx, m.end()):
        return None
    c = measured(m, DURATION.name, UNITS.get(written, written), r.name)
    if c is None:
        return None
    if "半" in written:
        c.value += Decimal("0.5")  # 一个半小时
    if "多" in written and c.qualifier == "exact":
        c.qualifier = "over"  # 17个多月
    return c


def _years(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if _part_of_word("年", ctx, m.end("unit")):
        return None
    # the tests of the written number first: most matches are years of dates, and reading the
    # amount is the dearer test
    amount_text = m.group("amount")
    if amount_text.isdigit() and (len(amount_text) == 4 or amount_text.startswith("0")):
        return None  # 2022年 and 08年 are dates
    if re.fullmatch(r"[〇零一二三四五六七八九]{4}", amount_text) or amount_text[0] in "零〇":
        return None  # 二〇二三年, 零八年 (but 2.5亿年 and 1.5万年 are four characters too)
    c = measured(m, DURATION.name, "年", r.name)
    if c is None:
        return None
    following = ctx.text[m.end(): m.end() + 2]
    g = m.groupdict()  # the range rule (年至…年) has no pre/half group
    lasting = (g.get("pre") or g.get("post") or g.get("q2") or g.get("q1") or g.get("half")
               or following.startswith(tuple(AFTER)) or _is_span_context(ctx, m)
               or _one_digit_length(amount_text, ctx, m.start("amount")))
    # a year written in Arabic digits without a word of lasting may be a short year (98年): only
    # Chinese numerals (两年, 三十三年) are lengths of time by themselves
    if not lasting and (amount_text[0].isdigit() or c.value > 100):
        return None
    return c


_ONE_DIGIT_NOT_AFTER = tuple(_DATA["one_digit_years"]["not_after"])


def _one_digit_length(amount_text: str, ctx: Context, start: int) -> bool:
    """今后3年, 4年投资: one Arabic digit is no short year (those have two: 98年)."""
    if len(amount_text) != 1 or amount_text not in "123456789":
        return False
    return not ctx.text[max(0, start - 3): start].endswith(_ONE_DIGIT_NOT_AFTER)


def _is_span_context(ctx: Context, m: re.Match) -> bool:
    """`运行60年`, `用5年时间`: a verb of lasting or 时间 right around it; or the second end of a
    span whose first end is a length of years (2.5亿年~6500万年)."""
    before = ctx.text[max(0, m.start("amount") - 3): m.start("amount")]
    after = ctx.text[m.end(): m.end() + 2]
    return (after.startswith(LASTING_AFTER) or before.endswith(LASTING_BEFORE)
            or bool(_AFTER_YEARS_DASH.search(before)))


# 万年~ / 亿年至: a length of years, then a dash (a 4-digit year before it is a date, not this)
_AFTER_YEARS_DASH = re.compile(rf"[万亿]年{DASH}$")


_DAYS = _DATA["days"]
SMALL_SCALES = "".join(small_scales())


def _days(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if m.group("amount")[0] in SMALL_SCALES:
        return None  # 百日行动, 千日: a bare scale word names a campaign, it counts no days
    c = measured(m, DURATION.name, "日", r.name)
    if c is None:
        return None
    following = ctx.text[m.end("unit"): m.end("unit") + 2]
    counted = any(ch in _DAYS["counting"] for ch in m.group("amount"))
    if max(c.value, c.value_max or 0) > 31 or counted or following.startswith(tuple(_DAYS["after"])):
        return c
    return None


def _bounded(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """3年以上7年以下: a lower and an upper bound of one length, both bounds written."""
    written = m.group("unit")
    if written != m.group("unit2"):
        return None
    c = measured(m, DURATION.name, UNITS.get(written, written), r.name)
    if c is not None:
        c.end = m.end("unit2")  # 以下 is the qualifier of the upper end, outside the span
    return c


def _half(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit = m.group("unit")
    if _names_a_ring(ctx, m.end("unit")):
        return None
    q = qualifier(m)
    if m.group("most") and q == "exact":
        q = "over"  # 大半年: most of a year, more than half
    return Candidate(m.start(), m.end("unit"), DURATION.name, Decimal("0.5"), UNITS.get(unit, unit),
                     q, None, r.name)


RULES = [
    rule("<number>个?<time-unit>", DURATION.name, measure(_UNIT) + f"(?!{_NOT_AFTER})", _duration, priority=2),
    rule("<number>至<number><time-unit>", DURATION.name, measure_range(_UNIT), _duration, priority=2),
    rule("<number>年<lasting>", DURATION.name,
         rf"(?P<pre>{PRE})?{START}{amount()}(?P<unit>年)(?P<half>半)?(?P<post>{POST})?", _years, priority=1),
    rule("<number>年至<number>年", DURATION.name, measure_range("年"), _years, priority=1),
    rule("<number><unit>以上<number><unit>以下", DURATION.name,
         rf"{START}{amount()}(?P<unit>{_UNIT}|年)(?:及)?以上[，,、]?{amount('2')}(?P<unit2>{_UNIT}|年)(?:及)?以下",
         _bounded, priority=3),
    rule("<number>日", DURATION.name, measure("日") + "(?![之前后])", _days, priority=1),
    rule("<number>至<number>日", DURATION.name, measure_range("日"), _days, priority=1),
    rule("半个?<time-unit>", DURATION.name,
         rf"(?P<pre>{PRE})?(?<![一两三四五六七八九十])(?P<most>大)?半(?P<unit>{_UNIT}|年)(?P<post>{POST})?", _half,
         priority=2),
]
