"""rate: a rate named right after its numerator, whose denominator stands before in its sentence
or the sentence before (consistent only).

    仲裁机构受理 2.24 万件。仲裁机构审结 2.17 万件，仲裁结案率 96.9%。
    全县共有幼儿园 186 所，…；普惠性幼儿园 171 所，普惠性幼儿园覆盖率 91.9%。
    规模以上工业企业 1362 家，其中…；亏损企业 213 家，亏损面为 15.6%。
A bulletin names a rate just after the count it is taken of (the numerator) and states the whole
it is taken over earlier, under another word than the rate's (`审结` and `受理` for `结案率`), so
that rate.py, which ties the terms by the rate's own words, finds neither and rate_unbased.py
calls the rate unverifiable. The words that tie the numbers here: the rate's name follows the
numerator with nothing between (the numerator is what the rate counts), and the denominator is
an earlier level of the numerator's measure that shares a label word with it or that `其中`
makes it a member of, in the same sentence or the one before (same paragraph). The arithmetic
chooses among such wholes and must hold to the precision written; a mismatch is never reported
(the whole may be another number the text does not give), so every finding is `consistent`.
Only where no other check took the rate (CLAIM_ONLY in __init__.py).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import cues
from .arith import AMOUNT_TYPES, between_claims, digits, exact_places, has_any, label, sharp
from .bases import is_base
from .model import Draft, Num, PageView
from .tolerance import fmt, rounded

REACH = 12  # numbers back from the numerator that may be its whole (bounded: linear time)
LABEL = 20  # characters of a label compared for a shared word


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("rate_after_part.toml")["rate_after_part"]


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or p.qualifier != "exact" or p.value <= 0:
            continue
        name = rate_name_before(view, p)
        if not name:
            continue
        num = numerator_before(view, p)
        if num is None:
            continue
        d = _draft(view, p, num, name)
        if d:
            out.append(d)
    return out


def rate_name_before(view: PageView, p: Num) -> str:
    """The rate's name in the words before p (`仲裁结案率` of `仲裁结案率为`), else ''."""
    name = view.label_before(p)
    for w in sorted(_cues()["copulas"], key=len, reverse=True):
        if name.endswith(w):
            name = name[: -len(w)]
            break
    name = name.lstrip("，,、；;：: ")
    return name if len(name) >= 2 and name.endswith(tuple(_cues()["name_ends"])) else ""


def numerator_before(view: PageView, p: Num) -> Optional[Num]:
    """The amount right before the rate's name in its sentence, a level stated of its subject."""
    before = view.before(p.start, 1)
    if not before:
        return None
    num = before[-1]
    if num.sentence != p.sentence or num.type not in AMOUNT_TYPES or not sharp(num):
        return None
    gap = view.text[num.end:p.start]
    if any(c in gap for c in "；;。"):
        return None
    if has_any(label(view, num, 6), "growth", "increment") or is_base(view, num):
        return None  # `增加 D，增长率 N%`: a change's rate is a growth, not a share
    return num


def _draft(view: PageView, p: Num, num: Num, name: str) -> Optional[Draft]:
    scale = 100.0
    for den in reversed(view.before(num.start, REACH)):
        if den.paragraph != p.paragraph or den.sentence < p.sentence - 1:
            break
        if not den.same_measure(num) or not sharp(den) or den.value < num.value or is_base(view, den) \
                or has_any(label(view, den, 6), "growth", "increment"):
            continue
        if not tied(view, num, den):
            continue
        got = (num.interval / den.interval).scale(scale)
        if not got.meets(p.interval) or not _telling(p, num, den):
            continue
        if between_claims(view, p, [num, den], lambda m: bool(rate_name_before(view, m))):
            return None  # another named rate between them: the numbers before it are its terms
        point = num.value / den.value * scale
        text = (f"{name}（分子为率名前紧邻之数，分母为其前同类、同名之数）：{num.written} ÷ {den.written} = "
                f"{fmt(point, 2)}%，与所述 {p.written} 一致{rounded(point, p.value)}。")
        return Draft("rate", "consistent", [p.ref(), num.ref(), den.ref()], round(point, 3), p.shown, text,
                     {"found_by": "rate_after_part"})
    return None


def tied(view: PageView, num: Num, den: Num) -> bool:
    """Words that make den the whole num is counted of: `其中` between them, or a label word of two
    characters both share (`幼儿园`, `仲裁`), the words every number of a bulletin bears left out."""
    between = view.text[den.end:num.start]
    if any(w in between for w in _cues()["members"]):
        return True
    a, b = _words(view.label_before(den, LABEL) + view.noun_after(den)), _words(view.label_before(num, LABEL) + view.noun_after(num))
    return bool(a & b)


def _words(text: str) -> set[str]:
    for w in _cues()["common"]:
        text = text.replace(w, "|")
    return {text[i:i + 2] for i in range(len(text) - 1) if "|" not in text[i:i + 2] and _cjk(text[i:i + 2])}


def _cjk(pair: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in pair)


def _telling(p: Num, num: Num, den: Num) -> bool:
    """Not a coincidence of round numbers: all of them equal (`40 个，已建成 40 个，完成率 100%`) or
    the rate and the terms written with several digits (a rate of three digits matches few
    pairs by chance: `共 16 件，其中被纠正 3 件，纠错率 18.8%`)."""
    if p.value == 100 and num.value == den.value and num.qualifier == den.qualifier == "exact":
        return True
    places = exact_places(num) + exact_places(den)
    return (digits(p) >= 3 and places >= 3) or (digits(p) >= 2 and min(exact_places(num), exact_places(den)) >= 2
                                                 and places >= 5)
