"""A bare share (`其中 A 97 名，占 25.1%`): its whole is the total before `其中` or the number said before it.

Apart from rate.py because nothing names the whole: its place in the sentence and a sibling
share's whole decide, so a whole only near the part leaves a mismatch unverifiable.
"""
from __future__ import annotations

import re

from . import amounts, bracket_wholes, cues, frames, share_subjects, total_wholes, wholes
from .model import Num, PageView
from .rate_terms import HEAD, level, terms_before

_SHARE_VERB = r"占(?:比)?(?:为|达|达到|到)?"  # `占`, `占比为`, `占到`
_SHARE = re.compile(rf"{_SHARE_VERB}[约近]?$")
# `850 人，所占比例为 73.5%`: the share said by its ratio word alone, nothing else in the clause
_RATIO_ONLY = re.compile(r"(?:所占)?(?:比例|比重)(?:为|达)?[约近]?")
_TOTAL_MARKS = ("总", "總")  # `总装机`: the total of the noun after it
_DONE = re.compile(r"(?<![为除])了")  # 改良了, 进行了…的: the part done (not 为了, 除了)


def bare_share(view: PageView, p: Num, sibling: tuple[Num, Num, str | None] | None = None) -> tuple | None:
    """`其中 A 97 名，占 25.1%`: the share of the breakdown's total; `sibling` is the whole an
    earlier share of the sentence named (`A 为 X，占总数的 87%；B 为 Y，占 13%`)."""
    before = view.text[view.clause_start(p.start):p.start]
    # `新能源装机达 2210 万千瓦、占比达 41.1%`: the share after a `、` follows its part in one clause
    after_part = before[max(0, view.prev_end(p.start, dates=False) - p.start + len(before)):]
    if after_part.startswith("、") and len(after_part) > 1:
        before = after_part[1:]
    if not (_SHARE.search(before) and len(before) <= 5 or _RATIO_ONLY.fullmatch(before)
            or share_subjects.repeats_part(view, p, before)):  # `县级配套占比为`: the part named again
        return None
    sentence = [n for n in terms_before(view, p) if n.sentence == p.sentence]
    if not sentence:
        return None
    num = sentence[-1]
    if "；" in view.text[num.end:p.start]:
        return None  # `中共党员占 40%，计 878 名；妇女委员占 15.5%`: the count of the item before
    if "其中" in view.text[num.end:p.start]:
        return None  # `外债 W，其中私人债务占 55%`: W is the whole `其中` divides, no part (share_part_unstated.py)
    s_start = view.sentences[p.sentence].start
    cue = view.text.rfind("其中", s_start, num.start)
    if cue >= 0 and "；" in view.text[cue:num.start]:
        cue = -1  # `A 58 亿元，占 75.6%，其中…；B 18 亿元，占 24.4%`: the 其中 of the item before
    if cue < 0:
        # `盐碱地有三亿多亩，初步治理了一亿八千万亩，占百分之五十`: the whole may be the number of
        # the same measure said just before; nothing names it so, so a mismatch is unverifiable
        # a change (`同比增加 1130 万千瓦、达到 6470 万千瓦，占比 48.6%`) or a class's bounds
        # (`0.8 元至 1 元占 24.4%`) is no whole
        found = [n for n in sentence if n.end <= num.start and n.same_measure(num) and n.value > 0
                 and _next_clause(view, n, num) and n.qualifier != "range" and not amounts.is_change(view, n)]
        if sibling is not None and _parallel(view, num, sibling):
            return (num, *sibling[1:])
        if found:
            if _scope_of(view, found[-1], num):
                return num, found[-1]
            return num, found[-1], f"{found[-1].written} 未被明说是 {num.written} 所占的整体"
        # `销售收入为 4797 亿元，占 31.5%`: the whole of the same name stated before in the article
        named = total_wholes.same_name_whole(view, num) or total_wholes.stated_total(view, num)
        if named is not None:
            return num, named
        return frames.fitting_whole(view, p, num, view.label_before(num).rstrip("为是达：")) or (num, None)
    # `收入 A，完成年度预算 B 的 N%；其中税收 C，占 M%`, `销售额 A，比上年同期的 B 增加 D；其中…`:
    # the whole 其中 breaks down is the level stated, never a plan, a base or a change beside it
    # a part said in brackets before `其中` is its whole only where the words say so (bracket_wholes.py)
    totals = [n for n in sentence if n.end <= cue and n.same_measure(num) and level(view, n)]
    found = bracket_wholes.share_whole(view, p, num, totals, cue)
    if found is not None:
        return found
    # `全国从业人员为 X 万人。按户数计算，…；其中，农业人员 Y 万人，占 N%`: the total 其中 breaks
    # down may close the sentence before; nothing ties it there, so a mismatch is unverifiable
    total = total_wholes.total_of_sentence_before(view, cue, num)
    if total is not None:
        return num, total
    earlier = [n for n in terms_before(view, p) if n.sentence < p.sentence and n.same_measure(num) and n.value > num.value]
    if earlier:
        return num, earlier[-1], f"{earlier[-1].written} 在“其中”的前一句，未必是它所分的总数"
    return num, None


