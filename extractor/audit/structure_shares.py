"""structure_shares: each term of a structure `a∶b∶c` against its part's share of the whole.

    地区生产总值 820.5 亿元。…第一产业增加值 65.3 亿元，…；第二产业增加值 301.6 亿元，…；
    第三产业增加值 453.6 亿元。三次产业结构为 8.0∶36.8∶55.3。

structure.py checks that the terms make 100; the terms are also the shares of the parts a sum of
the paragraph just added up: 65.3 ÷ 820.5 = 7.96%, written 8.0. The sum is the last one before the
structure in its paragraph, consistent, with as many parts as the structure has terms, its parts
named one each by the members of a category set (`第一产业`/`第二产业`/`第三产业`: data/
complementary.toml), in the order the terms follow. Each term is read to half a unit of its last
digit; a term its part's share misses is inconsistent (the structure names those very parts).
A structure named by other words than the industries' (`就业结构`) or the parts' own (`增加值`) may be
of another measure: a mismatch is then unverifiable. A structure said as the one changed from (`由上年的 a∶b∶c 调整为 …`) is another year's: not read.
"""
from __future__ import annotations

import re

from .model import Draft, Num, PageView
from .declared_sets import complementary
from .tolerance import Interval, fmt

_SEPARATORS = ":：∶"
_BACK = 3  # sentences before the structure where the sum's total may stand
# a structure said plainly of the industries (`三次产业结构为`, `全市产业结构调整为`): of their output; one that
# names something else (`就业结构`) and not the parts' own words (`增加值`) may be of another measure
_PLAIN = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:三次)?产业(?:的)?结构(?:比例|比)?(?:进一步)?(?:优化)?(?:调整)?(?:为|是)?")
_TAIL = 2  # characters the parts' labels must end alike with to name the measure
_WEAK = "结构比未说明依据的是哪个量，未必就是这些数的比重"
_EARLIER = ("由", "上年", "去年", "上一年")  # words before a structure that make it the one changed from


def _structure(d: Draft) -> bool:
    """A draft of structure.py: the ratio's span first, then its terms, against 100."""
    return d.check == "sum" and d.observed == 100 and len(d.facts) >= 3 \
        and any(c in (d.facts[0].get("text") or "") for c in _SEPARATORS)


def _term(text: str) -> Interval | None:
    try:
        value = float(text)
    except ValueError:
        return None
    half = 0.5 * 10.0 ** -(len(text.split(".")[1]) if "." in text else 0)
    return Interval(value - half, value + half)


def shares(view: PageView, drafts: list[Draft]) -> list[Draft]:
    sums: dict[int, list] = {}  # (total, parts) of the consistent sums, by the total's paragraph
    for d in drafts:
        if d.check == "sum" and d.verdict == "consistent" and not _structure(d):
            nums = [view.num_of(f) for f in d.facts]
            if all(nums):
                sums.setdefault(nums[0].paragraph, []).append((nums[0], sorted(nums[1:], key=lambda p: p.start)))
    out = []
    last_end = 0  # the end of the structure before: words before it are not this one's
    for d in drafts:
        if not _structure(d):
            continue
        at, end = view.norm_span(d.facts[0]["start"], d.facts[0]["end"])
        before = view.text[max(view.clause_start(at), last_end):at]
        last_end = end
        if any(w in before for w in _EARLIER):
            continue  # `结构由上年的 a∶b∶c 调整为 …`: the structure of another year
        sent = view.sentence_index(at)
        here = sums.get(view.sentences[sent].paragraph, []) if sent >= 0 else []
        found = [(t, ps) for t, ps in here if len(ps) == len(d.facts) - 1 and t.start < at
                 and max(p.end for p in ps) <= at and sent - t.sentence <= _BACK]
        if not found:
            continue
        total, parts = max(found, key=lambda f: f[0].start)
        if not complementary([view.label_before(p) for p in parts]) or total.value <= 0:
            continue
        said = view.text[view.clause_start(at):at]
        weak = None if _PLAIN.fullmatch(said) or _common_tail(view, parts) in said else _WEAK
        for ref, part in zip(d.facts[1:], parts):
            out += _share(ref, part, total, weak)
    return out


def _common_tail(view: PageView, parts: list[Num]) -> str:
    """The words all the parts' labels end with (`增加值`), or a character no text holds."""
    labels = [view.label_before(p) for p in parts]
    k = 0
    while all(len(lb) > k for lb in labels) and len({lb[-1 - k] for lb in labels}) == 1:
        k += 1
    return labels[0][len(labels[0]) - k:] if k >= _TAIL else "\0"


def _share(ref: dict, part: Num, total: Num, weak: str | None) -> list[Draft]:
    stated = _term(ref.get("text") or "")
    if stated is None:
        return []
    got = (part.interval / total.interval).scale(100.0)
    point = part.value / total.value * 100
    ok = got.meets(stated)
    text = (f"{part.written} ÷ {total.written} = {fmt(point, 2)}%，与结构比中的 {ref['text']} "
            + ("一致（按所写精度四舍五入后一致）。" if ok else
               f"不符（按所写精度应在 {fmt(stated.lo, 3)}–{fmt(stated.hi, 3)} 之间）"
               + (f"；但{weak}，无法据此判定有误。" if weak else "。")))
    verdict = "consistent" if ok else "unverifiable" if weak else "inconsistent"
    return [Draft("rate", verdict, [ref, part.ref(), total.ref()],
                  round(point, 3), float(ref["text"]), text)]
