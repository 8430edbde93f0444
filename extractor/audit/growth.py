"""growth: a stated change against the two values it compares.

Structures read (cue words in data/cues.toml):
    A，比 2022 年 B 增长 X%        the base follows `比`/`较` before the change word
    A，比年初增加 D，增长 X%        the number after `比…增加` is the change: the base is A − D
    由 B 增长到 A，增长 X%          the base follows `由`/`从`, the new value `到`/`至`
    A，同比增长 X%                 the base is named (`同比`, `比上年`) but not given: unverifiable
    由 a% 提高到 b%，提高 N 个百分点  percentage points against two rates
    增长 X 倍 / 是 B 的 X 倍         (A − B) ÷ B = X, or A ÷ B = X
    年均增长 X%                    a yearly average: compounded over dated levels (yearly.py)
    增加 D，达到 A，增长 X%         an increment with its level, beside or after (index points too)
    本年收入增长 D，即增长 X%        the level named sentences before (levels.py)
    生产总值增长 X%                 a headline measure at comparable prices: unverifiable
The change word stands right before the stated change (`增长 47%`, `同比下降 3.2%`, and the
second of `分别下降 12.4% 和 9.8%`). The values stand in the change's clause or the two before
it (not past `；`); a change clause with its own subject (`人员减少了 15%`) or its own base
(`又比上年增长了 17.2%`) does not take the values of the clauses before.
"""
from __future__ import annotations

import math
import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .levels import index_points, named_level, subject_of
from .model import Draft, Num, PageView
from .tolerance import ABOUT, Interval, fmt, interval_of, rounded
from .wording import (NEAR, Change, after_word, clause_before, ends_before_change, is_increment, over_named,
                      over_named_pattern, own_subject, times_value, word_direction, yearly_word)
from .yearly import compound_draft, dated_pair, from_total_draft, years_in

_TIMES = re.compile(r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)倍")
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}
_DOUBLING = re.compile(f"翻了?([{''.join(_DOUBLINGS)}])番")
_JOIN = "、和及与"
_BACK = 2  # clauses before a change that may hold its values
_TARGET_REACH = 120  # characters around a rate searched for target words (a page may be one sentence)
_AFTER = 2  # clauses after a rate that may hold its increment and level
_CONSTANT_AFTER = 16  # a parenthesis after a level saying its prices


def check(view: PageView) -> list[Draft]:
    drafts = []
    for ch, direction in _changes(view):
        d = _audit_change(view, ch, direction)
        if d is not None:
            drafts.append(d)
    return drafts


def _changes(view: PageView) -> list[tuple[Change, str]]:
    out: list[tuple[Change, str]] = []
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        before = view.text[max(0, p.start - NEAR):p.start]
        d = word_direction(before, clause_before(view, p.start))
        if d is None and not view.text.startswith("的", p.end):  # `低于 … 6% 的目标`: the base itself
            d = over_named(clause_before(view, p.start))
        if d is None and out and out[-1][0].end <= p.start:
            # `分别下降 12.4% 和 9.8%`: the second change shares the first one's word
            gap = view.text[out[-1][0].end:p.start]
            d = out[-1][1] if gap and all(c in _JOIN for c in gap) else None
        if d:
            out.append((Change(p.start, p.end, p.value, p.unit or "%", p.interval, p.ref(), p.written, p.shown), d))
    for m in _TIMES.finditer(view.text):
        before = view.text[max(0, m.start() - NEAR):m.start()]
        d = word_direction(before)
        ratio = any(before.endswith(w + "的") or before.endswith("的") for w in cues.words("growth", "ratio_before"))
        if d is None and not ratio:
            continue
        value = times_value(m.group(1))
        if value is None:
            continue
        iv = interval_of(m.group(), value, "exact", None, "percent")
        out.append((Change(m.start(), m.end(), value, "倍" if d else "times", iv,
                           view.raw_ref(m.start(), m.end()), m.group(), value), d or "up"))
    for m in _DOUBLING.finditer(view.text):
        # `翻两番`: doubled twice, a growth of 3 倍; said loosely, so read as about that
        times = 2 ** _DOUBLINGS[m.group(1)] - 1
        more = view.text.startswith("多", m.end())
        nearly = cues.contains_any(view.text[max(0, m.start() - NEAR):m.start()], "growth", "nearly")
        iv = Interval(0.0 if nearly else times * (1 - ABOUT), math.inf if more else times * (1 + ABOUT))
        out.append((Change(m.start(), m.end(), times, "倍", iv, view.raw_ref(m.start(), m.end()),
                           m.group(), times), "up"))
    return out


