"""average (terms): a figure per unit whose total and count its own sentence states, in any order.

    今年全县小麦总产量 9.45 万吨，收获面积 15 万亩，平均亩产 630 公斤    9.45 万吨 ÷ 15 万亩, in 公斤
    十年来，这支医疗队平均每年下乡 12 次，合计已下乡 120 次             120 次 ÷ 十年 (the total after)
    五年累计新建农村公路 860 公里，年均 190 公里                          860 公里 ÷ 五年: inconsistent
    全县接待游客 420 万人次，旅游总收入达 29 亿元，游客人均消费 600 元     a statistic: a miss is unverifiable

The per-unit word opens the figure's label (data/average_terms.toml): `X均` (`人均`, `户均`, `亩均`),
`(平均)每[万|千]X` (`每户`, `每个项目`, `每万人`), a yield (`亩产`, `单产`), a unit of time said as a
mean (`年均`, `每年平均`, `日均`), or a bare `平均`. It names the count: a number of its sentence (or
the sentence before, in its paragraph) counted in that unit (`人均` in 人, 名, 人次; `户均` in 户, 家;
`亩产` in 亩 or 公顷), in the classifier and its noun (`每个项目` and `14 个项目`), or, for a unit of
time, the years, months or days the sentence says (`25 年来`, `2021 年至 2025 年`); a bare `平均`
takes the one count of its sentence run that shares a word with it (`共资助 1100 人` and
`平均资助强度`). The total is an amount of the figure's kind in the same reach, in its unit or one
converted to it (万吨 to 公斤, 公顷 to 亩), larger than the figure, itself no per-unit figure nor a
change; a total said as one (`共`, `总`, `累计`) before any other, else the one whose quotient
gives the figure, else the nearest.

The arithmetic decides: a quotient (times the scale of `每万人`) that meets the figure within the
precision written (`约`, `多`, `近` widen it) is consistent. A miss is a finding only where the words
tie the numbers: the figure said as a mean (`均`, `产`; a plain `每根 100 吨` is a standard, no
mean), the total said as a whole (`共`, `总`, `累计`), both it and the count in the figure's run (no
`；`), the quotient within a factor of two; else the words may mean another relation: no finding.
Such a miss is inconsistent only beyond doubt (the count named by the figure's unit, the only one;
the only total; no statistic over a population such as `人均收入`; for a mean per year, the years
said before the whole in its run; the figure's holders not narrowed to a part of the total's,
`其中小麦亩产` or a kind word the total's sentence never says), else unverifiable with the reason. Only where no other check
took the figure (CLAIM_ONLY). Numbers are looked for among a fixed number on either side: linear
in the page.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..fact_types import SUMMABLE_TYPES
from . import cues, year_means
from .average import scale_of
from .average_named import cjk_pairs
from .heads import record_field
from .model import Draft, Num, PageView, same_unit
from .tolerance import Interval, fmt, fmt_like, rounded

_LABEL = 14  # characters before a figure read for its per-unit word
_REACH = 12  # numbers on either side of a figure among which its total and count are looked for
_WIDE = 2.0  # a quotient further off the figure than this factor: the words meant another relation
_WORD = 2  # characters of a word a bare average shares with its count's name
_YEARS_BACK = 120  # characters before a mean per year in which its span of years is read (`2021 年至 2025 年`)
_BETWEEN = 4  # characters from 每 to a 平均 after it (`每个项目平均`)
_CJK = re.compile("[\u4e00-\u9fff]")
_YEAR = re.compile(r"\d{4}")  # a record's period of one whole year
_DAYS = 365
_FAR = 60  # numbers before a mean among which the count of the holders it names (`每个公社`) is looked for


class _Per(NamedTuple):
    units: tuple[str, ...]  # units a count of the holders is in (`人`, `名`, `人次`); empty: any
    name: str  # the holders' noun after a classifier (`项目` of `每个项目`), '' where the unit names them
    scale: float  # `每万人`: 10000
    period: str  # `年`, `月`, `日` where the figure is per unit of time, else ''
    bare: str  # the measure of a bare `平均` (`资助强度`), '' otherwise
    what: str  # the words after the per-unit word (`消费`, `收入`)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("average_terms.toml")["average_terms"]


@lru_cache(maxsize=1)
def _classifiers() -> tuple[str, ...]:
    return cues.words("enumeration", "count_classifiers")


def check(view: PageView) -> list[Draft]:
    out = []
    for per in view.nums:
        if per.type not in SUMMABLE_TYPES or per.sentence < 0 or per.qualifier not in ("exact", "about", "over") \
                or per.value <= 0:
            continue
        p = per_word(view.label_before(per, _LABEL))
        if p is None:
            continue
        d = _draft(view, per, p)
        if d is not None:
            out.append(d)
    return out


def per_word(label: str) -> _Per | None:
    """The per-unit word that stands last in a figure's label, and what it names; None where none
    does or the words after it say a change (`人均收入增加`)."""
    c = _cues()
    label = label.rstrip("为是达到了约近")
    each, mean = label.rfind(c["each"]), label.rfind(c["unit_mean"])
    yields = max(((label.rfind(w), w) for w in c["yields"]), default=(-1, ""))
    at = max(each, mean, yields[0])
    if at < 0:
        return None
    meant = any(w in label for w in c["period_mean"])
    if at == mean and each >= 0 and label[mean - 1:mean] == c["mean"][0] and mean - each <= _BETWEEN:
        at = each  # `每人平均`: the unit is said after 每, 平均 after it
    if at == each:
        rest, scale = label[each + 1:].replace(c["mean"], ""), 1.0
        word = next((w for w in c["scales"] if rest.startswith(w)), "")
        if word:
            rest, scale = rest[len(word):], scale_of(word)
        if not rest or not _CJK.match(rest[0]):
            return None
        unit = rest[0]
        if unit in c["periods"]:
            return _Per((), "", 1.0, unit, "", rest[1:]) if meant else None
        name = rest[1:1 + _WORD] if unit in _classifiers() and len(rest) > _WORD else ""
        what = rest[1 + len(name):]
        return None if _changed(what) else _Per(tuple(c["units"].get(unit, [unit])), name, scale, "", "", what)
    if at == yields[0]:
        unit = c["yields"][yields[1]]
        what = label[at + len(yields[1]):]
        return None if _changed(what) else _Per(tuple(c["units"].get(unit, [unit])) if unit else (), "", 1.0, "", "", what)
    what = label[mean + 1:]
    if mean < 1 or _changed(what) or not _CJK.match(label[mean - 1]):
        return None
    x = label[mean - 1]
    if x in c["not_unit"]:
        before = label[mean - 2] if mean >= 2 else ""
        if before in c["periods"]:  # `年平均`: a mean per year
            return _Per((), "", 1.0, before, "", what)
        return _Per((), "", 1.0, "", what or "?", what) if x == c["mean"][0] else None
    if x in c["periods"]:
        return _Per((), "", 1.0, x, "", what)
    return _Per(tuple(c["units"].get(x, [x])), "", 1.0, "", "", what)


def _changed(words: str) -> bool:
    return any(w in words for w in _cues()["rules"]["changes"])


def _size(unit: str | None) -> tuple[str, float] | None:
    """The dimension of a unit and its size in that dimension's first unit (`吨`: mass, 1000)."""
    for dim, sizes in _cues()["sizes"].items():
        if unit in sizes:
            return dim, float(sizes[unit])
    return None


