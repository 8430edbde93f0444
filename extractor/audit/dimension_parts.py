"""sum: a breakdown by a dimension opening a paragraph (`分季度看，`, `分类别看，`) against a total said in
the paragraph before, found by arithmetic.

    …1至9月，全厂完成产值6.35亿元，同比增长8.2%。
    分季度看，一、二、三季度产值分别为1.92亿元、2.08亿元、2.35亿元。
    …全县今年安排重点项目36个，计划投资72.5亿元。
    分类别看，产业项目20个，完成投资41.2亿元；民生项目16个，完成投资18.6亿元。
sum.py reads a breakdown's total in its own paragraph; a bulletin or a news item often opens the
breakdown as a paragraph of its own, the total closing the paragraph before (several breakdowns may
open it one sentence each: `分品类看，…。分季度看，…`). Across that break
nothing but the dimension cue ties them, so the words alone are weak: the parts (each measure of the
sentence apart: counts, amounts) are held against the numbers of their measure in the paragraph
before, and a number they add up to within the precision written is their total (`consistent`).
No sum is said otherwise: a mismatch here is no evidence of an error.

A bulletin states its headline total once and breaks it down section by section after (`一、…总额
1586.42亿元` … `三、…按消费类型分，商品零售1402.18亿元；餐饮收入184.24亿元`): where the paragraph
before holds no total the parts add up to, the paragraphs before it are read too, a few at most and
in the same article, but only a total written with enough digits (`1586.42`, not `36`) that parts
adding up to it within the precision written is no chance.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .breakdown_cues import cue_re
from .findings import sum_draft
from .model import Draft, Num, PageView
from .tolerance import Interval

_FEWEST = 2  # parts a breakdown needs
_MOST = 12  # parts of one measure read from one sentence
_NOT_PARTS = ("每", "均", "平均", "最高", "最低", "比", "占")  # averages, extremes, compared numbers, shares
_FAR = 6  # paragraphs before the one before that may hold a headline total
_FAR_DIGITS = 4  # digits a total read that far must be written with


def check(view: PageView) -> list[Draft]:
    drafts = []
    paragraphs = view.page.layout.paragraphs
    skip = tuple(cues.words("sum", "partial") + cues.words("sum", "listing")) + ("：", ":")
    for para in paragraphs[1:]:
        before = [n for n in view.in_paragraph(para.index - 1) if n.article == para.article]
        far = [n for i in range(max(0, para.index - 1 - _FAR), para.index - 1) for n in view.in_paragraph(i)
               if n.article == para.article and _digits(n) >= _FAR_DIGITS]
        sent = view.sentence_index(para.start)
        # the sentences opening the paragraph with a dimension each (`分品类看，…。分季度看，…`)
        while (before or far) and 0 <= sent < len(view.sentences) and view.sentences[sent].paragraph == para.index:
            s = view.sentences[sent]
            lead = view.text[s.start:s.end].lstrip("，, ")
            if not cue_re().match(lead) or lead.startswith(skip):
                break
            for parts in _measures(view, view.in_sentence(sent)):
                whole = _whole(view, before, parts) or _whole(view, far, parts)
                if whole is not None:
                    drafts.append(sum_draft(whole, parts, False, "按分项相加与前段所述总数一致"))
            sent += 1
    return drafts


def _measures(view: PageView, nums: list[Num]) -> list[list[Num]]:
    """The sentence's parts, one list per measure (type and unit), in order."""
    groups: dict[tuple, list[Num]] = {}
    for n in nums:
        if n.type not in SUMMABLE_TYPES or n.qualifier not in ("exact", "about") or is_change(view, n) \
                or any(w in view.label_before(n, 8) for w in _NOT_PARTS):
            continue
        key = next((k for k in groups if groups[k][0].same_measure(n)), (n.type, n.unit))
        groups.setdefault(key, []).append(n)
    return [g[:_MOST] for g in groups.values() if _FEWEST <= len(g) <= _MOST]


def _whole(view: PageView, before: list[Num], parts: list[Num]) -> Num | None:
    """The last number of the parts' measure in the paragraph before that they add up to."""
    got = sum((p.interval for p in parts), Interval(0.0, 0.0))
    for n in reversed(before):
        if n.same_measure(parts[0]) and n.qualifier in ("exact", "about") and not is_change(view, n) \
                and n.value > max(p.value for p in parts) and got.meets(n.interval):
            return n
    return None


def _digits(n: Num) -> int:
    """How many digits the number is written with (`1586.42亿元`: 6, `３６个`: 2, `三十六个`: 0)."""
    return sum(ch.isdigit() for ch in n.text)
