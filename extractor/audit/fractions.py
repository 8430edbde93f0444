"""fractions: a fraction stated in words (一半, 三分之一, 1/4) against the numbers it relates.

No fact type holds a fraction, so the fraction span is the claim itself:
    增加80万桶，…减少一半，即降至40万桶          80 × (1 − 1/2) = 40      (a change by a fraction)
    再增加1800亿斤，即增长三分之一             1800 ÷ base = 1/3         (the increment over a base)
    粮食产量300万吨，占全省900万吨的三分之一      300 ÷ 900 = 1/3          (a share of a stated whole)
The base of a change is the last number of the same measure before the change word in its
sentence. Each number carries half a unit of its last written digit; `以上`/`多` after the fraction
make it a lower bound, `约`/`左右` ±10%. A mismatch is inconsistent only for a share whose whole
is written between 占 and the fraction, or a change whose level follows 即 with the only number of
its measure before it in the sentence as the base; otherwise unverifiable. Fractions with no number to relate say nothing.
"""
from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .model import Draft, Num, PageView
from .tolerance import ABOUT, Interval, as_number, fmt

_CN = "零〇○一二两三四五六七八九十"
SHARE_SPAN = 24  # characters from 占 to the fraction (`占全国农田面积的`)
CHANGE_GAP = 6  # characters from the fraction to the level after 即 (`，即降至`)


def _table() -> dict:
    return cues.table("fractions.toml")


