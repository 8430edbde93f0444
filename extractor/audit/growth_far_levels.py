"""growth: a change whose base its sentence gives and whose new level was said paragraphs before,
found by arithmetic.

    …共签约项目 62 个，总投资 486.3 亿元。… 与上年集中签约活动的 55 个项目、421.7 亿元相比，项目个数
    增加 7 个，总投资增长 15.3%
        62 − 55 = 7 个; 486.3 ÷ 421.7 − 1 = 15.32%
    …共完成交易项目 186 个，交易总额 9.83 亿元…。与上季度相比：第二季度完成交易项目 165 个、交易额
    8.71 亿元，本季度项目数增加 21 个，交易额增加 1.12 亿元，环比增长 12.9%

    …1997 年的最后一天，纽约股市以 7908.25 点封关…。…预计 1998 年底道—琼斯指数平均值可达 8780 点，
    升幅为 11%
        the other way round: the level said with the change is the new one where the earlier
        number's period ends before its own (1997, 1998-12): 8780 ÷ 7908.25 − 1 = 11.02%

A report that compares with an earlier period at its end names the earlier levels only; the
current ones are its own totals, said at its start. growth.py reads the levels of the change's
clauses; here the base is a number of the change's sentence before it and the new level a number
of its measure earlier in the article (not past `_FAR` characters), and the pair is kept only where
the arithmetic gives the change within the precision written, both levels written with two
significant digits or more and the change (a percent) with two, an amount of change named like
the new level (a shared word of two characters). Arithmetic that holds is evidence of the
relation; a miss is no evidence of an error, so every finding is `consistent`, and a change
another check reports on is left to it (CLAIM_ONLY).
"""
from __future__ import annotations

from .arith import AMOUNT_TYPES, digits, label, sharp
from .arith_ratio import way_of
from .model import Draft, Num, PageView
from .tolerance import Interval, as_number, fmt, fmt_like, rounded

_FAR = 1500  # characters back where the new level may stand
_BACK = 60  # numbers before the base among which the new level is looked for
_SHARED = 2  # characters an amount of change's words share with its new level's


def check(view: PageView) -> list[Draft]:
    out = []
    for p in view.nums:
        if p.sentence < 0 or not sharp(p):
            continue
        way = way_of(label(view, p, 8))
        if way is None:
            continue
        if p.type == "percent" and p.unit == "%" and digits(p) >= 2:
            d = _pair(view, p, way, _percent)
        elif p.type in AMOUNT_TYPES:
            d = _pair(view, p, way, _amount)
        else:
            d = None
        if d is not None:
            out.append(d)
    return out


def _pair(view: PageView, p: Num, way: str, fits) -> Draft | None:
    """The base in p's sentence, nearest first, and the new level earlier in the article."""
    bases = [b for b in view.in_sentence(p.sentence) if b.end <= p.start and b.type in AMOUNT_TYPES
             and sharp(b) and digits(b) >= 2 and way_of(label(view, b, 8)) is None
             and (p.type == "percent" or b.same_measure(p))]
    for base in reversed(bases):
        news = [n for n in view.before(base.start, _BACK) if n.article == p.article and base.start - n.end <= _FAR
                and n.sentence != p.sentence and n.same_measure(base) and sharp(n) and digits(n) >= 2
                and n.value != base.value and way_of(label(view, n, 8)) is None]
        for new in reversed(news):
            d = fits(view, p, way, new, base)
            if d is None and fits is _percent and _before(new, base):
                d = _percent(view, p, way, base, new, far="基期")  # the sentence's level the new one, the earlier its base
            if d is not None:
                return d
    return None


def _before(early: Num, late: Num) -> bool:
    """The earlier number's period ends before the later one's starts (`1997` before `1998-12`):
    said with a change after it, the later level is the new one and the earlier its base."""
    a, b = early.rec.get("period"), late.rec.get("period")
    if not isinstance(a, str) or not isinstance(b, str) or ".." in a or ".." in b:
        return False  # (an open end, 2021/.. or ../1998-12, is no point in time to order by)
    return a.split("/")[-1] < b.split("/")[0] and not b.split("/")[0].startswith(a.split("/")[-1])


def _percent(view: PageView, p: Num, way: str, new: Num, base: Num, far: str = "本期") -> Draft | None:
    if (new.value > base.value) != (way == "up"):
        return None
    ratio = (new.interval / base.interval).scale(100.0)
    hundred = Interval(100.0, 100.0)
    if not (ratio - hundred if way == "up" else hundred - ratio).meets(p.interval):
        return None
    point = new.value / base.value * 100.0 - 100.0
    text = (f"({new.written} − {base.written}) ÷ {base.written} = {fmt(point, 2)}%，与所述 {p.written} 一致"
            f"{rounded(abs(point), p.value)}（由算术得出：{far}水平见前文）。")
    return Draft("growth", "consistent", [p.ref(), new.ref(), base.ref()], round(point, 3),
                 p.shown if way == "up" else -p.value, text, {"found_by": "arithmetic"})


def _amount(view: PageView, d: Num, way: str, new: Num, base: Num) -> Draft | None:
    if (new.value > base.value) != (way == "up") or not _named_alike(view, d, new):
        return None
    got = (new.interval - base.interval).scale(1 if way == "up" else -1)
    if not got.meets(d.interval):
        return None
    point = new.value - base.value
    text = (f"{new.written} − {base.written} = {fmt_like(abs(point), d.text, d.value)}，与所述"
            f"{'增加' if way == 'up' else '减少'} {d.written} 一致（由算术得出：本期水平见前文）。")
    return Draft("growth", "consistent", [d.ref(), new.ref(), base.ref()], as_number(point),
                 d.shown if way == "up" else -d.value, text, {"found_by": "arithmetic"})


def _named_alike(view: PageView, d: Num, new: Num) -> bool:
    """`项目个数增加 7 个` and `签约项目 62 个`: the words of the change's clause and of the level's
    share a name."""
    a = view.text[view.clause_start(d.start):d.start]
    b = view.label_before(new, 20)
    grams = {a[i:i + _SHARED] for i in range(len(a) - _SHARED + 1)}
    return any(b[i:i + _SHARED] in grams for i in range(len(b) - _SHARED + 1))
