"""range (bounds): a total against the number of units times what each unit holds.

Structures read (cue words in data/cues.toml):
    5000 万以上项目 49 个，总投资 38.6 亿元      a bound on each unit (`以上`, `以下`, `a 至 b`)
                                                right before the count of units; the total
                                                (`总`, `共`) in the sentence: total ≥ 49 × 5000 万
    从 5 至 15 户中推选邻长 … 18681 名邻长 … 26.5 万户
                                                a range whose clause names what the count counts
                                                (the noun after the count), and a total in the
                                                count's sentence in the range's unit
    18681 名邻长，每人联系 5 至 15 户，共 26.5 万户  a per-unit figure (`每人`, `每班`, `亩均`): the
    总投资 1.36 亿元，亩均投入 2000 元             total next to it (same or next clause) against
    每班 45 人 … 48 个班 2160 名学生               units × figure; an exact figure gives an
                                                `average` finding whose claim is the figure,
                                                before or after its total
The units are counted in the same sentence (not past `；`), or, for an area (`亩`), in an
earlier sentence of the article when the figure's sentence has no date of its own. The figure
and its total must measure the same thing (`投入` and `总投资` share a word; `月租金收入` and
`投资` do not); a figure said as a change (`人均纯收入从…`, `人均耕地增加…`) is none, unless its
total is said as the same change (`户均增收 N…合计增收 M`).
The total must lie between count × low and count × high.
"""
from __future__ import annotations

import math

from ..fact_types import SUMMABLE_TYPES
from . import cues, per_head, per_unit_totals
from .average_terms import narrowed
from .model import Draft, Num, PageView, same_unit
from .tolerance import as_number, fmt, fmt_like

_ATTRIBUTE_GAP = 10  # `以上工业项目` between a bound and its count
_NEXT_CLAUSES = 2  # a total and its per-unit figure: in the same clause or within the next two
_EARLIER = 40  # numbers before a per-unit figure among which its units may be counted
_GROUP_REACH = 2000  # characters after a range within which the units it groups are counted
_FUNCTION = "的了为达到是可能共有年月日按照"  # characters that name nothing measured
_BARE = "平"  # `平均` read as the unit before `均`: an average that names no unit


def check(view: PageView) -> list[Draft]:
    drafts = []
    for bound in view.nums:
        if bound.type not in SUMMABLE_TYPES:
            continue
        found = _attribute(view, bound) or _grouped(view, bound)
        if found:
            count, total = found
            drafts.append(bounds_draft(total, count, bound))
            continue
        found = _per_unit(view, bound)
        if found:
            count, total = found
            # the whole count and a monthly figure (per_head.py) before the nearest count as it stands
            d = per_head.draft(view, total, count, bound) or product_draft(total, count, bound, _rivals(view, bound, count))
            if d is None:
                continue
            part = narrowed(view, bound, total) if d.check == "average" and d.verdict == "inconsistent" else None
            if part:  # a mean of a part of the total's holders (`其中技术工人人均…`): its total is not given
                d.explanation = d.explanation.rstrip("。")
                d = d.doubted(f"；但{part}，无法据此判定有误。")
            span = per_unit_totals.span_word(view, bound, total)
            why = f"句中有“{span}”，总额可能是多个时段的合计" if span else per_unit_totals.doubt(view, bound, total, count)
            drafts.append(d.doubted(f"但{why}，总额未必是个数与各单位之数之积，无法据此判定有误。") if why else d)
    return drafts


def _rivals(view: PageView, per: Num, count: Num) -> bool:
    """Whether the per-unit figure's sentence counts another lot of the count's unit (`6.5 万亩耕地和
    1.2 万亩林地`): the total may be spread over either or both."""
    return any(n is not count and n.type == count.type and same_unit(n.unit, count.unit) and view.same_part(n, per)
               for n in view.in_sentence(per.sentence))


def _is_total(view: PageView, n: Num) -> bool:
    label = view.label_before(n)
    return any(label.startswith(w) or label.endswith(w) for w in cues.words("bounds", "total_markers"))


def _attribute(view: PageView, bound: Num) -> tuple[Num, Num] | None:
    """`5000 万以上项目 49 个，总投资 38.6 亿元`."""
    if bound.qualifier not in ("over", "under", "range") or bound.type == "count":
        return None
    after = [n for n in view.in_sentence(bound.sentence) if n.start >= bound.end]
    counts = [n for n in after if n.type == "count" and n.start - bound.end <= _ATTRIBUTE_GAP
              and view.clause_end(bound.end) >= n.end]
    if not counts:
        return None
    count = counts[0]
    totals = [n for n in view.in_sentence(bound.sentence) if n is not bound and n.same_measure(bound)
              and _is_total(view, n)]
    return (count, min(totals, key=lambda n: abs(n.start - count.start))) if totals else None