def _factor(unit: str | None, to: str | None) -> float | None:
    """What one of `unit` is in `to`: 1 for the same unit, 1000 for 吨 in 公斤, None if unlike."""
    if same_unit(unit, to):
        return 1.0
    a, b = _size(unit), _size(to)
    return a[1] / b[1] if a and b and a[0] == b[0] else None


def _reach(view: PageView, per: Num) -> list[Num]:
    """The numbers near the figure in its sentence, or in the sentence before in its paragraph."""
    near = view.before(per.start, _REACH) + view.after(per.end, _REACH)
    return [n for n in near if n is not per and (n.sentence == per.sentence or n.end <= per.start
            and n.sentence == per.sentence - 1 and n.paragraph == per.paragraph >= 0)]


def _run(view: PageView, a: Num, b: Num) -> bool:
    """In one sentence and one part of it (no `；` between)."""
    lo, hi = sorted((a, b), key=lambda n: n.start)
    return a.sentence == b.sentence and "；" not in view.text[lo.end:hi.start]


def _named(view: PageView, n: Num) -> str:
    return view.label_before(n) + view.noun_after(n)


def _counts(view: PageView, per: Num, p: _Per, near: list[Num]) -> list[tuple[Num, float]]:
    """The counts the per-unit word names, with what one of each is in the figure's unit."""
    out = []
    for n in near:
        if n.qualifier == "range" or n.value <= 1 or n.same_measure(per):
            continue
        if p.period:
            if n.type == "duration" and n.unit in _cues()["periods"][p.period]:
                out.append((n, 1.0))
            continue
        if n.type not in ("count", "quantity"):
            continue
        if p.bare:
            if n.type == "count" and _run(view, n, per) and cjk_pairs(p.bare) & cjk_pairs(view.label_before(n)):
                out.append((n, 1.0))
            continue
        if not p.units:  # `单产`: over any area
            if _size(n.unit) and _size(n.unit)[0] == "area":
                out.append((n, 1.0))
            continue
        f = next((x for u in p.units if (x := _factor(n.unit, u)) is not None), None)
        noun = view.noun_after(n)
        if f is None and noun.startswith(p.units):
            f = 1.0
        if f is not None and (not p.name or p.name in _named(view, n)):
            out.append((n, f))
    return out


