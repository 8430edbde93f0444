"""Quantities: physical measures in the unit as written, scaled by 万/亿 (docs/records.md quantity).

Rules:
    <number><scale>?<unit>半?       2.2 公里, 0.75 万公顷, 881 万立方米, 13.47 平方公里, 一吨半 (1.5),
                                    32微克/立方米, 350公里/小时 (a unit per another)
    <number><scale>度               120亿度, 300多万度 (electricity; 度 only after 万/亿)
    <number><latin unit>            168cm, 250m, 20kg (no letter or digit after the unit: 2023GW0012 is a code)
    <number>两                      三十两 (the weight; only where no word follows)
    <number>至<number><unit>        3至5公里
    <number><scale>和<number><scale><unit>  50万和80万亩: the unit written once after a list
    负<number><unit>                负0.2千米 (-0.2)
    <index-context><arabic>点      上涨120点, 收于1200.5点: points of an index, unit 点 (not 早上8点)
    半<unit>                        半斤 (0.5 斤), 半亩 (not 一半, 多半)
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..candidate import Candidate
from ..fact_types import QUANTITY
from ..lexicon import alternation, table, word_list
from .base import Context, Rule, measured, rule
from .fragments import elided, leaves_unit, measure, measure_range

UNITS = word_list("quantity_units.txt")
_DATA = table("quantity.toml")
# a unit per another (微克/立方米, 公里/小时): the denominator is a unit or a word of time or count
_PER = (rf"(?:{alternation(_DATA['per']['slash'])})"
        rf"(?:{alternation([*UNITS, *_DATA['per']['units']])})")
_UNIT = rf"(?:{alternation(UNITS)})(?:{_PER})?"
# (a letter or digit after the unit, or a dash and a digit, makes the whole a code: 2023GW0012, 2025GW-0031)
_LATIN = rf"(?:{alternation(_DATA['latin']['units'])})(?![A-Za-z0-9０-９]|[-－—]\d)"
_LIANG = rf"{re.escape(_DATA['liang']['unit'])}(?![\u4e00-\u9fff\dA-Za-z])"
_SIGN = rf"(?:(?P<sign>{alternation(_DATA['sign']['words'])})(?<![\d\w]-))?"


_SCALED = _DATA["scaled_only"]
_BIGS = re.escape(_SCALED["scales"])
# the unit right after the scale word, or after the scale and one word of "over": 300万度, 3万多度
_SCALED_UNIT = (rf"(?:(?<=[{_BIGS}])|(?<=[{_BIGS}][{re.escape(_SCALED['between'])}]))"
                rf"(?:{alternation(_SCALED['units'])})")


def _measured(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if m.group("unit") == _DATA["liang"]["unit"] and m.group("amount") in _DATA["liang"]["not_amounts"]:
        return None  # 两两, 一两: pairs and "one or two", not a weight
    c = measured(m, QUANTITY.name, m.group("unit"), r.name)
    if c is not None and m.groupdict().get("sign"):
        if m.start("sign") > 0 and ctx.text[m.start("sign") - 1].isalnum() and m.group("sign") == "-":
            return c  # 3-5米 is a range, A-5 a name: the dash is no minus
        c.value = -c.value
        c.start = m.start("sign")
    return c


def _elided(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """50万和80万亩: the first amount in the unit written after the last of its list."""
    if not leaves_unit(m.group("amount"), ctx.text, m.start()):
        return None
    c = _measured(m, ctx, r)
    if c is not None:
        c.end = m.end()
    return c


_HALF = _DATA["half"]


def _half(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return Candidate(m.start(), m.end(), QUANTITY.name, Decimal("0.5"), m.group("unit"), "exact", None, r.name)


_INDEX = _DATA["index_points"]
_INDEX_CUES = tuple(_INDEX["cues"])
_INDEX_TIME = tuple(_INDEX["time_words"])
_INDEX_AFTER = tuple(_INDEX["cues_after"])
_INDEX_SHAPE = measure(rf"点(?![{re.escape(_INDEX['not_after'])}])")


def _index_points(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """Only an Arabic number (三点 counts points made; 一百点五 is a decimal), in a clause about an
    index and with no word of the time of day."""
    if not any(ch.isdigit() for ch in m.group("amount")):
        return None
    clause = ctx.clause_before(m.start())
    if any(w in clause for w in _INDEX_TIME):
        return None
    c = measured(m, QUANTITY.name, "点", r.name)
    if c is None or any(w in clause for w in _INDEX_CUES):
        return c
    if c.value != int(c.value):
        before = ctx.text[max(0, m.start() - int(_INDEX["decimal_lookback"])): m.start()]
        if any(w in before for w in _INDEX_CUES):
            return c
    # a cue after it alone (以1518点收市) leaves out what may be an hour (3点收盘)
    if ctx.text.startswith(_INDEX_AFTER, m.end()) and (c.value > 24 or c.value != int(c.value)):
        return c
    return None


RULES = [
    rule("<number><scale>?<unit>", QUANTITY.name, _SIGN + measure(_UNIT, half=True), _measured, priority=2),
    rule("<number><scale>度", QUANTITY.name, measure(_SCALED_UNIT), _measured, priority=2),
    rule("<number><latin unit>", QUANTITY.name, _SIGN + measure(_LATIN), _measured, priority=2),
    rule("<number>两", QUANTITY.name, measure(_LIANG), _measured, priority=1),
    rule("<number><scale>和<number><scale><unit>", QUANTITY.name, elided(_UNIT), _elided, priority=2),
    rule("<number>至<number><unit>", QUANTITY.name, measure_range(_UNIT), _measured, priority=2),
    rule("<index-context><arabic>点", QUANTITY.name, _INDEX_SHAPE, _index_points, priority=1),
    rule("半<unit>", QUANTITY.name,
         rf"(?<![{_HALF['not_before']}])半(?P<unit>{alternation(_HALF['units'])})", _half, priority=1),
]