def _audit_change(view: PageView, ch: Change, direction: str) -> Draft | None:
    sent = view.sentence_index(ch.start)
    if sent < 0:
        return None
    s_start = view.sentences[sent].start
    c_start = view.clause_start(ch.start)
    prev_start = c_start
    for _ in range(_BACK):  # the values may stand one or two clauses before, not past a `；`
        if prev_start > s_start and view.text[prev_start - 1] != "；":
            prev_start = view.clause_start(prev_start - 1)
    points = ch.kind == "个百分点"
    nums = view.in_sentence(sent) if points else sorted(view.in_sentence(sent) + index_points(view, sent),
                                                          key=lambda n: n.start)
    local = [n for n in nums if max(s_start, prev_start) <= n.start and n.end <= ch.start
             and (n.unit == "%" if points else n.type in SUMMABLE_TYPES)]
    in_clause = [n for n in local if n.start >= c_start]
    clause = view.text[c_start:ch.start]
    for w in cues.words("growth", "price_basis") + cues.words("growth", "not_average"):
        clause = clause.replace(w, "")  # `按可比价格计算` holds 比, `平均水平` 平均: neither says so here
    own_base = False
    if not in_clause:
        if own_subject(view, over_named_pattern().sub("", clause)):  # `超过计划总投资额 N%` names a base
            local = []  # `人员减少了 15%` is not about the numbers of the clause before
        # `又比上年增长了 17.2%` names its own base, whatever the clauses before compare
        own_base = bool(cues.contains_any(clause, "growth", "base_implicit")
                        or cues.contains_any(clause, "growth", "base_before"))
    # `平均每年增加 42 亿元，增长 4.9%`: a change with no words of its own is as yearly as the one
    # it restates
    borrowed = not in_clause and any(is_increment(view, n) and yearly_word(view, n) for n in local)
    if borrowed or any(w in clause for w in cues.words("growth", "average")):
        # `年均增长 22.6%` is compounded over years: not the change between the two values; with
        # both levels dated (`从 1997 年的 B 增加到 2002 年的 A`) it is compounded here
        froms = [] if own_base else [n for n in local if after_word(view, n, "growth", "from_words")]
        later = [n for n in local if froms and n.start > froms[-1].start and n.same_measure(froms[-1])
                 and not is_increment(view, n)]
        if not froms and not own_base and local:
            # `1980 年为 A，1985 年将达到 B`: two levels dated by their years
            froms, later = dated_pair(view, [n for n in view.in_sentence(sent) if n.end <= ch.start
                                             and n.type in SUMMABLE_TYPES and not is_increment(view, n)
                                             and "；" not in view.text[n.end:ch.start]])
        if ch.kind == "%" and later:
            found = compound_draft(view, ch.ref, ch.written, ch.shown, ch.interval, direction, later[-1],
                                   froms[-1], _real_measure(view, later[-1], ch))
            if found is not None:
                return found
        found = _from_total(view, ch, direction, sent, prev_start)
        if found is not None:
            return found
        return Draft("growth", "unverifiable", [ch.ref] + [n.ref() for n in local[-1:]], None, ch.shown,
                     f"{ch.written} 是年均变化，不是两个值之间的变化，未按年份复利核对。")
    if ch.kind == "times":
        return _times(view, ch, local)
    base = new = None
    increment = False
    froms = [] if own_base else [n for n in local if after_word(view, n, "growth", "from_words")]
    bases = [] if own_base else [n for n in local if after_word(view, n, "growth", "base_before")]
    place, count = _place_in_list(view, ch, sent, c_start)
    if count > 1:
        # `A 由 a1 增加到 a2，B 由 b1 增加到 b2，分别增长 x% 和 y%`: the i-th change is the i-th pair's;
        # without as many `由` levels as changes no pairing is sure
        values = [n for n in local if not is_increment(view, n)]
        froms = froms[place:place + 1] if len(froms) == count else []
        if froms:
            local = [n for n in local if n.start >= froms[0].start]
        else:  # `A 达 a，B 达 b，分别比上年增长 x% 和 y%`: the i-th value, for the finding
            local = values[place:place + 1] if len(values) == count else []
        bases = []
    if froms:
        base = froms[-1]
        # the new value, not the amount of change said between (`由 B 增加到 A，增加 D，增长 X%`)
        later = [n for n in local if n.start > base.start and n.same_measure(base) and not is_increment(view, n)]
        # the one said with `到`/`至`, not an amount of change in words not read as one (`劲升 1700 点`)
        reached = [n for n in later if after_word(view, n, "growth", "to_words")]
        new = reached[0] if reached else later[-1] if len(later) == 1 else None
    elif bases:
        base = bases[-1]
        earlier = [n for n in local if n.start < base.start and n.same_measure(base)]
        new = earlier[-1] if earlier else None
        increment = is_increment(view, base)
    if new is None and ch.kind in ("%", "倍"):
        found = None if own_base else _increment_only(view, ch, direction, local, clause)
        found = found or _increment_after(view, ch, direction, sent, local)
        if found is not None:
            return found
    if base is None and new is None and not own_base:
        # `1996 年为 B，1997 年达到 A，增长 X%`: two levels dated by their years
        bases_, news_ = dated_pair(view, [n for n in local if not is_increment(view, n)])
        if bases_:
            base, new = bases_[0], news_[0]
    if base is not None and new is not None:
        real = _real_measure(view, new, ch)
        if real and ch.kind in ("%", "倍"):
            found = growth_draft(ch, direction, new, base, increment)
            if found.verdict == "consistent" or _constant_prices(view, new, ch):
                # levels that give the stated growth agree with it whatever their prices (总产值 of
                # the 1950s was stated at constant prices); a mismatch is sure only where the text
                # puts the levels at constant prices (`643.7 亿元（按 1957 年不变价格计算）`)
                return found
            # GDP and value added grow at comparable prices: two levels in current prices do not
            # give that growth (the price change is in their ratio too)
            return Draft("growth", "unverifiable", [ch.ref, new.ref(), base.ref()], None, ch.shown,
                         f"{real}，{new.written} 与 {base.written} 是现价，"
                         f"两者之比含价格变动，不能核对 {ch.written}。")
        return growth_draft(ch, direction, new, base, increment)
    implicit = any(w in clause for w in cues.words("growth", "base_implicit") + cues.words("growth", "base_before")
                   + cues.words("growth", "over_named") + cues.words("growth", "under_named"))
    if not implicit:
        return _real_without_base(view, ch, view.text[c_start:ch.start], local, prev_start)
    # the value that changed: not a comparison or an amount of change itself
    values = [n for n in local if not after_word(view, n, "growth", "base_before") and not is_increment(view, n)]
    if not values:
        return Draft("growth", "unverifiable", [ch.ref], None, ch.shown,
                     f"{ch.written} 所比较的两个值（本期与基期）都未在文中给出，无法核对。")
    return Draft("growth", "unverifiable", [ch.ref, values[-1].ref()], None, ch.shown,
                 f"{ch.written} 的比较基数（上年或同期的值）未在文中给出，无法核对。")