def _totals(view: PageView, per: Num, near: list[Num], count: Num) -> list[tuple[Num, float]]:
    """Amounts of the figure's kind that may be its total, with what one of each is in its unit."""
    out = []
    for n in near:
        if n is count or n.type != per.type or n.qualifier == "range":
            continue
        f = _factor(n.unit, per.unit)
        label = view.label_before(n, _LABEL)
        if f is None or n.value * f <= per.value or per_word(label) is not None or _changed(label[-4:]):
            continue
        out.append((n, f))
    return out


def _whole(view: PageView, n: Num) -> bool:
    return any(w in view.label_before(n, _LABEL) for w in _cues()["rules"]["total"])


def _draft(view: PageView, per: Num, p: _Per) -> Draft | None:
    near = _reach(view, per)
    counts = _counts(view, per, p, near)
    years = None
    if not counts and p.period == "年":
        s = view.sentences[per.sentence]
        years = year_means.years_named(view.text[max(s.start, per.start - _YEARS_BACK):per.start])
    if not counts and not years:
        return _year_parts(view, per, p) or _far_holders(view, per, p, near)
    # the nearest count of the figure's own sentence, else of the sentence before
    own = [x for x in counts if x[0].sentence == per.sentence]
    if p.period:  # `25 年来，每年平均…`: the span is said before its mean; one after may be another's
        own = [x for x in own if x[0].end <= per.start] or own
    count, cf = min(own or counts, key=lambda x: abs(x[0].start - per.start)) if counts else (None, 1.0)
    totals = _totals(view, per, near, count)
    if count is not None:
        totals = [x for x in totals if x[0].sentence == per.sentence or x[0].sentence == count.sentence]
    if not totals:
        return None
    denom = count.interval.scale(cf) if count is not None else Interval.point(float(years))
    quotient = {id(n): (n.interval.scale(f) / denom).scale(p.scale) for n, f in totals}
    whole = [x for x in totals if _whole(view, x[0])]
    meets = [x for x in totals if quotient[id(x[0])].meets(per.quotient)]
    total, tf = (whole and [x for x in whole if x in meets] or meets or whole or
                 [min(totals, key=lambda x: abs(x[0].start - per.start))])[0]
    point = total.value * tf / ((count.value * cf) if count is not None else years) * p.scale
    facts = [per.ref(), total.ref()] + ([count.ref()] if count is not None else [])
    by = count.written if count is not None else f"{years} 年"
    shown = (f"{total.written} ÷ {by}{' × ' + fmt(p.scale) if p.scale != 1 else ''} = "
             f"{fmt_like(point, per.text, per.value)}")
    if quotient[id(total)].meets(per.quotient):
        return Draft("average", "consistent", facts, round(point, 4), per.shown,
                     f"{shown}，与所述 {per.written} 一致{rounded(round(point, 6), per.value)}。")
    if point <= 0 or max(point / per.value, per.value / point) > _WIDE or not _tied(view, per, p, total, count):
        return None  # so far off, or tied so loosely, that the words may mean another relation
    weak = _doubt(view, per, p, total, count, counts, totals)
    if weak:
        return Draft("average", "unverifiable", facts, round(point, 4), per.shown,
                     f"{shown}，与所述 {per.written} 不符；但{weak}，无法据此判定有误。")
    return Draft("average", "inconsistent", facts, round(point, 4), per.shown, f"{shown}，与所述 {per.written} 不符。")


