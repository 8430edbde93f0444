"""The total a breakdown cue divides: the nearest amount of the parts' measure before the cue, or in the sentence before.

Apart from sum.py because it reads the words before the cue (a dimension, a clause of words
only, a bare list the cue follows), not the parts after it.
"""
from __future__ import annotations

from . import cues
from .amounts import is_change as _changed
from .bases import usable_amount as _amount  # a base of a comparison (`上年为 B`) is neither total nor part
from .bracket_wholes import BRACKET, reading as bracket_reading
from .breakdown_cues import first_breakdown, is_dimension, sentence_heads
from .heads import record_field
from .model import Num, PageView
from .period_tiles import span as period_span

_DIMENSION_ENDS = ("来看", "看")  # `按五种农业机械类别来看，其中，…`
_TOTAL_BACK = 2  # sentences before a breakdown opening its sentence where its total may stand
_PARTS_ONLY = 2  # sentences of parts of other breakdowns passed over besides (keeps the search bounded)
_WORDS_LEAD = 16  # a clause of words only before `其中` (`各项税收有不同程度的增加`)


def total_for(view: PageView, cue_start: int, sent: int, like: Num) -> Num | None:
    """The nearest number of the same measure before the cue: in its sentence, or in the sentence
    before when the cue opens its sentence."""
    s_start = view.sentences[sent].start if sent >= 0 else 0
    before = [n for n in view.in_sentence(sent) if s_start <= n.start and n.end <= cue_start and n.same_measure(like)]
    # `…为 X 万人。按户数计算，户均 2.61 人；其中，A a，B b`: a cue opening the clause after `；`,
    # with nothing of its measure before it in the sentence, breaks down the sentence before too
    # (a clause naming the dimension may stand before it: `按类别来看，其中，…`); the sentence
    # before that holds an amount of the measure, when one between holds none (`平均每万人 440 台`)
    lead_start = max(s_start, view.text.rfind("；", s_start, cue_start) + 1)
    lead = view.text[lead_start:cue_start].strip("，,、 ")
    opens = not lead or lead.endswith(_DIMENSION_ENDS) and "，" not in lead
    if is_dimension(view, cue_start) and view.text[cue_start - 1] == "；":
        # `按地区分，a，b；按类型分，…`: what follows the sentence's first breakdown are its parts; a
        # clause before `；` that divides nothing holds no total of the breakdown after it either
        earlier = first_breakdown(view, s_start, cue_start)
        before = [n for n in before if earlier is not None and n.end <= earlier]
        opens = earlier == s_start
    # `…收入 169.1 亿元。各项税收都有增加，其中增值税 a，营业税 b`: a clause of words only before
    # the cue says what the breakdown is of, and holds no total of its own
    opens = opens or (len(lead) <= _WORDS_LEAD and not view.between(lead_start, cue_start))
    before = [n for n in before if not _changed(view, n) and _amount(view, n)  # a bracketed part is a whole
              and bracket_reading(view, n, like, cue_start) in (None, BRACKET)]  # only where the words say so
    # a breakdown by a dimension divides the whole of the sentences before, passing over their
    # parts (`其中，…`, `从性别构成看，…`); a sentence opening with `其中` may divide the last part
    by_dimension = not view.text.startswith(cues.words("sum", "partial") + cues.words("sum", "listing"), cue_start)
    back, skipped = sent - 1, 0
    while not before and opens and sent - back <= _TOTAL_BACK + skipped and back >= 0 \
            and view.sentences[back].paragraph == view.sentences[sent].paragraph:
        mine = [n for n in view.in_sentence(back) if n.same_measure(like) and not _changed(view, n) and _amount(view, n)]
        before = sentence_heads(view, back, mine) if by_dimension else mine
        skipped += bool(mine) and not before and skipped < _PARTS_ONLY
        back -= 1
    if before and _closes_bare_list(view, before[-1]) \
            and (_outside_period(like, before[-1]) or _said_respectively(view, before[-1])):
        return None  # `分别完成 a、b、c 和 d，其中上半年 X`: `其中` is of the list, not of its last item
    return before[-1] if before else None


def _outside_period(part: Num, total: Num) -> bool:
    """The part's months run outside the total's (`上半年` after the fourth quarter's amount),
    by the records' periods: no part of it (`三季度中 7 月` is)."""
    a, b = period_span(part), period_span(total)
    return a is not None and b is not None and not (b[0] <= a[0] and a[1] <= b[1])


def _said_respectively(view: PageView, n: Num) -> bool:
    """The bare list n closes is said `分别` of several subjects (`一至四季度分别完成 a、b、c 和
    d`, data cues [enumeration] respective) and its first and last items have one period: each
    item is one subject's, so a `其中` after it breaks down what the list covers. Where the items'
    periods differ, they say whether the part lies in the last item's (`_outside_period`); a page
    with no year may give every item one period, which then tells nothing."""
    first = n
    for m in reversed([m for m in view.in_sentence(n.sentence) if m.end <= n.start and m.same_measure(n)]):
        if not cues.pattern("shares", "members_joiners").fullmatch("".join(view.text[m.end:first.start].split())):
            break
        first = m
    return first is not n and record_field(first, "period") == record_field(n, "period") \
        and bool(cues.contains_any(view.text[view.clause_start(first.start):first.start], "enumeration", "respective"))


def _closes_bare_list(view: PageView, n: Num) -> bool:
    """n is the last of amounts listed bare, one joiner between each and the one before
    (`218.6 亿元、296.4 亿元、301.7 亿元和 310.1 亿元`): a clause after them breaks down what the
    list adds up to, never its last item."""
    before = [m for m in view.in_sentence(n.sentence) if m.end <= n.start and m.same_measure(n)]
    if not before:
        return False
    between = "".join(view.text[before[-1].end:n.start].split())
    return bool(cues.pattern("shares", "members_joiners").fullmatch(between))  # one joiner of a list's items


def equal_total(view: PageView, cue_start: int, sent: int, parts: list[Num]) -> Num | None:
    """`共设 60 个议席，其中直选产生 20 名议员，…10 名议员`: a count of the cue's sentence in another
    classifier (seats held by members) whose value the parts add up to exactly."""
    point = sum(p.value for p in parts)
    for n in reversed([n for n in view.in_sentence(sent) if n.end <= cue_start]):
        if n.type == parts[0].type == "count" and not _changed(view, n) and _amount(view, n) \
                and n.qualifier == "exact" and all(p.qualifier == "exact" for p in parts) and n.value == point:
            return n
    return None