def _scope_of(view: PageView, whole: Num, part: Num) -> bool:
    """Words that make the number of the clause before the whole of a share: the part done of
    it (`低产田有七亿多亩，已改良了四亿五千万亩，占百分之六十`), the whole as the scope of
    the clause (`在 1860 名委员中，中共党员 912 人，占 49.03%`), or a count of the same unit
    right before (`委员 1860 人，中共党员 912 人，占 49.03%`: a group, then part of it; amounts
    side by side are as often two sibling items)."""
    between = view.text[whole.end:part.start]
    if part.type == "count" and whole.unit == part.unit and _next_clause(view, whole, part):
        return True
    if cues.pattern("rate", "scope_after").search(between):
        return True
    label = view.label_before(part)
    if _total_of_kind(view, whole, part):
        return True
    return bool(cues.contains_any(label, "part_of", "part_progress")) or "已" in label or bool(_DONE.search(label))


def _total_of_kind(view: PageView, whole: Num, part: Num) -> bool:
    """`总装机达 5380 万千瓦，新能源装机达 2210 万千瓦、占比 41.1%`: the whole named as the total of
    a noun (`总` before it) that the part's name ends with, one kind of it."""
    wname = wholes.own_name(view, whole)
    pname = wholes.own_name(view, part)
    for w in _TOTAL_MARKS:
        at = wname.rfind(w)
        noun = wname[at + len(w):] if at >= 0 else ""
        if len(noun) >= HEAD and pname.endswith(noun) and len(pname) > len(noun):
            return True
    return False


def _parallel(view: PageView, num: Num, sibling: tuple[Num, Num, str | None]) -> bool:
    """Whether a share stands in parallel to the sentence's earlier share, and so takes its
    whole: a count in the same unit (a population split), a part of the same measure and head
    word (`在省内务工的` and `在省外务工的`), or named like that whole; smaller than it."""
    part, whole, _ = sibling
    if not (whole.same_measure(num) and whole.value > num.value):
        return False
    if num.type == "count" and num.unit == part.unit:
        return True  # `中共党员 912 人，占…；非中共人士 948 人，占…`: one population split
    name = wholes.own_name(view, num)
    return (len(wholes.common_tail(name, wholes.own_name(view, part))) >= HEAD
            or len(wholes.shared_tail(name, view.label_before(whole, 30))) >= HEAD)


def _next_clause(view: PageView, a: Num, b: Num) -> bool:
    """b stands in the clause after a's (or a's own), not past `；`."""
    between = view.text[a.end:b.start]
    return "；" not in between and sum(between.count(c) for c in "，：") <= 1
