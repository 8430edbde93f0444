"""ratios: a stated ratio against the two numbers it compares, and a structure of shares against 100.

No fact type holds a ratio, so the ratio is read here from the text (claim span of its own):
    剥离企业195起，购并2125起，剥离对购并的比例约为1∶11      2125 ÷ 195 = 10.9, stated 11
    工业增加值增长11%，农业增加值约为4%，农工发展比例关系为1∶2.75   11 ÷ 4 = 2.75
    第一、第二和第三产业的结构比例为68∶26∶6                     68 + 26 + 6 = 100
(shares written with decimals, 8.3∶41.4∶50.3, are structure.py's)
The two numbers are the last two of one measure in the ratio's sentence before it (and after an
earlier ratio of the sentence); the text may name them in either order (农工 after 工业…农业), so
either order that holds is consistent. A mismatch is inconsistent only where the rounding of every
written digit (and ±10% for 约) leaves no room and the two are the only numbers of their measure
there, neither named as a whole (else unverifiable); terms of a structure that sum far from 100 are
not shares, and nothing is said. Not read: scores (以97∶85击败: no cue word), 1∶1仿制.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import ABOUT, Interval, as_number, fmt

_NUMBER = r"\d+(?:\.\d+)?"
_SEPARATOR = "[∶:]"
NEAREST = 12  # numbers before the ratio looked at (a long sentence costs no more)
SHARES_NEAR = 10.0  # terms summing within this of 100 are meant as shares of a whole


def _words(*keys: tuple[str, str]) -> str:
    t = cues.table("ratios.toml")
    ws = sorted({w for section, key in keys for w in t[section][key]}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ws)


@lru_cache(maxsize=1)
def ratio_pattern() -> re.Pattern:
    terms = f"{_NUMBER}(?:{_SEPARATOR}{_NUMBER})+"
    return re.compile(f"(?P<cue>{_words(('ratio', 'cues'), ('structure', 'cues'))})"
                      f"(?P<join>{_words(('ratio', 'joins'))})?"
                      f"(?P<terms>{terms})(?![\\d.]|{_SEPARATOR}\\d)")


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    last_end = 0
    for m in ratio_pattern().finditer(view.text):
        terms = re.split(_SEPARATOR, m.group("terms"))
        start = m.start("terms")
        if any(view.text.startswith(w, m.end()) for w in cues.table("ratios.toml")["ratio"]["not_after"]):
            continue
        about = "约" in (m.group("join") or "")
        if len(terms) == 2:
            d = _two_terms(view, m, terms, max(last_end, view.sentence_span(start)[0]), about)
        else:
            d = _structure(view, m, terms)
        last_end = m.end()
        if d is not None:
            out.append(d)
    return out


def ratio_term(text: str) -> Interval:
    """A written term with half a unit of its last digit either side; the 1 of `1∶N` is exact
    (the ratio is scaled to it)."""
    if text == "1":
        return Interval.point(1.0)
    decimals = len(text.split(".")[1]) if "." in text else 0
    half = 0.5 * 10.0 ** -decimals
    v = float(text)
    return Interval(max(v - half, 0.0), v + half)


def _two_terms(view: PageView, m: re.Match, terms: list[str], since: int, about: bool) -> Draft | None:
    start = m.start("terms")
    before = [n for n in view.between(since, start) if n.sentence == view.sentence_index(start)]
    pair = _last_pair(before[-NEAREST:])
    if pair is None:
        return None
    a, b = pair
    stated = ratio_term(terms[1]) / ratio_term(terms[0])
    if about:
        stated = Interval(stated.lo * (1 - ABOUT), stated.hi * (1 + ABOUT))
    forward, backward = b.interval / a.interval, a.interval / b.interval
    claim = view.raw_ref(start, m.end("terms"))
    shown = f"{terms[0]}∶{terms[1]}"
    point = float(terms[1]) / float(terms[0])
    for iv, (x, y) in ((forward, (a, b)), (backward, (b, a))):
        if iv.meets(stated):
            got = y.value / x.value
            return Draft("ratio", "consistent", [claim, x.ref(), y.ref()], as_number(round(got, 4)),
                         as_number(round(point, 4)),
                         f"{y.written} ÷ {x.written} = {fmt(got, 3)}，所称比例{shown}即1∶{fmt(point, 3)}，"
                         f"在所写数字的舍入精度内一致")
    if not _sure(view, before, a, b):
        return Draft("ratio", "unverifiable", [claim, a.ref(), b.ref()], None, as_number(round(point, 4)),
                     f"所称比例{shown}与前面的{a.written}、{b.written}不合，但句中还有同类数字或总数，"
                     f"不能确定比的是哪两个数")
    got_f, got_b = b.value / a.value, a.value / b.value
    got = got_f if abs(got_f - point) <= abs(got_b - point) else got_b
    x, y = (a, b) if got == got_f else (b, a)
    return Draft("ratio", "inconsistent", [claim, x.ref(), y.ref()], as_number(round(got, 4)),
                 as_number(round(point, 4)),
                 f"{y.written} ÷ {x.written} = {fmt(got, 3)}，所称比例{shown}即1∶{fmt(point, 3)}，"
                 f"两种次序都超出所写数字的舍入精度{'（含“约”的±10%）' if about else ''}")


def _sure(view: PageView, before: list[Num], a: Num, b: Num) -> bool:
    """A mismatch counts only where the two are the only numbers of their measure before the ratio
    and neither is named as a whole (`全市人口…，其中…，城乡比例`: the ratio may be of other parts)."""
    if sum(1 for n in before if n.same_measure(a)) != 2:
        return False
    wholes = cues.table("ratios.toml")["ratio"]["whole_words"]
    return not any(w in view.label_before(n) for n in (a, b) for w in wholes)


def _last_pair(nums: list[Num]) -> tuple[Num, Num] | None:
    """The last two numbers of one measure (a count with a count, a percent with a percent)."""
    for i in range(len(nums) - 1, 0, -1):
        for j in range(i - 1, -1, -1):
            if nums[j].same_measure(nums[i]) and nums[j].value > 0 and nums[i].value > 0:
                return nums[j], nums[i]
    return None


def _structure(view: PageView, m: re.Match, terms: list[str]) -> Draft | None:
    """Whole-number shares (68∶26∶6); structure.py reads those written with decimals."""
    if any("." in t for t in terms):
        return None
    total = Interval(0.0, 0.0)
    for t in terms:
        total = total + ratio_term(t)
    point = sum(float(t) for t in terms)
    if abs(point - 100) > SHARES_NEAR:
        return None  # 1∶2∶3: a ratio of terms, not shares of 100
    ok = total.meets(Interval.point(100.0))
    shown = "+".join(terms)
    refs, pos = [view.raw_ref(m.start("terms"), m.end("terms"))], m.start("terms")
    for t in terms:  # each term a fact of its own, as structure.py gives them
        at = view.text.find(t, pos)
        refs.append(view.raw_ref(at, at + len(t)))
        pos = at + len(t)
    return Draft("sum", "consistent" if ok else "inconsistent", refs, as_number(round(point, 4)), 100,
                 f"结构各项{shown}={fmt(point)}，应合计100"
                 + ("，在所写数字的舍入精度内一致" if ok else "，超出所写数字的舍入精度"))
