"""sum: parts each said with their share of one whole, found by the arithmetic of the shares.

    全年收入为 W 元…。税收为 A 元，占全年预算收入的 a%。税收中，营业税为 A1 元，占全年
    收入的 a1%…。企业收入为 B 元，占全年预算收入的 b%…其他收入为 C 元，占全年收入的 c%
        A + B + C = W and a + b + c = 100%; A1 (a part of A) stays out

Each clause `占 X 的 p%` right after a part's amount gives the part's share of a whole; the
whole is the nearest amount of the measure among the _BACK numbers before the part that the share
fits (part ÷ whole within the share's reading as a computed rate), so two names of one whole (`全年预算收入`, `全年收
入`) meet by their arithmetic. Of the parts of one whole, the largest set whose shares make up
100% and whose amounts make up the whole, when only one set of that size does, is the whole's
breakdown: the parts left out are each after and below a part kept (a breakdown of it, as
`税收中，` opens). Found by arithmetic, so consistent only; the same sum found by a check of
the words has the same facts and is kept once. Sets are searched among at most _MAX parts of a whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .findings import sum_draft
from .model import Draft, Num, PageView
from .share_lists import rounded_share
from .tolerance import Interval, fmt

_MAX = 12  # parts of one whole searched for a breakdown (2^12 sets at most)
_BACK = 80  # numbers before a part (its article) among which its whole is looked for
_NAME = 16  # characters of the whole's name in `占 X 的`


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("share_amounts.toml")["share_amounts"]


@lru_cache(maxsize=1)
def _share_re() -> re.Pattern:
    c = _cues()
    verbs = "|".join(map(re.escape, c["verbs"]))
    tails = "|".join(map(re.escape, sorted(c["tails"], key=len, reverse=True)))
    return re.compile(f"^(?:{verbs})([^，；。]{{2,{_NAME}}}?)(?:{tails})$")


def check(view: PageView) -> list[Draft]:
    groups: dict[int, tuple[Num, list[tuple[Num, Num]]]] = {}
    for share in view.nums:
        found = _part_and_whole(view, share)
        if found is not None:
            part, whole = found
            groups.setdefault(id(whole), (whole, []))[1].append((part, share))
    drafts = []
    for whole, entries in groups.values():
        chosen = _breakdown(whole, entries[:_MAX])
        if chosen is None:
            continue
        parts, shares = [p for p, _ in chosen], [s for _, s in chosen]
        drafts.append(sum_draft(whole, parts, True, "各部分的比重合为 100%"))
        point = sum(s.value for s in shares)
        said = " + ".join(s.written for s in shares)
        drafts.append(Draft("sum", "consistent", [s.ref() for s in shares], round(point, 4), 100,
                            f"{whole.written}的各部分比重 {said} = {fmt(point, 2)}%，合为整体 100%（在所写精度之内；"
                            f"各部分金额之和也等于 {whole.written}）。", {"breakdown": "exhaustive"}))
    return drafts


def _part_and_whole(view: PageView, share: Num) -> tuple[Num, Num] | None:
    """The part a share follows and the whole the share fits; None where the words or the
    arithmetic do not give them."""
    if share.type != "percent" or share.unit != "%" or share.qualifier != "exact" or share.sentence < 0:
        return None
    start = view.clause_start(share.start)
    m = _share_re().match(view.text[start:share.start])
    if m is None or m.group(1).endswith(tuple(_cues()["not_whole"])):
        return None
    before = [n for n in view.in_sentence(share.sentence) if n.end == start - 1]
    if not before or before[0].type not in SUMMABLE_TYPES or before[0].type == "percent" \
            or not is_amount(view, before[0]) or is_change(view, before[0]):
        return None
    part = before[0]
    for whole in reversed(view.before(part.start, _BACK)):
        if whole.article != part.article:
            return None
        if whole.same_measure(part) and whole.value > part.value and not is_change(view, whole) \
                and (part.interval / whole.interval).scale(100.0).meets(share.interval):
            return part, whole
    return None


def _breakdown(whole: Num, entries: list[tuple[Num, Num]]) -> list[tuple[Num, Num]] | None:
    """The one largest set of (part, share) that makes up the whole and 100%, the parts left
    out nested in a part kept; None where no set or more than one of that size does."""
    for size in range(len(entries), 1, -1):
        fits = [c for c in combinations(entries, size) if _adds_up(whole, c) and _nested(entries, c)]
        if len(fits) == 1:
            return list(fits[0])
        if fits:
            return None
    return None


def _adds_up(whole: Num, chosen: tuple[tuple[Num, Num], ...]) -> bool:
    parts = sum((p.interval for p, _ in chosen), Interval(0.0, 0.0))
    shares = sum((rounded_share(s) for _, s in chosen), Interval(0.0, 0.0))
    return parts.meets(whole.interval) and shares.meets(Interval.point(100.0))


def _nested(entries: list[tuple[Num, Num]], chosen: tuple[tuple[Num, Num], ...]) -> bool:
    """Each part left out follows a kept part at least as large (a breakdown of it)."""
    kept = [p for p, _ in chosen]
    return all(any(k.start < p.start and k.value >= p.value for k in kept)
               for p, _ in entries if p not in kept)