def _real_measure(view: PageView, new: Num, ch: Change) -> str | None:
    """The measure named before the new value or in the change's clause, when it is one whose
    growth is reported at comparable prices (`地区生产总值`, `增加值`; data/cues.toml)."""
    lo = view.sentences[new.sentence].start if new.sentence >= 0 else new.start
    said = view.text[max(lo, new.start - 30):ch.start]
    basis = cues.contains_any(view.text[view.clause_start(ch.start):ch.start], "growth", "price_basis")
    if basis:
        return f"所述增长是“{basis}”的（剔除价格变动）"
    measure = cues.contains_any(said, "growth", "comparable_prices")
    return f"{measure}的增长按可比价格计算" if measure else None


def _from_total(view: PageView, ch: Change, direction: str, sent: int, lo: int) -> Draft | None:
    """`1982 年工农业总产值…比 1978 年增长 32.6%，平均每年增长 7.3%`: the yearly rate of the total
    change said just before, over the years from the base year to the year of the sentence."""
    if ch.kind != "%":
        return None
    totals = [n for n in view.in_sentence(sent) if n.unit == "%" and lo <= n.start and n.end <= ch.start]
    if not totals:
        return None
    total = totals[-1]
    c_start = view.clause_start(total.start)
    clause = view.text[c_start:total.start]
    at = clause.rfind("比")
    if at < 0 or word_direction(view.text[max(0, total.start - NEAR):total.start]) != direction:
        return None
    bases = years_in(clause[at:])
    ends = years_in(view.text[view.sentences[sent].start:c_start + at])
    if not bases or not ends or ends[-1] <= bases[-1]:
        return None
    return from_total_draft(ch.ref, ch.written, ch.shown, ch.interval, total, bases[-1], ends[-1])


