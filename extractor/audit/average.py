"""average: a figure per unit against a total and a count stated in earlier sentences.

Structures read (cue words in data/cues.toml [average]):
    全省农村劳动力为 X 万人。按农户数 N 万户计算，户均劳动力 Y 人
        `按 … N … 计算` names the count; the total is the earlier number of the figure's
        measure whose name ends like the figure's (`劳动力`)
    主要农业机械总量 X 万台。平均每万名劳动力拥有 Y 台
        `每(万|千|百)名 <noun>` names the count by its noun and the scale; the total is the
        number of the figure's measure marked as a total (`总量`, `共`) in the sentence
        before or the figure's own
    拥有床位 X 张，每千人口拥有床位 Y 张
        without 平均 only with a scale (`每户增收` is none); the total may be named by what
        is had (`床位`) instead of a total word
A figure whose total and count share its sentence is read by bounds.py. The count and the total
are found from the words; the arithmetic then decides. A total or a count named only by a
head of two characters is weak: a mismatch is then unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues, wholes
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, fmt_like, rounded

_SURE = 4  # characters a name must share with the figure's to be surely its total or count
_HEAD = 2
_NEAR = 20  # numbers before a figure among which its `按 … 计算` count is looked for


# a figure per unit as written: `户均劳动力 3.12 人`, `平均每万名劳动力拥有 460.4 台`
_CJK = "[\u4e00-\u9fff]"
_DIGITS = "[0-9０-９]+(?:[.．·][0-9０-９]+)?"
_BY_UNIT = rf"(?P<unit>(?!平){_CJK})均(?P<metric>{_CJK}{{2,10}}?)数?"
# `每千人口拥有床位 6.80 张`: without 平均 only with a scale; what is had (`床位`) names the total
_PER = rf"(?P<mean>平均)?每(?P<scale>{{scales}})?[名个户位]?(?P<noun>{_CJK}{{{{2,8}}}}?)(?:(?:拥有|占有|有)(?P<what>{_CJK}{{{{0,6}}}}?))?"
_FULL = str.maketrans("０１２３４５６７８９．·", "0123456789..")


@lru_cache(maxsize=None)
def _figure_pattern() -> re.Pattern:
    per = _PER.format(scales="|".join(cues.words("average", "scale_words")))
    return re.compile(rf"(?:{per}|{_BY_UNIT})[为是达]?(?P<num>{_DIGITS})(?P<measure>{_CJK})")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _figure_pattern().finditer(view.text):
        per = _figure(view, m)
        if per is None or not (m.group("mean") or m.group("scale") or m.group("unit")):
            continue  # `每户增收 3000 元` is no figure per unit of a total
        found = _by_basis(view, per, m) if m.group("unit") else _per_scaled(view, per, m)
        if found:
            drafts.append(average_draft(per, *found))
    return drafts


def _figure(view: PageView, m: re.Match) -> Num | None:
    """The figure as a number of the page: its fact record where the extractor made one (it
    leaves out most counts per unit), else one read here."""
    start, end = m.start("num"), m.end("measure")
    for n in view.between(start, end + 1):
        if n.start == start:
            return n if n.qualifier == "exact" else None
    sent = view.sentence_index(start)
    if sent < 0:
        return None
    measure = m.group("measure")
    type_ = "money" if measure == "元" else "count"
    value = float(m.group("num").translate(_FULL))
    n = Num(view.raw_ref(start, end), start, end, type_, value, measure, "exact", None, view.text[start:end])
    n.sentence, n.paragraph, n.article = sent, view.sentences[sent].paragraph, view.sentences[sent].article
    return n


def scale_of(word: str) -> float:
    """`万` gives 10000, `十万` 100000: the product of the numeral places written."""
    from ..numerals import big_scales, small_scales
    places = {**small_scales(), **big_scales()}
    value = 1.0
    for c in word:
        value *= float(places.get(c, 1))
    return value


def _by_basis(view: PageView, per: Num, m: re.Match) -> tuple[Num, Num, float, str | None] | None:
    """`按农户数 N 万户计算，户均劳动力 Y 人`: (total, count, scale, weak)."""
    basis = [n for n in view.before(per.start, _NEAR) if n.sentence == per.sentence and n.type == "count"
             and cues.contains_any(view.text[view.clause_start(n.start):n.start], "average", "basis_open")
             and view.text[n.end:view.clause_end(n.end)].endswith(cues.words("average", "basis_close"))]
    if not basis:
        return None
    metric = m.group("metric")
    totals = [n for n in wholes.article_before(view, per) if n.sentence < per.sentence
              and n.same_measure(per) and n.value > per.value]
    found = _named(view, metric, totals)
    return (found[0], basis[-1], 1.0, found[1]) if found else None


def _named(view: PageView, name: str, candidates: list[Num], largest: bool = False) -> tuple[Num, str | None] | None:
    """The nearest candidate (or the largest: a figure per head of a population is taken on all
    of it) whose name ends like `name` in four characters or more, or in the whole of a shorter
    name; else the nearest that shares its last two (weak, with the reason)."""
    tails = [(n, wholes.common_tail(name, wholes.bare_name(view, n))) for n in reversed(candidates)]
    # sure: four characters shared, or the whole name where it is shorter (`劳动力`)
    sure = [n for n, tail in tails if len(tail) >= min(_SURE, max(len(name), _HEAD + 1))]
    if sure:
        return (max(sure, key=lambda n: n.value) if largest else sure[0]), None
    near = [(n, tail) for n, tail in tails if len(tail) >= _HEAD]
    if near:
        n, tail = max(near, key=lambda x: x[0].value) if largest else near[0]
        return n, f"{n.written} 与“{name}”只共有“{tail}”"
    return None


def _per_scaled(view: PageView, per: Num, m: re.Match) -> tuple[Num, Num, float, str | None] | None:
    """`总量 X 万台。平均每万名劳动力拥有 Y 台`: (total, count, scale, weak)."""
    scale = scale_of(m.group("scale") or "")
    noun = m.group("noun")
    before = wholes.article_before(view, per)
    what = m.group("what") or ""
    totals = [n for n in before if n.same_measure(per) and n.sentence in (per.sentence, per.sentence - 1)
              and (cues.contains_any(view.label_before(n, 30), "average", "total_words")
                   or len(what) >= _HEAD and view.label_before(n, 30).rstrip("为是达有").endswith(what))]
    if not totals:
        return None
    total = totals[-1]
    counts = [n for n in before if n.type == "count" and not n.same_measure(per) and n.value > 0]
    found = _named(view, noun, counts, largest=True)
    if found is None or total.sentence == per.sentence and found[0].sentence == per.sentence:
        return None  # the figure, its total and its count in one sentence: bounds.py reads it
    return total, found[0], scale, found[1]


def average_draft(per: Num, total: Num, count: Num, scale: float, weak: str | None,
                  set_each: bool = False) -> Draft:
    """total ÷ count (× scale) against the figure per unit; `set_each`: that figure is a standard
    set to be paid (`按每间 2 万元的标准`), as exact as written, not a quotient rounded to its last digit
    (`2 万元` is 20000, not 15000–25000), as the target of a fulfilment rate is (rate_drafts.py)."""
    got = (total.interval / count.interval).scale(scale)
    point = total.value / count.value * scale
    ok = got.meets(Interval.point(per.value) if set_each and per.qualifier == "exact" else per.quotient)
    each = f"（每{fmt(scale)}）" if scale != 1 else ""
    text = (f"{total.written} ÷ {count.written}{' × ' + fmt(scale) if scale != 1 else ''} = "
            f"{fmt_like(point, per.text, per.value)}{each}，与所述 {per.written} "
            + ("一致" + rounded(round(point, 6), per.value) if ok else "不符"))
    verdict = "consistent" if ok else "inconsistent"
    if not ok and weak:
        verdict, text = "unverifiable", text + f"；但{weak}，未必是它的总量或个数，无法据此判定有误"
    return Draft("average", verdict, [per.ref(), total.ref(), count.ref()], round(point, 4), per.shown, text + "。")