def _alt(section: str, key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_table()[section][key], key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    not_den = "".join(_table()["fraction"]["not_denominators"])
    words = (f"(?P<den>(?![{not_den}]分)[{_CN}百]+|\\d+)分之(?P<num>[{_CN}]+|\\d+)"
             f"|(?<![\\d/.])(?P<anum>\\d)/(?P<aden>\\d{{1,2}})(?![\\d/])"
             f"|(?P<half>{_alt('fraction', 'half')})")
    return re.compile(f"(?P<about>{_alt('fraction', 'about_before')})?(?:{words})"
                      f"(?P<over>{_alt('fraction', 'over')})?(?P<rough>{_alt('fraction', 'about')})?")


def fraction_of(m: re.Match) -> Fraction | None:
    if m.group("half"):
        return Fraction(1, 2)
    num, den = (m.group("num"), m.group("den")) if m.group("den") else (m.group("anum"), m.group("aden"))
    n, d = parse_number(num), parse_number(den)
    if n is None or d is None or not 0 < n < d:
        return None
    return Fraction(int(n), int(d))


def _interval(f: Fraction, m: re.Match) -> Interval:
    v = float(f)
    if m.group("over"):
        return Interval(v, 1.0)
    if m.group("about") or m.group("rough"):
        return Interval(v * (1 - ABOUT), v * (1 + ABOUT))
    return Interval.point(v)


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for m in _pattern().finditer(view.text):
        f = fraction_of(m)
        if f is None:
            continue
        if any(n.start < m.end() and m.start() < n.end for n in view.between(m.start() - 8, m.end() + 8)):
            # 三分之一 read as a percent fact: rate.py has its shares; a change joined to its level
            # by 即 (`减少四分之三，即降至 40 万桶`) no growth check reads, so it stays here whatever
            # the fraction is written as (`一半` is no fact, `四分之三` is)
            d = _change(view, m, f)
        else:
            d = _share(view, m, f) or _change(view, m, f)
        if d is not None:
            out.append(d)
    return out


def _shown(f: Fraction, m: re.Match) -> str:
    return f"{m.group().strip()}（{f.numerator}/{f.denominator}）"


def _share(view: PageView, m: re.Match, f: Fraction) -> Draft | None:
    """`X，占 W 的 F`: the part before the verb, the whole between the verb and the fraction."""
    lead = view.text[max(view.clause_start(m.start()) - 1, m.start() - SHARE_SPAN):m.start()]
    verb = max((lead.rfind(v), v) for v in _table()["share"]["verbs"])
    if verb[0] < 0 or not lead.endswith("的"):
        return None
    verb_at = m.start() - len(lead) + verb[0]
    sent = view.sentence_index(m.start())
    parts = [n for n in view.between(max(view.sentence_span(m.start())[0], verb_at - 60), verb_at) if n.sentence == sent]
    wholes = view.between(verb_at, m.start())
    if not parts:
        return None
    part = parts[-1]
    same = [w for w in wholes if w.same_measure(part)]
    if not same:
        return None
    whole = same[-1]
    got = part.interval / whole.interval
    stated = _interval(f, m)
    claim = view.raw_ref(m.start(), m.end())
    text = f"{part.written} ÷ {whole.written} = {fmt(part.value / whole.value, 3)}，所称{_shown(f, m)}"
    if got.meets(stated):
        return Draft("rate", "consistent", [claim, part.ref(), whole.ref()], as_number(round(part.value / whole.value, 4)),
                     as_number(round(float(f), 4)), text + "，在所写数字的舍入精度内一致")
    return Draft("rate", "inconsistent", [claim, part.ref(), whole.ref()], as_number(round(part.value / whole.value, 4)),
                 as_number(round(float(f), 4)), text + "，超出所写数字的舍入精度")


def _change(view: PageView, m: re.Match, f: Fraction) -> Draft | None:
    """`(基数 B …) 减少 F，即降至 Y` / `增加 Y，即增长 F`: the level or increment next to the fraction."""
    before = view.text[max(0, m.start() - 4):m.start()].rstrip("了")
    way = next((w for w in ("down", "up") for word in _table()["change"][w] if before.endswith(word)), None)
    if way is None:
        return None
    word_at = m.start() - (len(view.text[max(0, m.start() - 4):m.start()]) - len(before)) - \
        max(len(w) for w in _table()["change"][way] if before.endswith(w))
    sent = view.sentence_index(m.start())
    start = view.sentence_span(m.start())[0]
    earlier = [n for n in view.between(max(start, word_at - 200), word_at) if n.sentence == sent]
    after = view.text[m.end():m.end() + CHANGE_GAP]
    joined = re.match(f"[，,]?(?:{_alt('change', 'joins')})(?P<verb>{_alt('change', 'to_level')}|{_alt('change', 'by_amount')})?", after)
    later = [n for n in view.between(m.end(), m.end() + CHANGE_GAP + 12) if n.sentence == sent]
    sign = -1.0 if way == "down" else 1.0
    stated = _interval(f, m)
    claim = view.raw_ref(m.start(), m.end())
    if joined and later and earlier:
        level, base = later[0], next((n for n in reversed(earlier) if n.same_measure(later[0])), None)
        if base is None:
            return None
        to_level = joined.group("verb") in _table()["change"]["to_level"]
        if to_level:
            got = (level.interval - base.interval) / base.interval
            got = got.scale(sign)
            point = (level.value - base.value) / base.value * sign
            how = (f"({base.written} − {level.written}) ÷ {base.written}" if way == "down"
                   else f"({level.written} − {base.written}) ÷ {base.written}")
        else:
            got, point = level.interval / base.interval, level.value / base.value
            how = f"{level.written} ÷ {base.written}"
        sure = sum(1 for n in earlier if n.same_measure(level)) == 1  # no other base to choose
        return _change_draft(claim, [level, base], got, point, stated, f, m, how, sure)
    return None


def _change_draft(claim: dict, facts: list[Num], got: Interval, point: float, stated: Interval, f: Fraction,
                  m: re.Match, how: str, sure: bool) -> Draft:
    text = f"{how} = {fmt(point, 3)}，所称{_shown(f, m)}"
    if got.meets(stated):
        return Draft("growth", "consistent", [claim] + [n.ref() for n in facts], as_number(round(point, 4)),
                     as_number(round(float(f), 4)), text + "，在所写数字的舍入精度内一致")
    return Draft("growth", "inconsistent" if sure else "unverifiable", [claim] + [n.ref() for n in facts],
                 as_number(round(point, 4)), as_number(round(float(f), 4)), text + "，超出所写数字的舍入精度")