def _increment_only(view: PageView, ch: Change, direction: str, local: list[Num], clause: str) -> Draft | None:
    """`上扬 598.94 点，以 8720 点收盘，上升 7.4%` or `本年收入增长 D 元，即增长 3.68%`: an amount
    of change with no `比`/`由` base; the level it brought is said beside it, or (with the
    change restating it, no subject of its own) a few sentences before under the same name."""
    incs = [n for n in local if is_increment(view, n)]
    if not incs or word_direction(view.label_before(incs[-1]).rstrip("了"), clause_before(view, incs[-1].start)) != direction:
        return None
    inc = incs[-1]
    beside = [n for n in local if n is not inc and n.same_measure(inc) and not is_increment(view, n)
              and not after_word(view, n, "growth", "base_before")]
    if beside:
        new, apart = min(beside, key=lambda n: abs(n.start - inc.start)), False
    elif not own_subject(view, clause):
        new, apart = named_level(view, inc), True
    else:
        return None
    if new is None:
        return None
    found = growth_draft(ch, direction, new, inc, increment=True)
    real = _real_measure(view, new, ch)
    if found.verdict == "consistent" or not (apart or real):
        return found
    why = (f"{real}，{inc.written} 与 {new.written} 不一定是同一价格口径" if real else
           f"{new.written} 与 {inc.written} 不在同一句中，只凭名称“{subject_of(view, inc)}”相连")
    return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                 f"{found.explanation.rstrip('。')}；但{why}，不据此判定有误。")


def _place_in_list(view: PageView, ch: Change, sent: int, c_start: int) -> tuple[int, int]:
    """The change's place among the changes a `分别` gives in its clause, and how many there are
    ((0, 1) for a change said alone)."""
    at = view.text.rfind(cues.words("enumeration", "respective")[0], c_start, ch.start)
    if at < 0:
        return 0, 1
    listed = [n for n in view.in_sentence(sent) if n.type == "percent" and at < n.start
              and view.clause_start(n.start) == c_start]
    starts = [n.start for n in listed]
    return (starts.index(ch.start), len(listed)) if ch.start in starts else (0, 1)