def _per_word(label: str) -> str | None:
    """The unit a per-unit figure is per: `每班` gives 班, `亩均` gives 亩."""
    best = None
    for w in cues.words("bounds", "per_before"):
        at = label.rfind(w)
        if at >= 0 and at + len(w) < len(label) and (best is None or at > best[0]):
            best = (at, per_unit_totals.classifier_at(label, at + len(w)) or label[at + len(w)])  # `每人次`: 人次
    for w in cues.words("bounds", "per_after"):
        at = label.rfind(w)
        if at > 0 and (best is None or at > best[0]):
            best = (at, label[at - 1])
    return best[1] if best else None


def _counts_per(view: PageView, n: Num, unit: str) -> bool:
    return n.type in ("count", "quantity") and (same_unit(n.unit, unit) or view.noun_after(n).startswith(unit))


def _per_unit(view: PageView, per: Num) -> tuple[Num, Num] | None:
    """`每班 45 人 … 48 个班 2,160 名学生`, `总投资 1.36 亿元，亩均投入 2000 元`: (count, total)."""
    label = view.label_before(per)
    unit = _per_word(label)
    change = _change_word(label)
    if unit is None or label.endswith(cues.words("bounds_per", "from_words")):
        return None  # `人均纯收入从 500 元`: a change, not a figure per unit
    if cues.contains_any(label, "bounds_per", "cap_words"):
        return None  # `每户最多补助 3000 元` is a cap, not what each got (each_totals.py: unverifiable)
    if cues.contains_any(label, "bounds_per", "plan_words") and cues.contains_any(
            view.text[slice(*view.sentence_span(per.start))], "bounds_per", "actual_words"):
        return None  # `每班计划招收 45 人，…实际招收 1980 名`: a plan against what was done, no average of it
    sentence = [n for n in view.in_sentence(per.sentence) if n is not per and view.same_part(n, per)]
    if unit == _BARE:
        # `共资助 1100 人，资助经费总额 6693 万元，平均资助强度为 6 万元`: a bare average names no unit;
        # its units are the count whose words it shares (`资助`), its total named as one
        return _bare_average(view, per, sentence)
    counts = [n for n in sentence if _counts_per(view, n, unit) and not n.same_measure(per)]
    dated = per.sentence in view.dated_sentences
    if not counts and not dated:
        # an area counted in an earlier sentence (people and households are counted of many
        # groups in one article, so only in the sentence), unless this one dates its figures
        earlier = [n for n in view.before(per.start, _EARLIER) if n.article == per.article
                   and n.type == "quantity"
                   and n.sentence != per.sentence and _counts_per(view, n, unit) and not n.same_measure(per)
                   and not cues.contains_any(view.label_before(n), "bounds", "scope_markers")]
        counts = earlier[-1:]
    if not counts:
        return None
    count = min(counts, key=lambda n: abs(n.start - per.start))
    if _per_word(view.label_before(count)) is not None:
        return None  # `每户购买化肥 2 袋，每袋 80 元`: a count per unit itself counts no units
    top = per.value_max if per.value_max is not None else per.value
    # the total is said with the per-unit figure: a larger amount elsewhere totals something else
    what = _per_noun(view, per, unit)
    totals = [n for n in sentence if n.same_measure(per) and n.qualifier != "range" and n.value > top
              and _next_to(view, n, per) and _per_word(view.label_before(n)) is None
              and not view.label_before(n).endswith(cues.words("bounds_per", "to_words"))
              and not view.text.startswith(cues.words("bounds_per", "one_thing_after"), n.end)
              and _same_thing(what, view.label_before(n))
              # a change per unit (`户均增收 N`) has a total only in a change of the same word
              # (`合计增收 M`); `人均耕地增加 0.45 亩` beside a stock has none
              and (change is None or change in view.label_before(n))]
    if not totals:
        return None
    return count, min(totals, key=lambda n: abs(n.start - per.start))


def _bare_average(view: PageView, per: Num, sentence: list[Num]) -> tuple[Num, Num] | None:
    what = _per_noun(view, per, _BARE)
    if not _WORD(what):
        return None
    counts = [n for n in sentence if n.type == "count" and not n.same_measure(per) and n.end <= per.start
              and n.value > 1 and _WORD(what) & _WORD(view.label_before(n))]
    totals = [n for n in sentence if n.same_measure(per) and n.value > per.value and n.end <= per.start
              and cues.contains_any(view.label_before(n), "bounds", "total_markers")
              and _WORD(what) & _WORD(view.label_before(n))]
    if len(counts) != 1 or len(totals) != 1:
        return None
    return counts[0], totals[0]


def _WORD(text: str) -> set[str]:
    """The two-character words of a name (`资助强度` gives 资助, 助强, 强度), function characters out."""
    text = "".join(c for c in text if "\u4e00" <= c <= "\u9fff" and c not in _FUNCTION)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _per_noun(view: PageView, per: Num, unit: str) -> str:
    """What a per-unit figure measures: `亩均投入` gives 投入, `每间 1000 多元的月租金收入` 月租金收入."""
    label = view.label_before(per)
    at = max(label.rfind(unit + w) for w in cues.words("bounds", "per_after"))
    if at < 0:
        at = label.rfind(unit)
    what = label[at + 1:].lstrip("均") if at >= 0 else ""
    after = view.noun_after(per)
    return what + (after[1:] if after.startswith("的") else "")