def _year_parts(view: PageView, per: Num, p: _Per) -> Draft | None:
    """`去年有 9640 人死于交通事故 … 平均每天有 26.4 人`: a mean per day or month whose span the
    text leaves unsaid, over a total of one whole year (its record's period) said in its sentence
    or the one before: the year's days or months are the count. Only a quotient that meets the
    figure is said (consistent); a miss may be of another span."""
    parts = _cues()["year_parts"].get(p.period)
    if not parts:
        return None
    near = _reach(view, per)
    for total, f in _totals(view, per, near, None):
        period = record_field(total, "period") or ""
        if not _YEAR.fullmatch(period) or period != (record_field(per, "period") or period):
            continue
        year = int(period)
        days = float(parts) + (1.0 if parts == _DAYS and (year % 4 == 0 and year % 100 != 0 or year % 400 == 0) else 0.0)
        quotient = total.interval.scale(f) / Interval.point(days)
        if quotient.meets(per.quotient):
            point = total.value * f / days
            return Draft("average", "consistent", [per.ref(), total.ref()], round(point, 4), per.shown,
                         f"{total.written} ÷ {fmt(days)}（{year} 年的{'天' if parts == _DAYS else '月'}数）= "
                         f"{fmt_like(point, per.text, per.value)}，与所述 {per.written} 一致{rounded(round(point, 6), per.value)}。")
    return None


def _far_holders(view: PageView, per: Num, p: _Per, near: list[Num]) -> Draft | None:
    """`现已合并为 2.4 万多个人民公社 … 各公社办农业中学 3 万多所，平均每个公社 1.2 所`: a mean
    over holders named by classifier and noun (`每个公社`) whose count the article said earlier,
    paragraphs before, by that noun (the first of the article's counts before it that ends so,
    within a fixed number of numbers), the total in the figure's sentence run. Only a quotient
    that meets the figure is said (consistent): the count of a noun said far off may be of other
    holders, so a miss says nothing."""
    if not p.name or p.period or p.bare:
        return None
    far = [n for n in view.before(per.start, _FAR) if n.article == per.article and n.sentence < per.sentence - 1
           and n.type == "count" and n.value > 1 and n.qualifier != "range" and n.unit in p.units
           and view.noun_after(n).lstrip("的").startswith(p.name)]
    if not far:
        return None
    count = far[-1]
    for total, f in _totals(view, per, near, count):
        if not _run(view, total, per):
            continue
        point = total.value * f / count.value * p.scale
        if (total.interval.scale(f) / count.interval).scale(p.scale).meets(per.quotient):
            return Draft("average", "consistent", [per.ref(), total.ref(), count.ref()], round(point, 4), per.shown,
                         f"{total.written} ÷ {count.written}（前文所说的{p.name}数）= "
                         f"{fmt_like(point, per.text, per.value)}，与所述 {per.written} 一致{rounded(round(point, 6), per.value)}。")
    return None