def _increment_after(view: PageView, ch: Change, direction: str, sent: int, before: list[Num]) -> Draft | None:
    """`上升了 7.4%，恒生指数上扬 598.94 点，以 8720 点收盘`, `增长 12%，增加 15 亿元，达到 140 亿元`:
    the amount of change and the level it brought said in the clauses right after the rate (the
    amount may stand before it: `比上年增加 15 亿元，增长 12%，达到 140 亿元`)."""
    hi = view.clause_end(ch.end)
    for _ in range(_AFTER):
        if hi >= len(view.text) or view.text[hi] not in "，：":
            break
        hi = view.clause_end(hi + 1)
    s = view.sentences[sent]
    hi = min(hi, s.end)
    after = [n for n in sorted(view.in_sentence(sent) + index_points(view, sent), key=lambda n: n.start)
             if ch.end <= n.start and n.end <= hi and n.type in SUMMABLE_TYPES]
    incs = [n for n in after if is_increment(view, n)]
    earlier = [n for n in before[-1:] if is_increment(view, n)]  # the amount the rate restates
    inc = incs[0] if incs else earlier[0] if earlier else None
    if inc is None or word_direction(view.label_before(inc).rstrip("了"), clause_before(view, inc.start)) != direction:
        return None
    index = inc.unit == "点" and cues.contains_any(clause_before(view, ch.start), "levels", "index_words")
    if incs:
        inc_clause = clause_before(view, inc.start)
        if cues.contains_any(inc_clause, "growth", "base_before"):
            return None  # `比上月增加 0.55 点`: a change against a base of its own
        if not index and own_subject(view, inc_clause):
            return None  # `…增长 12%，其中税收增加 15 亿元`: another measure's change (an index is
            # its market's: `香港股市上升了 7.4%，恒生指数上扬 598.94 点`)
    levels = [n for n in after if n is not inc and n.same_measure(inc) and not is_increment(view, n)
              and not after_word(view, n, "growth", "base_before")]
    if len(levels) != 1 or not (index or incs or not own_subject(view, clause_before(view, levels[0].start))):
        return None  # none, several to choose from, or one of a subject of its own (`其中税收达到 A`)
    found = growth_draft(ch, direction, levels[0], inc, increment=True)
    real = _real_measure(view, levels[0], ch)
    if found.verdict == "consistent" or not real:
        return found
    return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                 f"{found.explanation.rstrip('。')}；但{real}，不据此判定有误。")


def _constant_prices(view: PageView, n: Num, ch: Change) -> bool:
    """`643.7 亿元（按 1957 年不变价格计算）`, `按 1952 年不变价格计算，总产值由 A 增加到 B`: the
    levels said at constant prices, so their ratio is the real growth."""
    after = view.text[n.end:n.end + _CONSTANT_AFTER]
    if after[:1] in "（(" and cues.contains_any(after.split("）")[0], "growth", "constant_prices"):
        return True
    lo = view.sentences[n.sentence].start if n.sentence >= 0 else n.start
    return cues.contains_any(view.text[lo:ch.start], "growth", "constant_levels") is not None


def _real_without_base(view: PageView, ch: Change, clause: str, local: list[Num], lo: int) -> Draft | None:
    """`全省生产总值 4.93 万亿元、增长 5.6%` with no base word: the growth of a measure reported at
    comparable prices is the year's real growth, whose base the page does not give; any other
    bare `增长 X%` is left alone (its base may be anything)."""
    if ch.kind not in ("%", "倍"):
        return None
    # the words back to the number before name what grew (`国内生产总值增长 9.5% 地方财政收入增长`),
    # unless they are one more predicate of the clause's subject (`生产总值达 A、居全国第十、增长`)
    c_start = view.clause_start(ch.start)
    said = view.text[max(c_start, view.prev_end(ch.start, dates=False)):ch.start].split("、")[-1]
    for wider in (clause, view.text[lo:ch.start]):
        if own_subject(view, said):
            break
        said = wider
    basis = next((w for w in cues.words("growth", "price_basis") if w in said
                  and (w not in cues.words("growth", "real_before_change") or ends_before_change(said, w))), None)
    measure = cues.contains_any(said, "growth", "comparable_headline")
    if measure and any(w + measure in said for w in cues.words("growth", "per_measure")):
        measure = None  # `单位国内生产总值能耗下降 3%`: a ratio to GDP, not GDP
    if basis is None and measure is None:
        return None
    sent = view.sentence_index(ch.start)
    start = view.sentences[sent].start
    if sent > 0 and view.text[:start].rstrip().endswith("："):
        start = view.sentences[sent - 1].start  # `主要预期目标是：⏎国内生产总值增长 8% 左右`
    start = max(start, ch.start - _TARGET_REACH)
    if cues.contains_any(view.text[start:min(view.clause_end(ch.end), ch.end + _TARGET_REACH)], "growth", "target"):
        return None  # a target (`预期目标是：地区生产总值增长 5% 左右`) has nothing to check yet
    levels = [n for n in local if n.start >= lo and n.type == "money" and not is_increment(view, n)]
    facts = [ch.ref] + [n.ref() for n in levels[-1:]]
    why = f"所述增长是“{basis}”的" if basis else f"{measure}的增长按可比价格计算"
    return Draft("growth", "unverifiable", facts, None, ch.shown,
                 f"{why}，基期的值未在文中给出，无法核对 {ch.written}。")