def _same_thing(what: str, label: str) -> bool:
    """A per-unit figure and its total measure the same thing: they share a word character
    (`亩均投入` and `总投资`), or the per-unit figure does not say (`每班 45 人`)."""
    what = "".join(c for c in what if "\u4e00" <= c <= "\u9fff" and c not in _FUNCTION)
    label = "".join(c for c in label if "\u4e00" <= c <= "\u9fff" and c not in _FUNCTION)
    return not what or not label or bool(set(what) & set(label))


def _change_word(label: str) -> str | None:
    """The word of change a per-unit figure is said with (`户均增收`), if any: the longest."""
    said = label.rstrip("了")
    return max((w for w in cues.words("growth", "up") + cues.words("growth", "down") if said.endswith(w)),
               key=len, default=None)


def _next_to(view: PageView, a: Num, b: Num) -> bool:
    """Within three clauses: `总投资 1.36 亿元，亩均投入 2000 元`, `共 1.2 亿元，资助 3 万人，人均 4000 元`."""
    lo, hi = sorted((a, b), key=lambda n: n.start)
    between = view.text[lo.end:hi.start]
    return "；" not in between and sum(between.count(c) for c in "，：") <= _NEXT_CLAUSES


def _grouped(view: PageView, bound: Num) -> tuple[Num, Num] | None:
    """A range whose clause names the counted units: `从 5 至 15 户中推选邻长` … `18681 名邻长`."""
    if bound.qualifier != "range" or bound.type != "count":
        return None
    tail = view.text[bound.end:view.clause_end(bound.end)]
    for count in view.between(bound.end, bound.end + _GROUP_REACH):
        if count.article != bound.article or count.type != "count" or count.start <= bound.end \
                or count.unit == bound.unit:
            continue
        noun = view.noun_after(count)
        if len(noun) < 2 or noun not in tail:
            continue
        totals = [n for n in view.in_sentence(count.sentence) if n.same_measure(bound) and n is not bound
                  and n.qualifier != "range"]
        if totals:
            return count, totals[0]
    return None


def bounds_draft(total: Num, count: Num, bound: Num) -> Draft:
    ok = (count.interval * bound.interval).meets(total.interval)
    lo = count.value * (bound.value if bound.qualifier != "under" else 0.0)
    hi = math.inf if bound.qualifier == "over" else count.value * (bound.value_max or bound.value)
    lo_s = fmt_like(lo, total.text, total.value) if lo else "0"
    if math.isinf(hi):
        span, expected = f"至少 {lo_s}", [as_number(lo), None]
    else:
        span = f"{lo_s} 至 {fmt_like(hi, total.text, total.value)}"
        expected = [as_number(lo), as_number(hi)]
    relation = "在此范围内" if ok else "不在此范围内"
    text = f"{count.written} × {bound.written} 可得 {span}，所述 {total.written} {relation}"
    if count.value and ok:
        avg = total.value / count.value
        each_s = f"{fmt(avg, 2)}{bound.unit or ''}" if bound.type == "count" else fmt_like(avg, bound.text, bound.value)
        text += f"（平均每个 {each_s}）"
    return Draft("range", "consistent" if ok else "inconsistent", [total.ref(), count.ref(), bound.ref()],
                 expected, total.shown, text + "。")


def product_draft(total: Num, count: Num, per: Num, rivals: bool = False) -> Draft | None:
    """A total against count × per-unit figure: an average, whose claim is the per-unit figure
    whatever the order of the words (the gold's `average` is total ÷ count against it). A mismatch
    where the sentence counts another lot of the units (`rivals`) is no finding: which lot is not said."""
    if per.qualifier in ("range", "over", "under"):
        return bounds_draft(total, count, per)
    point = total.value / count.value if count.value else math.inf
    refs = [per.ref(), total.ref(), count.ref()]
    if per.start > total.start:
        ok = (total.interval / count.interval).meets(per.quotient)  # the figure after its total is a rounded quotient
        text = (f"{total.written} ÷ {count.written} = {fmt_like(point, per.text, per.value)}，"
                f"与所述 {per.written} {'一致' if ok else '不符'}。")
        return Draft("average", "consistent" if ok else "inconsistent", refs, as_number(point), per.shown, text)
    # the figure said before its total: the total is the product, rounded as written
    ok = (count.interval * per.interval).meets(total.interval)
    if not ok and rivals:
        return None
    product = count.value * per.value
    text = (f"{count.written} × {per.written} = {fmt_like(product, total.text, total.value)}，"
            f"与所述 {total.written} {'一致' if ok else '不符'}"
            f"（{total.written} ÷ {count.written} = {fmt_like(point, per.text, per.value)}）。")
    return Draft("average", "consistent" if ok else "inconsistent", refs, as_number(point), per.shown, text)
