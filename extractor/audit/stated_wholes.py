"""The whole of a share that no words near it name: a count stated earlier in the paragraph
or the article, found by what it measures (rate.py, after frames.py found nothing).

    全省共有乡镇干部 12.6 万人。大专以上学历的 5.1 万人，占 40.48%
        a total stated with a total word (`共`, `总数`: data/frames.toml) counting people
        alike (the same unit, 名 with 人), the nearest larger count of the measure before
        the share with no other between (the parts of other shares and changes aside):
        the whole of the share, sure enough that a mismatch is a mismatch
    今年招录公务员 3480 人，比上年增加 120 人。研究生学历的有 712 人，占 20.46%
        a count of the measure said without a total word: taken only where the arithmetic
        gives the share within its written precision, and the share is written precisely
        enough (three significant digits) for a fit to mean something
    去年全省共吸引外资 526 亿美元。……甲市去年获外资 158 亿美元，占全省引进外资的 30%
        a share of an amount (money, goods), or one that names a whole of its own, takes the
        stated total only where it fits
    预算收入总数共为 8,640,000,000 元。……省级收入为 3,672,000,000 元，占全部预算的 42.50%
        a precise share may take a total stated paragraphs before that gives it
    全市共有职工 12 万人。城区 5 万人。新增就业 1.5 万人，占 30%
        a stated total with another count of the measure between: the arithmetic may pick
        one of them; where none fits, the total is reported, the mismatch unverifiable

The look is bounded (the numbers of the article before the share), so the audit stays
linear in page length.
"""
from __future__ import annotations

from . import amounts, frames
from .model import Num, PageView

_BACK = 40  # numbers before a share among which its whole is looked for
_FAR = 300  # numbers before a precise share among which a stated total that fits it is looked for
_PRECISE = 0.012  # a share's written precision (interval width over value) for a fit to count


def review(view: PageView, p: Num, found: tuple, fit_only: bool = False) -> tuple:
    """found = (part, whole or None[, weak]); a share that found no whole takes the one this
    module finds, the found reading otherwise. `fit_only`: a share that names a whole of its
    own (`占下岗职工总数的`) that no number was found for takes only a whole whose arithmetic
    fits, since a stated total before may be another group."""
    part, whole = found[0], found[1]
    if whole is not None or part.value <= 0:
        return found
    # a total of money or goods before is as often another account's: only the arithmetic says
    fit_only = fit_only or part.type != "count"
    stated = whole_of(view, p, part)
    if fit_only and stated is not None and not frames.fits(p, part, stated[0]):
        return found
    return (part, *stated) if stated is not None else found


def whole_of(view: PageView, p: Num, part: Num) -> tuple[Num, str | None] | None:
    """(whole, reason a mismatch is unverifiable or None) for a share of a count whose whole
    the words near it do not name, None where nothing of its measure fits."""
    s_start = view.sentences[p.sentence].start
    candidates = [n for n in view.before(s_start, _BACK) if n.article == p.article and _candidate(view, n, part)]
    candidates += [n for n in view.in_sentence(p.sentence)
                   if n.end <= part.start and n is not part and _candidate(view, n, part)]
    # the nearest total of the paragraph counting the part, though the part is stated above it
    below = frames.carried_below(view, p, part) if part.type == "count" else None
    if below is not None:
        return below, None
    total = next((n for n in reversed(candidates) if frames._stated_total(view, n)
                  or frames.frame_noun(view, n) is not None), None)
    scope = candidates if total is None else [n for n in candidates if n.start >= total.start]
    if _precise(p):
        # a precise share fits a wrong number rarely: a total stated further back may give it
        # (`收入总数共为 N 元` paragraphs before `占全部预算的 42.50%`)
        first = scope[0].start if scope else s_start
        far = [n for n in view.before(s_start, _FAR) if n.article == p.article and n.start < first
               and frames._stated_total(view, n) and _candidate(view, n, part)]
        fitting = [n for n in far + scope if frames.fits(p, part, n)]
        if fitting:
            return fitting[-1], None
    if total is None:
        return None
    between = [n for n in scope if n is not total]
    if not between and part.unit in frames._cues()["people"] and total.paragraph == p.paragraph:
        return total, None  # `X 共 N 人。…M 人，占 P%`: the group the passage counts
    if between:
        return total, f"{total.written} 与 {part.written} 之间还有 {between[-1].written}，未必是它所分的总数"
    return total, f"{total.written} 不在 {p.written} 的段落里，未必是它所分的总数"


def _candidate(view: PageView, n: Num, part: Num) -> bool:
    """n can be a share's whole: the part's measure, larger, an amount (not a change, a
    range's bound or the part of another share)."""
    return (n.type == part.type and n.same_measure(part) and n.value > part.value
            and n.qualifier != "range" and not amounts.is_change(view, n)
            and not _share_part(view, n))


def _share_part(view: PageView, n: Num) -> bool:
    after = view.text[n.end:n.end + 8]
    return after.lstrip("，, ").startswith(("占", "佔"))


def _precise(p: Num) -> bool:
    return p.value > 0 and (p.interval.hi - p.interval.lo) / p.value <= _PRECISE
