"""sentence parts: a total broken down over the sentences that follow it, one per category.

Structure read (category sets in data/complementary.toml):
    全国乡镇企业职工为 T 万人。…从东、中、西部地区来看，东部地区有乡镇企业职工 a 万人，占…。
    中部地区农村从业人员为 b 万人，…。西部地区农村从业人员为 c 万人，…。
Each sentence opens with one member of a category set (after a clause naming the dimension,
`从…来看，`), in a row in one paragraph, and its first amount of one measure is that member's
part; the members named must be the whole set, so the parts must add up to the total. The
total is an amount of that measure in the few sentences before the first part, not a change,
whose clause shares the most words with the first part's clause (`农村从业人员`, at least
`_SHARED` characters in a row): the same thing measured for the whole.

A sentence opening with the frame of the whole (`在基本建设投资中，`) breaks down the amount
before it whose clause names that whole (`其中属于基本建设的投资为 T`):
    在基本建设投资中，工业部门为 a，占…；农业部门为 b，…；其他为 c，…。
The total's clause must name all of the whole but for `_MISSING` characters (so a whole of
two, `在工业和手工业总产值中`, is none of them). Its amounts of the total's measure are the parts
(not changes), up to a `；` that opens a breakdown by another dimension (`；按标段性质分，`) or
another frame (`；服务类项目中，`); a last part named `其他` makes them the whole breakdown,
otherwise they must only not exceed the total, and parts over it are unverifiable.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, Num, PageView
from .amounts import is_amount as _amount, is_change as _changed
from .findings import sum_draft
from .bases import usable_amount
from .matched_totals import exact_total
from .breakdown_cues import next_dimension

_SHARED = 4  # characters in a row the total's clause and the first part's clause must share
_BACK = 4  # sentences before the first part where the total may stand
_LEAD = 12  # a dimension clause (`从东、中、西部地区来看`) is at most this long
_MISSING = 2  # characters of the frame's whole its total's clause may leave out (`基本建设的投资`)
# `在基本建设投资中，`, `根据抽样调查结果，全省城镇就业人员中，`: a frame opening the sentence,
# after at most one short clause
_FRAME = re.compile(r"(?:[^，；。：]{1,12}，)?在?([^，；。：在中]{2,16})中，")
# `…；服务类项目中，…`: a frame after `；` within the sentence opens the breakdown of another whole
_NEXT_FRAME = re.compile(r"；(?=[^，；。：在中]{2,16}中，)")
_FRAME_BACK = 30  # sentences before a frame where the amount it names may stand
_BY_SUM_ALONE = 3  # parts of a frame that name no total which an exact sum ties to one
# a share said right after a part: `，占百分之六十`, `，占 25%`
_SHARE_AFTER = re.compile(r"[，,]?(?:占|佔)(?:比)?(?:为|达)?[约近]?")


def _member(view: PageView, sent: int) -> tuple[str, tuple[str, ...], int] | None:
    """The category member a sentence opens with, its set, and where its words start."""
    s = view.sentences[sent]
    text = view.text[s.start:s.end]
    starts = [0]
    comma = text.find("，")
    if 0 < comma <= _LEAD and text[:comma].endswith(("来看", "看")):
        starts.append(comma + 1)
    for members in cues.complementary_sets():
        for at in starts:
            hit = [m for m in members if text.startswith(m, at)]
            if len(hit) == 1:
                return hit[0], members, s.start + at
    return None


def longest_shared(a: str, b: str) -> int:
    """The longest run of characters two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


_CLAUSE_TAIL = 40  # the words of a clause compared are at most this many before its number


def _clause(view: PageView, n: Num) -> str:
    return view.text[max(view.clause_start(n.start), n.start - _CLAUSE_TAIL):n.start]


def check(view: PageView) -> list[Draft]:
    return _members(view) + _frames(view)


def _frames(view: PageView) -> list[Draft]:
    drafts = []
    for i, s in enumerate(view.sentences):
        m = _FRAME.match(view.text, s.start, s.end)
        if m is None or i == 0:
            continue
        whole = m.group(1)
        inner = _nested(view, s.start, s.end)
        # a breakdown by another dimension, or another frame, after `；` ends this frame's parts
        framed = _NEXT_FRAME.search(view.text, m.end(), s.end)
        cut = min(next_dimension(view, m.end(), s.end), framed.start() if framed else s.end)
        nums = [n for n in view.in_sentence(i) if n.type in SUMMABLE_TYPES and n.start < cut
                and not _changed(view, n) and _amount(view, n) and not any(a <= n.start < b for a, b in inner)]
        if len(nums) < 2:
            continue
        start = view.sentences[max(0, i - _FRAME_BACK)].start
        # the amount whose clause names the most of the whole, nearest first among equals
        best, total = max(_SHARED, len(whole) - _MISSING), None
        scored = []
        for n in reversed(view.between(start, s.start)):
            if n.same_measure(nums[0]) and not _changed(view, n) and _amount(view, n):
                score = longest_shared(whole, _clause(view, n))
                if score > best or score == best and total is None:
                    best, total = score, n
                scored.append((score, n))
        if total is None:
            # `主要税种中，A a；…；其他各税合计 g`: a frame no amount before is named by, whose three
            # parts or more add up exactly to one of them, divides that one (matched_totals.py)
            own = [n for n in nums if n.same_measure(nums[0]) and usable_amount(view, n)]  # no `上年的 B`
            found = exact_total([n for _, n in reversed(scored)], own) if len(own) >= _BY_SUM_ALONE else None
            if found is not None:
                drafts.append(sum_draft(found, own, False, f"“{m.group()}”之后各项恰好加总为此数"))
            continue
        parts = [n for n in nums if n.same_measure(total)]
        # among the amounts named as well, the one the parts add up to exactly (matched_totals.py)
        total = exact_total([n for score, n in reversed(scored) if score >= best], parts) or total
        last = _clause(view, parts[-1])
        residual = cues.contains_any(last, "shares", "residual")
        why = f"最后一项为“{residual}”，各项涵盖{whole}的全部" if residual else f"“{m.group()}”之后只列出部分"
        # without `其他` the parts are only some, and the total was matched by its words alone:
        # parts over it are unverifiable, unless the parts' own shares confirm it is their whole
        named = best >= len(whole) and _shares_named(view, parts, whole)  # the total's clause names all of it
        sure = bool(residual) or _confirmed(view, total, parts) or named
        drafts.append(sum_draft(total, parts, bool(residual), why, sure))
    return drafts


