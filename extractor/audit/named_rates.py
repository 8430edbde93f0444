"""`X率 N%` (`整改率`): the numerator is the number whose label holds X, the denominator one named alike.

Apart from rate.py because the rate's own name, not a phrase around it, picks both terms.
"""
from __future__ import annotations

import re

from . import cues, wholes
from .matched_totals import matched_whole
from .model import Num, PageView
from .rate_drafts import per_mille as _per_mille
from .rate_terms import HEAD, level, terms_before


def _stem(label: str) -> str | None:
    """`整改率` gives `整改`: the words before the rate suffix at the end of the label."""
    label = label.rstrip("为达是：:到")
    for suffix in cues.words("rate", "rate_suffix"):
        if label.endswith(suffix) and len(label) > len(suffix):
            stem = re.split(r"[，、的”“]", label[: -len(suffix)])[-1]
            for w in cues.words("rate", "process_suffix"):  # 城镇化率: the share that is 城镇
                if stem.endswith(w) and len(stem) > len(w) + 1:
                    stem = stem[-len(w) - 2:-len(w)]
                    break
            return stem[-4:] if len(stem) >= 2 else None
    return None


def named_rate(view: PageView, p: Num) -> tuple | None:
    """The terms of `X率 N%` (numerator, denominator[, why only near]), or None where the label names no rate."""
    label = view.label_before(p)
    stem = _stem(label)
    if not stem:
        return None
    terms = terms_before(view, p)
    named = [n for n in terms if stem in wholes.words_of(view, n)]
    sentence = [n for n in terms if n.sentence == p.sentence]
    weak = None
    if not named and len(stem) > HEAD:
        # `抽查了 44 种产品，合格 25 种，抽样合格率为 56.8%`: the rate's head word (`合格`) names a
        # number of its sentence; the words before it (`抽样`) are not repeated, so a mismatch is
        # unverifiable
        named = [n for n in sentence if stem[-HEAD:] in wholes.words_of(view, n)]
        weak = f"{named[-1].written} 只以“{stem[-HEAD:]}”对应“{stem}”" if named else None
        if not named:
            found = _named_pair(view, stem, terms)
            if found is not None:
                return found
    if named:
        num = named[-1]
        head = wholes.words_of(view, num).replace(stem, "").strip("“”\"的了")[-HEAD:]
        dens = [n for n in terms if n is not num and n.same_measure(num) and n.start < num.start
                and len(head) == HEAD and head in wholes.words_of(view, n)]
        if not dens:
            # the other numbers of the sentence: a level compared with or a change is no whole
            # (`余额 A，比上年末的 B 增加 C；贷款率 N%`)
            dens = [n for n in sentence if n is not num and n.same_measure(num) and level(view, n)]
        if not dens and _per_mille(p):
            pop = wholes.population(view, p, num)  # `出生率 7.75‰ … 年末常住人口 X 万人`
            dens = [pop] if pop is not None else []
        if len(dens) > 1 and not _per_mille(p):  # an average is no whole; the one that holds is (matched_totals.py)
            dens = matched_whole(view, p, num, dens)
        if weak and dens and _names_both(view, stem, num, dens[-1]):
            weak = None  # `资产负债率`: 负债 names the numerator, 资产 the denominator
        return (num, dens[-1], weak) if dens else None
    progress = [n for n in sentence if cues.contains_any(view.label_before(n), "part_of", "part_progress")
                or "已" in view.label_before(n)]
    for num in reversed(progress):
        dens = [n for n in sentence if n.start < num.start and n.same_measure(num)]
        if dens:
            return num, dens[-1]
    return None


def _names_both(view: PageView, stem: str, num: Num, den: Num) -> bool:
    """A rate named by its denominator's noun, then its numerator's (`资产负债率` is 负债 over 资产,
    `收入利润率` 利润 over 收入): the numerator's name holds the stem's head, the denominator's
    the words before it, so the name ties both terms, not only the head."""
    rest = stem[:-HEAD]
    return len(rest) >= HEAD and rest in wholes.words_of(view, den) and rest not in wholes.words_of(view, num)


def _named_pair(view: PageView, stem: str, terms: list[Num]) -> tuple[Num, Num, None] | None:
    """`营业收入 A…；利润总额 B。营业收入利润率为 N%`: a rate named by its denominator's noun, then its
    numerator's, whose terms stand sentences before it: the nearest term named by the stem's head
    (`利润`), over the nearest term of its measure before it named by the words before the head (`收入`)
    and not by the head. Both names must hold (as _names_both asks), so the pair is no guess."""
    rest = stem[:-HEAD]
    if len(rest) < HEAD:
        return None
    nums = [n for n in terms if stem[-HEAD:] in wholes.words_of(view, n) and rest not in wholes.words_of(view, n)]
    if not nums:
        return None
    num = nums[-1]
    dens = [n for n in terms if n.start < num.start and n.same_measure(num) and level(view, n)
            and _names_both(view, stem, num, n)]
    return (num, dens[-1], None) if dens else None