def _times(view: PageView, ch: Change, local: list[Num]) -> Draft | None:
    """`A，是 B 的 X 倍`: B stands after 是 in the change's clause; unverifiable without it."""
    clause_start = view.clause_start(ch.start)
    clause = view.text[clause_start:ch.start]
    at = max(clause.rfind(w) for w in cues.words("growth", "ratio_before"))
    if at < 0:
        return None
    verb = clause_start + at
    bases = [n for n in local if n.start > verb]
    news = [n for n in local if n.end <= verb]
    if bases:
        same = [n for n in news if n.same_measure(bases[-1])]
        if same:
            return growth_draft(ch, "up", same[-1], bases[-1])
    if news:
        return Draft("growth", "unverifiable", [ch.ref, news[-1].ref()], None, ch.shown,
                     f"{ch.written} 的比较对象未以数字给出，无法核对。")
    return None


def growth_draft(ch: Change, direction: str, new: Num, base: Num, increment: bool = False) -> Draft:
    """The stated change against new and base; with `increment` the second number is the amount
    of change (`比年初增加 4.6 亿元，增长 20%`), so the base is new minus it."""
    sign = 1.0 if direction == "up" else -1.0
    start_value = new.value - sign * base.value if increment else base.value
    if ch.kind != "个百分点" and start_value <= 0:
        return Draft("growth", "unverifiable", [ch.ref, new.ref(), base.ref()], None, ch.shown,
                     f"{ch.written} 的基数为 0 或负数，增长率无从计算。")
    if increment and ch.kind in ("%", "倍"):
        start = new.interval - base.interval if sign > 0 else new.interval + base.interval
        got = (base.interval / start).scale(100.0 if ch.kind == "%" else 1.0)
        point = base.value / (new.value - sign * base.value) * (100.0 if ch.kind == "%" else 1.0)
        op = "−" if sign > 0 else "+"
        ok = got.meets(ch.interval)
        shown = f"{fmt(point, 2)}{'%' if ch.kind == '%' else ' 倍'}"
        text = (f"{base.written} ÷ ({new.written} {op} {base.written}) = {shown}，"
                f"与所述 {ch.written} {'一致' if ok else '不符'}。")
        return Draft("growth", "consistent" if ok else "inconsistent", [ch.ref, new.ref(), base.ref()],
                     round(point, 3), ch.shown, text)
    if ch.kind == "个百分点":
        got = (new.interval - base.interval).scale(sign)
        point = sign * (new.value - base.value)
        formula = f"{new.written} − {base.written}" if sign > 0 else f"{base.written} − {new.written}"
        shown = f"{fmt(point, 2)} 个百分点"
    elif ch.kind == "times":
        got = new.interval / base.interval
        point = new.value / base.value
        formula, shown = f"{new.written} ÷ {base.written}", f"{fmt(point, 2)} 倍"
    else:
        got = ((new.interval - base.interval) / base.interval).scale(sign)
        point = sign * (new.value - base.value) / base.value
        if ch.kind != "倍":
            got, point = got.scale(100.0), point * 100
            shown = f"{fmt(point, 2)}%"
        else:
            shown = f"{fmt(point, 2)} 倍"
        formula = (f"({new.written} − {base.written}) ÷ {base.written}" if sign > 0
                   else f"({base.written} − {new.written}) ÷ {base.written}")
    ok = got.meets(ch.interval)
    word = "增长" if sign > 0 else "下降"
    text = f"{formula} = {shown}，与所述{word} {ch.written} {'一致' + rounded(point, ch.value) if ok else '不符'}"
    if not ok:
        text += f"（按所写精度应在 {fmt(ch.interval.lo, 3)}–{fmt(ch.interval.hi, 3)} 之间）"
    return Draft("growth", "consistent" if ok else "inconsistent", [ch.ref, new.ref(), base.ref()],
                 round(point, 3), ch.shown, text + "。")