# a share said right after a part, naming its whole: `，占地方预算支出总数的 35.8%`
_SHARE_NAMED = re.compile(r"[，,](?:占|佔)([^，；。：\d]{2,20}?)(?:总数|总额)?的?(?:比重)?(?:为|达)?[约近]?")


def _shares_named(view: PageView, parts: list[Num], whole: str) -> bool:
    """`地方预算支出中，经济建设费为 a，占地方预算支出总数的 36%；社会文教费为 b，占地方预算支出总数
    33%`: every part (two or more) says its share of the frame's whole by its name, words alone (a
    part changed by mistake breaks the share's arithmetic, not these words); with the total's clause
    naming all of that whole, the parts are the total's and the sum is no guess."""
    named = 0
    for p in parts:
        after = [n for n in view.between(p.end, view.clause_end(view.clause_end(p.end) + 1))
                 if n.type == "percent"]
        m = _SHARE_NAMED.fullmatch(view.text, p.end, after[0].start) if after else None
        named += bool(m and whole in m.group(1))
    return named >= 2 and named == len(parts)


def _confirmed(view: PageView, total: Num, parts: list[Num]) -> bool:
    """`工业部门为 a，占 60%；农业部门为 b，占 25%`: two parts or more state their share right
    after them and every such share is part ÷ total: the total is the whole they divide."""
    shares = []
    for p in parts:
        after = [n for n in view.between(p.end, view.clause_end(view.clause_end(p.end) + 1))
                 if n.type == "percent" and n.unit == "%"]
        if after and _SHARE_AFTER.fullmatch(view.text[p.end:after[0].start]):
            shares.append((p, after[0]))
    return len(shares) >= 2 and all(
        (p.interval / total.interval).scale(100.0).meets(s.interval) for p, s in shares)


def _nested(view: PageView, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the breakdowns of a part inside a framed sentence: `其中` to the next `；`."""
    spans = []
    for cue in cues.words("sum", "partial"):
        at = view.text.find(cue, start, end)
        while at >= 0:
            stop = view.text.find("；", at, end)
            spans.append((at, end if stop < 0 else stop))
            at = view.text.find(cue, at + 1, end)
    return spans


def _members(view: PageView) -> list[Draft]:
    drafts = []
    sent = 0
    while sent < len(view.sentences):
        found = _member(view, sent)
        if found is None:
            sent += 1
            continue
        run, members = [(sent, found)], found[1]
        nxt = sent + 1
        while nxt < len(view.sentences) and view.sentences[nxt].paragraph == view.sentences[sent].paragraph:
            m = _member(view, nxt)
            if m is None or m[1] != members or any(m[0] == r[1][0] for r in run):
                break
            run.append((nxt, m))
            nxt += 1
        if len(run) == len(members):
            d = _breakdown(view, run, members)
            if d is not None:
                drafts.append(d)
        sent = nxt
    return drafts


def _parts(amounts: list[list[Num]]) -> list[Num] | None:
    """One amount per sentence, of the first measure every sentence has; the same number in
    every sentence (`五种主要农业机械`) names what is measured, it is no part."""
    for lead in amounts[0]:
        picks = [next((n for n in nums if n.same_measure(lead)), None) for nums in amounts]
        if all(p is not None for p in picks) and len({p.value for p in picks}) > 1:
            return picks
    return None


def _breakdown(view: PageView, run: list, members: tuple[str, ...]) -> Draft | None:
    amounts = []
    for sent, (word, _, at) in run:
        amounts.append([n for n in view.in_sentence(sent) if n.start >= at + len(word)
                        and n.type in SUMMABLE_TYPES and not _changed(view, n) and _amount(view, n)])
    parts = _parts(amounts)
    if parts is None:
        return None
    first_sent = run[0][0]
    start = view.sentences[max(0, first_sent - _BACK)].start
    said = _clause(view, parts[0]).replace(run[0][1][0], "")
    best, total = _SHARED, None
    for n in view.between(start, view.sentences[first_sent].start):
        if n.same_measure(parts[0]) and not _changed(view, n) and _amount(view, n):
            score = longest_shared(said, _clause(view, n))
            if score >= best:
                best, total = score, n
    if total is None:
        return None
    return sum_draft(total, parts, True, f"其后各句（{'/'.join(members)}）构成全部类别")