def narrowed(view: PageView, per: Num, total: Num) -> str | None:
    """Why the figure's holders are a part of the total's: `其中` before it, or a kind word before
    its per-unit word (`其中小麦亩产`, `水稻单产`) that the total's sentence, up to the total, never
    says (`粮食…总产量 120 亿斤`): the mean is of that part, whose total the text does not give."""
    said = view.text[view.clause_start(per.start):per.start]
    rules = _cues()["rules"]
    if any(w in said for w in rules["narrowing"]):
        return "平均数只就总数中的一部分而言（“其中”），其总数未在文中给出"
    label = view.label_before(per, _LABEL)
    at = _per_at(label)
    kind = "".join(ch for ch in label[max(0, at - _WORD):at] if _CJK.match(ch))
    if len(kind) < _WORD or kind in rules["not_kinds"]:
        return None
    sent = view.sentences[total.sentence]
    if kind in view.text[sent.start:total.start]:
        return None
    return f"平均数所指的“{kind}”未见于总数 {total.written} 的说法，可能只是其中一类"


def _per_at(label: str) -> int:
    """Where the per-unit word that per_word reads begins in a label (`小麦亩产` → 2, `人均` → 0)."""
    c = _cues()
    at = max([label.rfind(c["each"]), label.rfind(c["unit_mean"]) - 1]
             + [label.rfind(w) for w in c["yields"]])
    while at > 0 and label[:at].endswith(c["mean"]):  # `小麦平均亩产`, `平均每人`
        at -= len(c["mean"])
    return max(at, 0)


def _tied(view: PageView, per: Num, p: _Per, total: Num, count: Num | None) -> bool:
    """Whether a miss is worth a finding: the figure said as a mean (not a plain `每根 100 吨`),
    the total said as a whole, both it and the count in the figure's sentence run (no `；`)."""
    said = view.label_before(per, _LABEL)
    return any(w in said for w in _cues()["said_mean"]) and _whole(view, total) \
        and _run(view, total, per) and (count is None or _run(view, count, per))


def _doubt(view: PageView, per: Num, p: _Per, total: Num, count: Num | None, counts: list, totals: list) -> str | None:
    """Why a mismatch says nothing of an error: the words do not tie the three beyond doubt."""
    part = narrowed(view, per, total)
    if part:
        return part
    if p.period and count is not None and count.start < total.start and _run(view, count, per) \
            and _run(view, total, per) and _whole(view, total) \
            and len([x for x in counts if _run(view, x[0], per)]) == 1:
        return None  # `五年累计改造 4250 万套，年均 950 万套`: the years, the whole and its mean in one run
    if count is None or p.period or p.bare or not p.units:
        return "个数或平均的单位未由数字直接给出"
    if any(w in p.what for w in _cues()["rules"]["statistic"]):
        return f"“{p.what}”是按人口统计的平均数，分母未必是所给人数"
    if not (_run(view, total, per) and _run(view, count, per)):
        return "总数、个数与平均数不在同一句的同一部分"
    if len([x for x in counts if _run(view, x[0], per)]) > 1 or len([x for x in totals if _run(view, x[0], per)]) > 1:
        return "句中可作总数或个数的数不止一个"
    if not _whole(view, total):
        return f"{total.written} 未说明是总数"
    return None
